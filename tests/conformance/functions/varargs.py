def f(*args):
    return args
def g(**kwargs):
    return kwargs
def h(a, *args, b=1, **kw):
    return a, args, b, kw
print(f(), f(1), f(1, 2, 3), type(f()).__name__, g(), g(x=1, y=2), type(g()).__name__)
print(h(1), h(1, 2, 3), h(1, b=5), h(1, 2, c=3, b=4), h(*[1, 2], **{"z": 0}))
args = (1, 2)
kw = {"c": 3}
def k(a, b, c):
    return a * 100 + b * 10 + c
print(k(*args, **kw), k(*args, c=4), k(1, *[2, 3]), k(**{"a": 1, "b": 2, "c": 3}), k(*range(3)))
print(f(*"abc", *[1], 0), g(**{"a": 1}, **{"b": 2}), f(*[], *()))
def total(*nums, start=0):
    return start + sum(nums)
print(total(1, 2, 3), total(start=10), total(1, start=-1))
try:
    k(1, 2, c=3, **{"c": 4})
except TypeError as e:
    print(type(e).__name__, e)
