def sum_index(xs):
    s = 0
    i = 0
    while i < len(xs):
        s += xs[i]
        if i == 10:
            xs.append(1000)
        if i == 20:
            xs[5] = 2.5
        i += 1
    return s
print(sum_index(list(range(30))))
def grow_shrink():
    l = []
    for i in range(100):
        l.append(i)
        if i % 3 == 0:
            l.pop(0)
    return len(l), l[:5], l[-3:]
print(grow_shrink())
data = list(range(20))
res = []
for x in data:
    res.append(x)
    if x == 5:
        data[10:] = ["a", "b"]
print(res, data)
m = [[0] * 5 for _ in range(5)]
for i in range(5):
    for j in range(5):
        m[i][j] = i * j if (i + j) % 2 else float(i - j)
print(m)
