import random
random.seed(8)
vals = [random.random() * 10 ** random.randint(-20, 20) for _ in range(40)]
print(all(float(repr(v)) == v for v in vals))
for v in vals[:12]:
    print(repr(v), "%.6g" % v, "{:.3e}".format(v), f"{v:.2f}")
print(sorted(vals)[:3], max(vals) > 1, min(vals) > 0)
print([round(v, 3) for v in vals[:5]], [int(v) for v in vals[:5]])
