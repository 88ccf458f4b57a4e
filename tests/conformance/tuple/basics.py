t = (1, 2, 3, "a", (4, 5))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1], t[::2], type(t[1:3]).__name__)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), (1) == 1, (1,) == 1)
print(t + (6,), (0,) * 3, 2 * (1, 2), t.count(2), t.index("a"), "a" in t, 9 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2), (1, 2) != (2, 1))
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, "a")), {(1, 2): "x"}[(1, 2)])
a, b = (1, 2)
print(a, b, (a, b) == (1, 2))
x = 1, 2, 3
print(x, type(x).__name__)
for bad in (lambda: t[10], lambda: t.index(42), lambda: t + [1], lambda: hash((1, [])), lambda: t.__setitem__(0, 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def setit():
    t[0] = 5
try:
    setit()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)), min([(0, 5), (0, 1)]))
print(repr((1,)), str(((),)), ((1, 2),), tuple(tuple(r) for r in [[1], [2, 3]]))
