"""Generates testdata/hash_cases.txt from CPython's hash() (ids differ per run; the
`ptr` lines pair an id with its hash, so any run is valid).

    python3 crates/taipan-interp/src/support/gen_hash_cases.py > crates/taipan-interp/src/support/testdata/hash_cases.txt
"""
import random
import struct


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


rng = random.Random(5)
ints = [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**64, -(2**64) + 3,
        10**30, -(10**30), 2**200 + 12345, -(2**300)] + [rng.randrange(-10**40, 10**40) for _ in range(30)]
for n in ints:
    print("int", n, hash(n))
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e300, -1e300, 5e-324, 1e-300, 3.141592653589793,
          float("inf"), float("-inf"), 2.0**61, 2.0**62, 1e16, 0.1]
floats += [rng.uniform(-1e9, 1e9) for _ in range(20)]
floats += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(63)))[0] for _ in range(20)]
for x in floats:
    if x == x:
        print("float", bits(x), hash(x))
for o in [object() for _ in range(5)] + [float("nan")]:
    print("ptr", id(o), hash(o))
tups = [(), (1,), (1, 2), (1, 2, 3), ((1, 2), (3,)), (-1,), (-2,), (0.5, 1), ((), ()),
        (1.5, -1, 2**70), tuple(range(20))]
for t in tups:
    print("tuple", ",".join(str(hash(x)) for x in t), hash(t))
for fs in [frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset(range(100)), frozenset([-1, -2]),
           frozenset([2**61, 0.5]), frozenset([frozenset([1]), frozenset()])]:
    print("frozenset", ",".join(str(hash(x)) for x in fs), hash(fs))
for c in [0j, 1j, 1 + 1j, -1.5 + 2.5j, complex(1e300, -1e300), complex(float("inf"), 1), complex(0.5, -0.5)]:
    print("complex", bits(c.real), bits(c.imag), hash(c))
