ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
       lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a ** b]
names = ["+", "-", "*", "/", "//", "%", "**"]
pairs = [(7, 2), (7, 2.0), (7.5, 2), (True, 2), (-7, 3), (2, -1), (2**65, 3), (3, 2**65 if False else 5)]
for a, b in pairs:
    row = []
    for name, op in zip(names, ops):
        r = op(a, b)
        row.append(f"{name}={r!r}:{type(r).__name__}")
    print(a, b, " ".join(row))
