"""Generates testdata/complex_cases.txt: complex arithmetic and parsing by CPython.

    python3 crates/taipan-interp/src/support/gen_complex_cases.py > crates/taipan-interp/src/support/testdata/complex_cases.txt

Lines: `op<TAB>a.real a.imag b.real b.imag (float bits)<TAB>result (bits or !error)` for
`mul div pow abs`, and `parse<TAB><escaped text><TAB>result`.
"""
import random
import struct

rng = random.Random(8)


def fb(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def res(r):
    if isinstance(r, complex):
        return fb(r.real) + " " + fb(r.imag)
    return fb(r)


def emit(op, a, b, fn):
    try:
        r = res(fn())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        r = "!%s: %s" % (type(e).__name__, e)
    print("%s\t%s %s %s %s\t%s" % (op, fb(a.real), fb(a.imag), fb(b.real), fb(b.imag), r))


specials = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 1e300, -1e-300, float("inf"), float("nan"), 3.0, -2.5]
vals = [complex(rng.choice(specials), rng.choice(specials)) for _ in range(30)]
vals += [complex(rng.uniform(-10, 10), rng.uniform(-10, 10)) for _ in range(20)]
exps = [complex(0, 0), complex(1, 0), complex(2, 0), complex(-1, 0), complex(-3, 0), complex(0.5, 0),
        complex(0, 1), complex(1.5, -0.5), complex(100, 0), complex(101, 0), complex(-100, 0), complex(2.5, 0)]
for a in vals:
    emit("abs", a, 0j, lambda: abs(a))
    for b in vals[::9] + exps[::2]:
        emit("mul", a, b, lambda: a * b)
        emit("div", a, b, lambda: a / b)
    for b in exps:
        emit("pow", a, b, lambda: a ** b)
for s in ["1+2j", "1-2j", "(1+2j)", " ( 1+2j ) ", "j", "-j", "+j", "2j", "1e3j", "1e3", "nan+infj", "inf-nanj",
          "1+j", "1-j", "1_0+2_0j", "1__0j", "_1j", "1+2", "1+2jj", "(1+2j", "1+2j)", "", " ", "1 +2j", "1+ 2j",
          "١+٢j", "1e+j", "1e5+1e-5j", "-1.5e-3-2.5E+4J", ".5j", "5.j", "j1", "infinityj", "-infinity+INFj",
          "\u20031+1j\u2003", "0x1j", "1e"]:
    try:
        c = complex(s)
        r = res(c)
    except ValueError as e:
        r = "!%s: %s" % (type(e).__name__, e)
    print("parse\t%s\t%s" % (s.encode("unicode_escape").decode("ascii"), r))
