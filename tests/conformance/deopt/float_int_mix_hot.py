def series(n):
    s = 0
    for i in range(1, n):
        if i % 10 == 0:
            s += 1 / i
        else:
            s += i // 3
    return s
print(series(500))
def compare_mix(n):
    hits = 0
    for i in range(n):
        v = i if i % 2 else i + 0.5
        if v > n / 2:
            hits += 1
        if v == 10:
            hits += 100
    return hits
print(compare_mix(200))
vals = [1, 2.0, 3, 4.5, 2**53 + 1, -0.0, 0, True]
out = []
for _ in range(5):
    for v in vals:
        out.append(v * 2 - v)
print(out[-8:], sum(out))
