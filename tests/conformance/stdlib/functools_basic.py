# functools: reduce, partial, lru_cache/cache, wraps, total_ordering, cmp_to_key.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, [], 1), reduce(lambda a, b: a + b, ['x'], 'y'))
for args in [(operator.add, []), (operator.add, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)

def f(a, b, c=3, **kw):
    return (a, b, c, kw)

p = partial(f, 1, c=5)
print(p(2), p(2, c=9, d=1), p.args, p.keywords, p.func is f)
pp = partial(p, 7)
print(pp(), pp.args, pp.func is f)
try:
    partial(3)
except TypeError as e:
    print(type(e).__name__, e)

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(4))

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache
def ident(x):
    return x

print(ident(1), ident(1.0), ident.cache_info().hits)

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__

print(typed(1), typed(1.0), typed.cache_info().currsize)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def documented(x):
    "Doc string."
    return x + 1

print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__(5))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), sorted([V(3), V(1)], key=lambda v: v.v)[0].v)
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(type(e).__name__, e)

print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) == k(2))

class C:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42

c = C()
print(c.val, c.val)
