d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = str(k)
print(d, list(d))
del d[9]
d[9] = "again"
print(d)
d[3] = "updated"
print(d)
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
big = {}
for i in range(1000):
    big[(i * 37) % 1000] = i
print(list(big)[:10], len(big))
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:10], len(big))
for i in range(0, 20, 2):
    big[i] = -i
print(list(big)[-12:])
s = {"banana": 3, "apple": 1, "cherry": 2}
print(list(s.keys()), list(s.values()), list(s.items()))
print(dict(sorted(s.items())), dict(sorted(s.items(), key=lambda kv: kv[1])))
