data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data, sorted("banana"), sorted({3: "c", 1: "a"}), sorted((3, 1, 2)))
print(sorted(["bb", "a", "ccc"], key=len), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([-3, 2, -1], key=abs))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(1, 4))), list(reversed([])))
print(sorted([]), sorted([1]), sorted(range(5, 0, -1)))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted(["B", "a", "C"], key=str.lower, reverse=True))
