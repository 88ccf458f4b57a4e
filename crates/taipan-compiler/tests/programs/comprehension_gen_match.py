def counter():
    count = 0
    def inc(n=1):
        nonlocal count
        count += n
        return count
    return inc
c = counter()
c(); c(5)
print(c(), c.__closure__[0].cell_contents)

funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)})
print(sum(x * y for x in range(4) for y in range(x)))
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)

def walrus(data):
    found = [y for x in data if (y := x * 2) > 4]
    return found, y
print(walrus([1, 2, 3, 4]))

def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"

def outer():
    r = yield from gen(3)
    yield r
g = outer()
print(next(g), g.send("hi"), next(g), next(g))
print(list(outer()))

a, *b, c2 = range(6)
(p, q), r = "xy", [1]
print(a, b, c2, p, q, r)
first, *_ = "hello"
print(first, [*range(3), *"ab"], (*b,), {**{"a": 1}, "b": 2, **{"a": 3}})
d = {"k": [1, 2]}
d["k"][0] += 10
d["k"] += [3]
o = type("O", (), {})()
o.v = 1
o.v *= 5
print(d, o.v)
s = "abcdef"
print(s[1:4], s[::-2], s[-2:], s[:])
lst = list(range(8))
lst[2:5] = ["x"]
del lst[::2]
print(lst)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(subject):
    match subject:
        case 0 | 1 as small:
            return ("small", small)
        case None:
            return "none"
        case [x, y, *rest]:
            return ("seq", x, y, rest)
        case [_, *_, last] if last != 9:
            return ("tail", last)
        case {"k": v, **others}:
            return ("map", v, others)
        case Point(x=0, y=yy) if yy > 0:
            return ("point-y", yy)
        case Point(a, b):
            return ("pos", a, b)
        case (1, z) | (z, 1):
            return ("or", z)
        case str() as s:
            return "str " + s
        case {"type": "circle", "r": rr}:
            return ("circle", rr)
        case _:
            return "other"

for v in [0, 1, None, [1, 2, 3, 4], [5], {"k": 1, "j": 2}, Point(0, 5), Point(1, 2), (3, 1), "hey", 3.5, (1,), [7, 9]]:
    print(describe(v))

def fstr(x, w):
    return f"{x!r:>{w}}|{x:^8}|{x=}|{'lit'}|{3.14159:.2f}|{w:#x}"
print(fstr("ab", 6))
print(0.1 + 0.2, 2 ** 100, -7 // 2, -7 % 2, 7.5 // 2, 1e16, 1 + 2j, -0.0, "ab" * 3, 10 / 4)
