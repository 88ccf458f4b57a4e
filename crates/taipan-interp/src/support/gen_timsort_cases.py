"""Generates testdata/timsort_cases.txt: CPython's list.sort() on float keys.

    python3 crates/taipan-interp/src/support/gen_timsort_cases.py > crates/taipan-interp/src/support/testdata/timsort_cases.txt

Each line: `<reverse 0|1>\t<fail_after>\t<keys as float reprs, comma separated>\t<resulting
index order>\t<number of < comparisons>`; `fail_after` >= 0 makes the comparison with that
number raise (the line then records the partially sorted order CPython leaves).
"""
import random

rng = random.Random(11)
_random = rng.random
rng.random = lambda: _random() // 1e-4 / 1e4  # short reprs keep the data file small


class Boom(Exception):
    pass


def run(keys, reverse, fail_after):
    count = [0]

    class K:
        __slots__ = ("i",)

        def __init__(self, i):
            self.i = i

        def __lt__(self, other):
            if count[0] == fail_after:
                count[0] += 1
                raise Boom()
            count[0] += 1
            return keys[self.i] < keys[other.i]

    items = [K(i) for i in range(len(keys))]
    try:
        items.sort(reverse=reverse)
    except Boom:
        pass
    return [k.i for k in items], count[0]


def gen_keys(n):
    kind = rng.randrange(6)
    nan = float("nan")
    if kind == 0:
        return [float(rng.randrange(10)) for _ in range(n)]
    if kind == 1:
        return [rng.choice([rng.random(), nan]) for _ in range(n)]
    if kind == 2:  # ascending runs with noise
        base = sorted(rng.random() for _ in range(n))
        for _ in range(n // 10):
            i = rng.randrange(n)
            base[i] = rng.random()
        return base
    if kind == 3:  # descending blocks
        out = []
        while len(out) < n:
            m = rng.randrange(1, 40)
            out += sorted((rng.random() for _ in range(m)), reverse=True)
        return out[:n]
    if kind == 4:  # two interleaved sorted halves -> galloping
        a = sorted(rng.random() for _ in range(n // 2))
        b = sorted(rng.random() * 0.1 + rng.choice([0, 0.9]) for _ in range(n - n // 2))
        return a + b
    return [rng.random() for _ in range(n)]


cases = []
for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 127, 128, 200, 257, 500, 900]:
    for _ in range(3):
        cases.append(gen_keys(n))
for keys in cases:
    for reverse in (False, True):
        order, cmps = run(keys, reverse, -1)
        print("%d\t-1\t%s\t%s\t%d" % (reverse, ",".join(repr(k) for k in keys), ",".join(map(str, order)), cmps))
        if cmps > 2:
            fail = rng.randrange(cmps)
            order, c2 = run(keys, reverse, fail)
            print("%d\t%d\t%s\t%s\t%d" % (reverse, fail, ",".join(repr(k) for k in keys), ",".join(map(str, order)), c2))
