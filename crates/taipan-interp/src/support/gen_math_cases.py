"""Generates testdata/math_cases.txt: math-module calls and CPython's results.

    python3 crates/taipan-interp/src/support/gen_math_cases.py > crates/taipan-interp/src/support/testdata/math_cases.txt

Each line: `fn<TAB>arg...<TAB>=><TAB>result`; args are `i:<int>` or `f:<float bits hex>`
or `l:<comma-separated float bits>`; float results are `repr|bits`, errors `!Type: msg`.
"""
import math
import random
import struct


def fb(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def arg(v):
    if isinstance(v, list):
        return "l:" + ",".join(fb(x) for x in v)
    if isinstance(v, float):
        return "f:" + fb(v)
    return "i:%d" % v


def res(r):
    if isinstance(r, bool):
        return repr(r)
    if isinstance(r, float):
        return "%r|%s" % (r, fb(r))
    if isinstance(r, tuple):
        return "(" + ", ".join(res(x) for x in r) + ")"
    return repr(r)


def emit(name, args, fn):
    try:
        r = res(fn())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = "!%s: %s" % (type(e).__name__, e)
    print("\t".join([name] + [arg(a) for a in args] + ["=>", r]))


rng = random.Random(7)
inf, nan = float("inf"), float("nan")
XS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1.5, -1.5, 3.0, -3.0, 10.0, 0.1, 1e-10, -1e-10, 1e-25, 1e10,
      1e300, -1e300, 5e-324, 170.5, 171.7, -170.5, 200.5, -200.5, 143.0, 141.5, -141.5, 23.0, 24.0, -2.0,
      0.9999999999, 1.0000000001, 710.0, -745.5, 30.0, inf, -inf, nan, 2.5, -2.5, 4.5, 6.3, -6.3, 1e-300]
XS += [rng.uniform(-10, 10) for _ in range(15)] + [rng.uniform(-200, 200) for _ in range(5)]
ONE = ["sqrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
       "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "gamma", "lgamma", "erf", "erfc", "frexp",
       "modf", "ulp", "degrees", "radians", "log", "log2", "log10", "floor", "ceil", "trunc"]
for x in XS:
    for f in ONE:
        emit(f, [x], lambda: getattr(math, f)(x))
YS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, 0.3, -7.5, 1e300, 1e-300, inf, -inf, nan, 1.5, 1e-320]
for x in XS[:34] + XS[45:50]:
    for y in YS:
        for f in ["atan2", "copysign", "remainder", "fmod", "pow", "nextafter"]:
            emit(f, [x, y], lambda: getattr(math, f)(x, y))
        emit("hypot2", [x, y], lambda: math.hypot(x, y))
        emit("logb", [x, y], lambda: math.log(x, y))
for x in XS[:30]:
    for i in [0, 1, -1, 10, -1074, -1080, 1023, 1024, 2000, -2000, 2 ** 40, -(2 ** 40)]:
        emit("ldexp", [x, i], lambda: math.ldexp(x, i))
for _ in range(60):
    n = rng.randrange(1, 6)
    v = [rng.choice([rng.uniform(-1e3, 1e3), rng.uniform(-1, 1) * 10 ** rng.randrange(-300, 300)]) for _ in range(n)]
    emit("hypot", [v], lambda: math.hypot(*v))
for v in [[], [3.0], [3.0, 4.0], [inf, nan], [nan, 1.0], [1e-320, 2e-320], [1e308, 1e308], [0.0, -0.0, 0.0]]:
    emit("hypot", [v], lambda: math.hypot(*v))
for _ in range(40):
    v = [rng.uniform(-1, 1) * 10 ** rng.randrange(-20, 20) for _ in range(rng.randrange(0, 30))]
    emit("fsum", [v], lambda: math.fsum(v))
for v in [[1e-16, 1.0, 1e16], [0.1] * 10, [1e308, 1e308], [inf, -inf], [inf, 1.0], [nan, 1.0], [-0.0],
          [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [2.0 ** 53, 1.0, 2.0 ** -60]]:
    emit("fsum", [v], lambda: math.fsum(v))
INTS = [0, 1, 2, 10, 97, 2 ** 53 + 1, 10 ** 30, 2 ** 1100, 3 ** 700, -5, 10 ** 400 + 7]
for n in INTS:
    emit("logi", [n], lambda: math.log(n))
    emit("log2i", [n], lambda: math.log2(n))
    emit("log10i", [n], lambda: math.log10(n))
    emit("isqrt", [n], lambda: math.isqrt(n))
    for b in [2, 10, 1]:
        emit("logib", [n, b], lambda: math.log(n, b))
for n in [0, 1, 5, 20, 21, 100, -1]:
    emit("factorial", [n], lambda: math.factorial(n))
for n in [0, 1, 5, 10, 50, 100, -1, 10 ** 20]:
    for k in [0, 1, 2, 5, 10, 60, -1]:
        emit("comb", [n, k], lambda: math.comb(n, k))
        emit("perm", [n, k], lambda: math.perm(n, k))
for vals in [[], [0], [12, 18], [-12, 18], [7, 0, 21], [2 ** 100, 6 ** 50], [0, 0]]:
    emit("gcd", vals, lambda: math.gcd(*vals))
    emit("lcm", vals, lambda: math.lcm(*vals))
for a, b in [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.1), (inf, inf), (inf, -inf), (0.0, 1e-10), (nan, nan)]:
    emit("isclose", [a, b], lambda: math.isclose(a, b))
