# Every shape of call made from hot loops (traces push the callee's frame in
# place): defaults, keywords, *args/**kwargs, constructors, bound and
# static methods, generator functions, builtins, lambdas, callables
# replaced mid-loop, and exceptions raised and caught across them.
def defaults(a, b=2, *rest, c=3, **kw):
    return a + b * c + len(rest) + len(kw)

def kw_calls(n):
    out = 0
    for i in range(n):
        out += defaults(i)
        out += defaults(i, 1)
        out += defaults(i, c=5)
        out += defaults(i, 1, 2, 3, c=0, z=1)
        args = (i, 2, 9)
        kws = {"c": 1, "q": 2}
        out += defaults(*args, **kws)
    return out

print(kw_calls(200))

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @staticmethod
    def zero():
        return Vec(0, 0)
    @classmethod
    def unit(cls):
        return cls(1, 1)

def vectors(n):
    v = Vec.zero()
    for i in range(n):
        v = v.add(Vec.unit()).add(Vec(i, -i))
    return v.x, v.y

print(vectors(500))

def gen(k):
    for i in range(k):
        yield i * i

def gen_calls(n):
    total = 0
    for i in range(n):
        total += sum(gen(i % 10))
        g = gen(3)
        total += next(g) + next(g)
    return total

print(gen_calls(300))

def builtins_calls(n):
    acc = []
    for i in range(n):
        acc.append((min(i, 7), max(i, 3, 5), abs(i - 50), divmod(i, 7), round(i / 3, 2), int("1" + str(i)), bool(i % 3)))
    return acc[-2:]

print(builtins_calls(100))

def raises_inside(n):
    def check(v):
        if v % 13 == 0:
            raise ValueError("thirteen %d" % v)
        return v
    caught = []
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except ValueError as e:
            caught.append(str(e))
    return total, caught[-3:]

print(raises_inside(200))

def replaced_callee(n):
    f = lambda x: x + 1
    out = []
    for i in range(n):
        out.append(f(i))
        if i == 5:
            f = str
        if i == 10:
            f = lambda x, y=10: x * y
        if i == 15:
            f = lambda x: -x
    return out

print(replaced_callee(20))

def method_objects(n):
    xs = []
    app = xs.append
    for i in range(n):
        app(i)
        if i == 10:
            xs2 = []
            app = xs2.append
    return len(xs), xs[-1]

print(method_objects(30))

def recursion_limit(n):
    def down(k):
        return down(k + 1) + 1
    errs = 0
    for i in range(n):
        try:
            down(0)
        except RecursionError:
            errs += 1
    return errs

print(recursion_limit(4))

class CallMe:
    def __init__(self):
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * 2

def callable_objects(n):
    c = CallMe()
    total = 0
    for i in range(n):
        total += c(i)
    return total, c.calls

print(callable_objects(100))

def wrong_args(n):
    out = []
    def two(a, b):
        return a - b
    for i in range(n):
        try:
            if i % 4 == 0:
                out.append(two(i))
            elif i % 4 == 1:
                out.append(two(i, 1, 2))
            elif i % 4 == 2:
                out.append(two(i, c=1))
            else:
                out.append(two(b=i, a=1))
        except TypeError as e:
            out.append(str(e))
    return out[:4]

print(wrong_args(12))
