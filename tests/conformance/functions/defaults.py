def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0), f(1, 2, 3), f(c=1, a=2))
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2), acc(3, []), acc(4))
def safe(x, into=None):
    if into is None:
        into = []
    into.append(x)
    return into
print(safe(1), safe(2))
n = 10
def late(v=n):
    return v
n = 20
print(late(), f.__defaults__, f.__name__, late.__defaults__)
def g(a, b=[1]):
    return a + len(b)
print(g(1), g(1, [1, 2, 3]))
