"""Generates testdata/percent_fuzz_cases.txt: random `%` conversions applied by CPython.

    python3 crates/taipan-interp/src/support/gen_percent_fuzz_cases.py > crates/taipan-interp/src/support/testdata/percent_fuzz_cases.txt

Each line: `<fmt>\t<kind i|f|s>\t<value>\t<result or !Type: message>` (fmt, str values and
results unicode_escape'd; floats as bit patterns).
"""
import random
import struct

rng = random.Random(5)


def fb(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def esc(s):
    return s.encode("unicode_escape").decode("ascii")


ints = [0, 1, -1, 42, -42, 255, 65, 10 ** 20, -(2 ** 65)]
floats = [0.0, -0.0, 1.5, -2.25, 0.1, 1e16, 1e-7, 123456.789, float("inf"), float("nan"), -float("inf"), 2.5]
strs = ["", "a", "héllo", "it's"]
for _ in range(3000):
    f = "%"
    for _ in range(rng.randrange(0, 3)):
        f += rng.choice("-+ #0")
    if rng.random() < 0.5:
        f += str(rng.randrange(0, 25))
    if rng.random() < 0.4:
        f += "." + str(rng.randrange(0, 15))
    f += rng.choice("sradiuoxXeEfFgGc")
    if rng.random() < 0.3:
        f = "<" + f + ">"
    kind = rng.choice("ifs")
    v = rng.choice({"i": ints, "f": floats, "s": strs}[kind])
    shown = str(v) if kind == "i" else fb(v) if kind == "f" else esc(v)
    try:
        r = f % (v,)
    except (ValueError, OverflowError, TypeError) as e:
        r = "!%s: %s" % (type(e).__name__, e)
    print("%s\t%s\t%s\t%s" % (esc(f), kind, shown, esc(r)))
