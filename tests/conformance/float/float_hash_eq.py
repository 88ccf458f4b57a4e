print(hash(1.0) == hash(1), hash(2.0) == hash(2), hash(0.5) == hash(0.5), hash(-0.0) == hash(0))
print(hash(2**61 - 1) == hash(float(2**61 - 1)) if False else "skip")
d = {}
for k in (1, 1.0, True, 2, 2.0, 0.5, 0, 0.0, False, -0.0):
    d[k] = d.get(k, 0) + 1
print(d)
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}), {1.5: 1}[1.5])
