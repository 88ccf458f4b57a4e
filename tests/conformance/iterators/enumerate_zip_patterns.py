names = ["ann", "bob", "cid"]
scores = [88, 92, 75]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{i}. {n:<4} {s}")
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
print([(i, c) for i, c in enumerate("hello") if c == "l"])
pairs = list(zip(range(5), range(5, 10), range(10, 15)))
print(pairs, [a + b + c for a, b, c in pairs])
print(list(enumerate(zip("ab", "cd"))))
