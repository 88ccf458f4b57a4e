print(list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(range(3)), list(x for x in "xy"), list({5}))
print(tuple([1, 2]), tuple("ab"), tuple({1: 2}), tuple(range(2)), tuple(tuple()))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict({1: 2}, b=3), dict(zip("ab", "cd")), dict([("k", 1), ("k", 2)]), dict(dict(x=0)))
print(sorted(set("hello")), set([1, 1, 2]), set(range(3)), set({1: 2}), frozenset([1, 2]) == {1, 2})
for bad in (lambda: list(1), lambda: tuple(None), lambda: dict(1), lambda: dict(["ab", "c"]), lambda: set(1.5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
