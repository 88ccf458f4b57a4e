class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, v)
            return True
        return False
with Suppress(KeyError):
    {}["missing"]
print("continues")
with Suppress(ValueError, TypeError):
    int("nope")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
class Order:
    def __init__(self, n, log):
        self.n, self.log = n, log
    def __enter__(self):
        self.log.append("in%d" % self.n)
        return self.n
    def __exit__(self, *a):
        self.log.append("out%d" % self.n)
log = []
with Order(1, log) as a, Order(2, log) as b:
    with Order(3, log):
        log.append("body%d%d" % (a, b))
print(log)
def early():
    log2 = []
    for i in range(3):
        with Order(i, log2):
            if i == 1:
                return log2
print(early())
