"""Generates testdata/struct_cases.txt: struct.pack/unpack/calcsize results from CPython.

    python3 crates/taipan-interp/src/support/gen_struct_cases.py > crates/taipan-interp/src/support/testdata/struct_cases.txt

Lines: `pack\t<fmt>\t<args>\t<hex or !Type: msg>`, `unpack\t<fmt>\t<hex>\t<values or error>`,
`calcsize\t<fmt>\t\t<n or error>`. Args: `i:<int>`, `f:<float bits>`, `y:<hex>`, `s:<text>`
separated by spaces; unpacked values likewise.
"""
import random
import struct

rng = random.Random(6)


def fb(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def enc(v):
    if isinstance(v, bool) or isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + fb(v)
    if isinstance(v, bytes):
        return "y:" + v.hex()
    return "s:" + v


def err(e):
    name = "struct.error" if isinstance(e, struct.error) else type(e).__name__
    return "!%s: %s" % (name, e)


ints = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 2 ** 31 - 1, 2 ** 31,
        -2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 63 - 1, 2 ** 63, -2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, 10 ** 30]
floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1e10, 65504.0, 65520.0, 1.0009765625, 6e-8, 3e-8, 1e-10, 3.4e38, 3.5e38,
          1e300, float("inf"), float("nan"), 5.960464477539063e-08, 2.980232238769531e-08]
others = [b"", b"a", b"ab", "x", 1.5]
for mode in ["", "@", "<", ">", "=", "!"]:
    for code in "bBhHiIlLqQnNPefd?c":
        fmt = mode + code
        for v in ints + floats + others:
            try:
                r = struct.pack(fmt, v).hex()
            except Exception as e:
                r = err(e)
            print("pack\t%s\t%s\t%s" % (fmt, enc(v), r))
for fmt, args in [("5s", [b"ab"]), ("3p", [b"abcdef"]), ("0s", [b"x"]), ("1p", [b"xy"]), ("s", ["x"]),
                  ("ii", [1]), ("2x", []), ("x", []), ("@bi", [1, 2]), ("@ib?", [1, 2, 3]), ("<hxq", [1, 2]),
                  ("3h", [1, 2, 3]), ("y", [1]), ("3", [1]), ("i 2h", [1, 2, 3]), ("300p", [b"a" * 400]),
                  ("c", [1]), ("i", ["a"]), ("e", [10 ** 10]), ("f", [10 ** 300]), ("d", [2 ** 1024]),
                  ("?", [[]]), ("?", ["x"]), ("@P", [-1])]:
    try:
        r = struct.pack(fmt, *args).hex()
    except Exception as e:
        r = err(e)
    print("pack\t%s\t%s\t%s" % (fmt, " ".join(enc(a) if not isinstance(a, list) else "y:" for a in args), r))
for fmt in ["@bi", "<bi", "@ib", "i 2h", "0s", "99999999999999999999i", "@qc", "@ch", "4s2p", "y", "<n", "=P",
            "!e", "@e3xd", "", "   ", "5", "@?0q"]:
    try:
        r = str(struct.calcsize(fmt))
    except Exception as e:
        r = err(e)
    print("calcsize\t%s\t\t%s" % (fmt, r))
for fmt in ["@bBhHiIlLqQnNP", "<bBhHiIlLqQ", ">bBhHiIlLqQ", "!efd", "<efd", "?c3s3p", "@e2xf", ">4p"]:
    size = struct.calcsize(fmt)
    for _ in range(12):
        data = bytes(rng.randrange(256) for _ in range(size))
        try:
            r = " ".join(enc(v) for v in struct.unpack(fmt, data))
        except Exception as e:
            r = err(e)
        print("unpack\t%s\t%s\t%s" % (fmt, data.hex(), r))
    print("unpack\t%s\t%s\t%s" % (fmt, "00", err(struct.error("unpack requires a buffer of %d bytes" % size))))
