# Millions of short-lived tuples, floats, strings and small lists (no cycles).
acc = 0
s = 0.0
for i in range(1000000):
    t = (i, i + 1, i * 2)
    f = i * 0.5
    st = str(i)
    l = [t, f]
    acc += t[2] + len(st) + len(l)
    s += f
print(acc, s)
