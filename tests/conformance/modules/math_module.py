import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(2), math.sqrt(0), math.isqrt(99), math.isqrt(10**20), math.pow(2, 10), math.exp(2), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(8, 2), math.log(1), math.log10(0.001), math.log2(3), math.log(10**100))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.floor(10**20 + 0.5))
print(math.factorial(0), math.factorial(10), math.factorial(30), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.lcm(4, 6))
print(math.comb(10, 3), math.perm(10, 3), math.comb(100, 50), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.fabs(-3), math.fmod(10, 3), math.fmod(-10, 3), math.remainder(10, 3), math.copysign(2, -0.0), math.hypot(3, 4, 12))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.dist((0, 0), (3, 4)))
print(math.degrees(1), math.radians(90), math.modf(-3.25), math.frexp(10.0), math.ldexp(0.625, 4), math.erf(0.5), math.gamma(5), math.lgamma(10))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.exp(1000), lambda: math.factorial(2.5)):
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.floor(-0.5), math.ceil(-0.5))
