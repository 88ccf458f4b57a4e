import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(str(math.pi), repr(math.e), "%.10f" % math.pi, f"{math.pi:.4f}", f"{math.e:10.3f}|")
print(math.isnan(float("nan")), math.isinf(float("-inf")), math.isfinite(1.0), math.isfinite(math.inf))
print(math.copysign(1.0, -0.0), math.copysign(3, -1), math.fabs(-2), math.fmod(-7, 3), -7 % 3)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
