"""Generates testdata/format_fuzz_cases.txt: random format specs applied by CPython.

    python3 crates/taipan-interp/src/support/gen_format_fuzz_cases.py > crates/taipan-interp/src/support/testdata/format_fuzz_cases.txt

Each line: `<kind i|f|s|c>\t<value>\t<spec>\t<result or !Type: message>`, where an int is
decimal, a float (and each complex part) is its bit pattern in hex, a str is
unicode_escape'd, and results are unicode_escape'd too.
"""
import random
import struct

rng = random.Random(21)


def fb(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def esc(s):
    return s.encode("unicode_escape").decode("ascii")


def spec():
    out = ""
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            out += rng.choice("*x0é ")
        out += rng.choice("<>=^")
    if rng.random() < 0.3:
        out += rng.choice("+- ")
    if rng.random() < 0.1:
        out += "z"
    if rng.random() < 0.2:
        out += "#"
    if rng.random() < 0.2:
        out += "0"
    if rng.random() < 0.5:
        out += str(rng.randrange(0, 30))
    if rng.random() < 0.2:
        out += rng.choice([",", "_"])
    if rng.random() < 0.5:
        out += "." + str(rng.randrange(0, 20))
    if rng.random() < 0.8:
        out += rng.choice("bcdoxXneEfFgGs%")
    return out


ints = [0, 1, -1, 7, 255, -255, 65, 1234567, -98765432, 10 ** 25, -(2 ** 70)]
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, -0.000123, 1e16, 1e-7, 12345678.9, 2.5, float("inf"), float("nan"),
          -float("inf"), 1e300, 5e-324, 999.9999]
strs = ["", "a", "hello", "é日本"]
for _ in range(4000):
    kind = rng.choice("iifffsc")
    sp = spec()
    if kind == "i":
        v = rng.choice(ints)
        shown = str(v)
    elif kind == "f":
        v = rng.choice(floats)
        shown = fb(v)
    elif kind == "c":
        v = complex(rng.choice(floats), rng.choice(floats))
        shown = fb(v.real) + " " + fb(v.imag)
    else:
        v = rng.choice(strs)
        shown = esc(v)
    if sp == "":
        continue
    try:
        r = format(v, sp)
    except (ValueError, OverflowError) as e:
        r = "!%s: %s" % (type(e).__name__, e)
    print("%s\t%s\t%s\t%s" % (kind, shown, esc(sp), esc(r)))
