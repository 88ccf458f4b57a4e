d = {}
for i in range(50000):
    d[i * 7 % 50000] = i
print(len(d), d[0], d[7], d[49999], sum(d) == sum(range(50000)))
for i in range(0, 50000, 3):
    del d[i]
print(len(d), list(d)[:8], 3 in d, 4 in d)
s = {}
for i in range(20000):
    s[str(i)] = i
print(len(s), s["12345"], "20000" in s, sum(s.values()))
t = {(i, i + 1): i for i in range(1000)}
print(t[(500, 501)], len(t))
