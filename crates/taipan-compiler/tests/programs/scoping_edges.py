e = "outer"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("deleted:", err)

x = "global x"
class C:
    x = "class x"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self):
        return x
print(C.y, C.z, C().m())

def outer():
    v = 1
    class Inner:
        v = 2
        def get(self):
            return v
        w = v
    return Inner().get(), Inner.w
print(outer())

def outer2():
    a = 1
    class K:
        nonlocal a
        a = 5
    return a
print(outer2())

def gen_close():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen cleanup")
g = gen_close()
next(g)
g.close()

def gen_in_with():
    class M:
        def __enter__(self): print("in"); return self
        def __exit__(self, *a): print("out", a[0].__name__ if a[0] else None)
    with M():
        yield "a"
        yield "b"
print(list(gen_in_with()))

def early_return_with():
    class M:
        def __enter__(self): return 1
        def __exit__(self, *a): print("exit called"); return False
    for i in range(3):
        with M() as m:
            if i == 1:
                return i * 10 + m
print(early_return_with())

def exc_in_handler():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return repr(t.__context__)
print(exc_in_handler())

def loop_else_break():
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
        else:
            return "inner else"
    else:
        return "outer else", i, j
print(loop_else_break())

def star_targets():
    first, *middle, last = range(10)
    *a, = "xyz"
    (b, *c), d = "pqr", 4
    return first, middle, last, a, b, c, d
print(star_targets())

def slices():
    s = list(range(10))
    s[1:3] = "ab"
    s[::3] = [0, 0, 0, 0]
    del s[-2:]
    s[2:2] = [99]
    t = s[:]
    t[:] = reversed(t)
    return s, t, s[1:-1:2]
print(slices())

def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(b=1, a=2, **{"z": 3}, c=4))

def nested_gen():
    def inner(n):
        for i in range(n):
            yield i
    yield from inner(2)
    yield from (x * 10 for x in inner(3))
print(list(nested_gen()))
print(sum(1 for _ in range(5)), max((x for x in [3, 1, 4]), default=0), any(x > 3 for x in [1, 5]))
d = {}
for k, v in [("a", 1), ("b", 2)]:
    d[k] = d.get(k, 0) + v
print(d, {k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(3)])
