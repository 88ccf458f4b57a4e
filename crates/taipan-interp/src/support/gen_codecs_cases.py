"""Generates testdata/codecs_cases.txt: `<hex bytes>\t<strict>\t<replace>\t<backslashreplace>`
for random byte strings decoded as UTF-8 by CPython (results as repr / error message).

    python3 crates/taipan-interp/src/support/gen_codecs_cases.py > crates/taipan-interp/src/support/testdata/codecs_cases.txt
"""
import random

rng = random.Random(3)
pool = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff]


def dec(b, err):
    try:
        return ascii(b.decode("utf-8", err))
    except UnicodeDecodeError as e:
        return "!" + str(e)


for _ in range(1500):
    b = bytes(rng.choice(pool) for _ in range(rng.randrange(1, 7)))
    print("\t".join([b.hex(), dec(b, "strict"), dec(b, "replace"), dec(b, "backslashreplace")]))
