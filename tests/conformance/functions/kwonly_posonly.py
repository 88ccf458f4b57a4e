def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
tests = [
    lambda: f(1, 2, 3, 4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1, 2, 3, d=4, c=3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*, key):
    return key
print(g(key=1))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
def h(x, /, **kw):
    return x, kw
print(h(1, x=2))
def p(a, b, /):
    return a - b
print(p(5, 3))
