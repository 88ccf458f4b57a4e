class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a), callable(Adder), list(map(a, [1, 2])))
class Factory:
    @staticmethod
    def make(kind):
        return {"list": list, "dict": dict, "set": set}[kind]()
print(Factory.make("list"), Factory.make("dict"), len(Factory.make("set")))
fns = [len, str.upper, abs, lambda x: x, Adder(1)]
print([callable(f) for f in fns], callable("x"), callable(None))
def kw_only_callback(cb):
    return cb(value=5)
print(kw_only_callback(lambda value: value * 2), kw_only_callback(dict))
m = "abc".upper
print(m(), [].append.__name__, (1).__add__(2), "x".join.__name__)
