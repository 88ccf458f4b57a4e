pairs = [(i, i * i) for i in range(100)]
s = 0
for a, b in pairs:
    s += a * b
print(s)
pairs.append([5, 6])
pairs.append("xy" if False else (7, 8))
t = 0
for a, b in pairs:
    t += a + b
print(t)
pairs.append((1, 2, 3))
try:
    for a, b in pairs:
        pass
except ValueError as e:
    print(type(e).__name__, e)
def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(swap_loop(90), swap_loop(200) % 10**9)
rows = [[1, 2, 3]] * 5 + [(4, 5, 6)]
print([x + y * z for x, y, z in rows])
first, *rest = range(10)
acc = []
for i in range(5):
    head, *tail = rest[i:]
    acc.append((head, len(tail)))
print(first, acc)
