sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: k)(z=1))
print(sorted([3, -1, 2], key=lambda v: abs(v)), list(map(lambda x, y: x * y, [1, 2], [3, 4])), list(filter(lambda s: s, ["", "a", None, "b"])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, sq)(3), compose(sq, inc)(3))
print(sq.__name__, (lambda: 0).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
print((lambda x: (lambda y: x + y))(1)(2), [(lambda n=n: n * 10)() for n in range(3)])
