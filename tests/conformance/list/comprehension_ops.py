nums = list(range(1, 21))
print([n for n in nums if n % 3 == 0], [n * n for n in nums[:5]], [(n, n % 4) for n in nums if n > 15])
print([x if x % 2 else -x for x in range(8)], [[j for j in range(i)] for i in range(4)])
print([a + b for a in "ab" for b in "xy"], [(i, j) for i in range(3) for j in range(i, 3)])
print(sum(x for x in nums), max(x % 7 for x in nums), list(map(lambda x: x * 2, filter(lambda x: x > 17, nums))))
x = "outer"
r = [x for x in range(3)]
print(x, r)
print([c.upper() for c in "hello" if c != "l"], [len(w) for w in "a bb ccc".split()])
print(list(enumerate("abc", 1)), list(zip(nums[:3], "xyz", [True] * 3)))
print([i for i in range(10) if i % 2 if i % 3], [[r * c for c in range(1, 4)] for r in range(1, 4)])
