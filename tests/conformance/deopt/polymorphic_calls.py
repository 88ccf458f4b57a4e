def apply(fs, x):
    return [f(x) for f in fs]
class Callable:
    def __call__(self, x):
        return ("obj", x)
def plain(x):
    return ("func", x)
def with_default(x, y=10):
    return x + y
def varargs(*a):
    return len(a)
def kwonly(x, *, k=3):
    return x * k
fs = [plain, Callable(), len, str, lambda x: x, with_default, varargs, kwonly, abs, type, repr, bool]
for v in ["abc", [1, 2], (3,)]:
    print(apply([f for f in fs if f not in (abs, with_default, kwonly)], v))
for v in [-4, 2.5, True]:
    print(apply([plain, Callable(), with_default, varargs, kwonly, abs, type, repr, bool], v))
class M:
    def m(self, x):
        return x + 1
    @staticmethod
    def s(x):
        return x + 2
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
o = M()
bound = [o.m, M.s, M.c, o.s, o.c]
print([f(1) for f in bound])
print([f(1) for f in bound * 3][-5:])
