inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-NaN"), float("INF"))
print(repr(inf), str(nan), [inf, nan])
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan is nan, inf == inf, inf > 10**400, -inf < -10**400)
print(max(1.0, inf), min(-inf, 0), inf // 1 if False else "skip")
print(-0.0, 0.0 == -0.0, repr(-0.0), str(-0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(abs(-0.0), abs(-inf), -(0.0))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
print(float("nan") != float("nan"), inf / inf)
print(round(-0.4), round(-0.0), repr(round(-0.4, 1)))
print(hash(inf) == hash(float("inf")), hash(0.0) == hash(-0.0), hash(0.0) == hash(0))
for x in (inf, -inf, nan):
    try:
        int(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(inf % 5 if False else "ok", 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
