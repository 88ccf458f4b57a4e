it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a", None, []])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
d = {"a": 1, "b": 2}
print(list(iter(d)), list(iter(d.items())), list(iter({3, 1, 2})) == sorted({3, 1, 2}))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
z = zip(range(3), range(10, 13))
print(next(z), list(z))
m = map(str, range(3))
print(type(m).__name__, type(z).__name__, type(e).__name__, list(m), list(m))
calls = []
def src():
    for i in range(5):
        calls.append(i)
        yield i
print(list(zip(src(), [1, 2])), calls)
print(list(iter(iter(iter([7])))))
