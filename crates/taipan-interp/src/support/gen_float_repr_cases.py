"""Generates testdata/float_repr_cases.txt: `<bits hex>\t<repr>\t<'%.17g'>\t<'%.3e'>\t<'%.5f'>`.

    python3 crates/taipan-interp/src/support/gen_float_repr_cases.py > crates/taipan-interp/src/support/testdata/float_repr_cases.txt
"""
import random
import struct

rng = random.Random(99)
vals = []
for _ in range(3000):
    vals.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
for _ in range(1500):
    # Values with few fraction bits: exact decimal ties between shortest candidates.
    vals.append(rng.getrandbits(rng.randrange(40, 56)) / 4.0 * rng.choice([1, -1]))
for _ in range(500):
    vals.append(rng.uniform(-1000, 1000))
    vals.append(rng.randrange(1, 10 ** 6) / 10 ** rng.randrange(0, 8))
for x in vals:
    if x != x:
        continue
    bits = struct.unpack("<Q", struct.pack("<d", x))[0]
    print("%016x\t%r\t%.17g\t%.3e\t%.5f" % (bits, x, x, x, x if abs(x) < 1e30 else 0.0))
