import random
data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=lambda x: -x), sorted(data, key=lambda x: x % 3))
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
recs = [("b", 2, 1.5), ("a", 2, 0.5), ("c", 1, 2.5), ("a", 1, 9.0)]
print(sorted(recs), sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: (r[1], -r[2])))
# stability
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
random.seed(7)
big = [random.randint(0, 1000) for _ in range(200)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), sum(big) == sum(s))
mixed = [3, 1.5, True, -2, 0.0]
print(sorted(mixed))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
lst = [3, 2, 1]
print(lst.sort(), lst)
