vals = [0.0, -0.0, 5.0, -5.0, 1e-310, -1e-310]
for a in vals:
    row = []
    for b in (3.0, -3.0, float("inf"), float("-inf")):
        row.append(f"{a % b!r}/{a // b!r}")
    print(repr(a), " ".join(row))
print(max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0), min(-0.0, 0.0), abs(-0.0), -0.0 == 0)
print(round(-0.25, 1), round(-0.05, 1), round(0.05, 1), round(-0.5), round(0.5), repr(round(-0.4)))
print(int(1e300) % 1000, float(10**308), 1e308 * 10 == float("inf"))
try:
    float(10**309)
except OverflowError as e:
    print(type(e).__name__, e)
print(divmod(-0.0, 1.0), divmod(5.5, -0.5), divmod(-5.5, 0.5), (-1.0) ** 2, (-0.0) ** 2, 0.0 ** 0.0)
print(1e-310 * 1e10, 2.5e-324, 5e-324 * 0.5, 1e-323 / 2, repr(2.2250738585072014e-308 / 2))
print(float("1e-400") == 0.0, repr(float("-1e-400")), 1 / float("-inf"))
