vals = [3.5, -1.25, 0.1, 2.0, 1e10, -0.0]
print(vals, sorted(vals), sum(vals), max(vals), min(vals))
print(tuple(vals), [round(v, 1) for v in vals], [int(v) for v in vals])
d = {0.5: "half", 1.0: "one", 2.5: "two-half"}
print(d, d[1], d[0.5], 1 in d, 2 in d)
s = {1.0, 2.0, 1, 2}
print(len(s), sorted(s))
print(str([1.0, 1e16, 1e-5, float("inf")]), repr((0.1 + 0.2,)))
print(vals.index(2.0), vals.count(0.0), 0.0 in vals, -0.0 in [0.0])
print([x * 2 for x in vals if x > 0])
