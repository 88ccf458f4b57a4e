a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
p, *q = [1]
print(p, q)
(m, n), o = [3, 4], 5
print(m, n, o)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
l = [0, 0, 0]
l[0], l[2] = 7, 9
print(l)
i = 0
i, l[i] = 1, 5
print(i, l)
for bad in ([1, 2], [1, 2, 3, 4]):
    try:
        a, b, c = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *"ab", *[None]], (*[1, 2],), [*()])
