print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()), min((x - 5) ** 2 for x in range(10)))
print(list(x for x in "abc"), tuple(i for i in range(3)), set(i % 2 for i in range(5)), dict((i, str(i)) for i in range(3)))
print(any(x > 8 for x in range(10)), all(x < 8 for x in range(10)), "".join(c.upper() for c in "gen"))
print(sorted((x for x in [3, 1, 2]), reverse=True), sum((i for i in range(5)), 100))
