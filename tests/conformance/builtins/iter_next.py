it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("hi")
print(next(s), next(s))
d = iter({"a": 1})
print(next(d))
g = iter(range(3))
print(list(g), next(g, "empty"))
class Count:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __iter__(self):
        return self
c = Count()
print(next(c), list(c), next(c, "over"))
try:
    next("abc")
except TypeError as e:
    print(type(e).__name__, e)
