a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*a, 0, *b, *"xy"])
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
def f(*args, **kw):
    return args, kw
print(f(*a, *b, 5), f(**d1, **{"w": 9}), f(*range(3), k=1, **d2))
first, *rest = a + list(b)
print(first, rest)
*init, (p, q) = [1, 2, (3, 4)]
print(init, p, q)
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print(type(e).__name__, e)
print(max(*a, *b), min(*[5, 3], 4), "-".join([*"abc"]))
