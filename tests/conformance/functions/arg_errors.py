def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
def v(*a, **k):
    return len(a) + len(k)
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, c=3),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(),
    lambda: h(1),
    lambda: h(x=1),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(1, **{"b": 2, "c": 3}),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1, 2),
    lambda: v(1, 2, k=3),
]
for t in tests:
    try:
        print("ok", t())
    except TypeError as e:
        print(type(e).__name__, e)
