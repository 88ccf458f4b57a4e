# Branch guards whose direction flips, `is None` tests, truthiness of
# non-bools, chained comparisons (COPY/SWAP on the stack), swaps by tuple
# assignment and every comparison operator on ints and floats.
def classify(vals):
    out = []
    for v in vals:
        if v is None:
            out.append("none")
        elif v is not None and v:
            out.append("truthy")
        else:
            out.append("falsy")
    return out

print(classify([None, 1, 0, "", "a", None, [], [0], 0.0, -0.0, 2.5, None, (), (None,)]))

def chained(vals, lo, hi):
    inside = []
    for v in vals:
        if lo <= v < hi:
            inside.append(v)
        if lo < v == hi:
            inside.append(("eq", v))
        if not (lo > v > -hi):
            inside.append(("out", v))
    return inside

print(chained(list(range(-12, 12)), -3, 5))
print(chained([x * 0.5 for x in range(-12, 12)], -3.0, 5.0))
print(chained([1, 2.5, 3, 4.5, 5, 6.0, 7], 2, 5))

def swaps(n):
    a, b, c = 1, 2, 3
    hist = []
    for i in range(n):
        a, b = b, a
        a, b, c = c, a, b
        if i % 4 == 0:
            b, c = c + 1, b - 1
        hist.append((a, b, c))
    return hist

print(swaps(12))

def all_compares(pairs):
    out = []
    for x, y in pairs:
        out.append((x < y, x <= y, x == y, x != y, x > y, x >= y))
    return out

ints = [(1, 2), (2, 2), (3, 2), (-1, -1), (-(2**47), 2**47 - 1), (2**47 - 1, -(2**47)), (0, -0)]
for r in all_compares(ints):
    print(r)
floats = [(1.0, 2.0), (2.0, 2.0), (-0.0, 0.0), (float("inf"), 1e308), (float("-inf"), float("inf")), (float("nan"), 1.0), (1.0, float("nan")), (5e-324, 0.0)]
for r in all_compares(floats):
    print(r)
mixed = [(1, 1.0), (2, 1.5), (1.5, 2), (2**53 + 1, float(2**53)), (True, 1), (1, True), ("a", "b"), ((1, 2), (1, 3))]
for r in all_compares(mixed):
    print(r)

def flip_flop(n):
    state = 0
    taken = [0, 0, 0]
    for i in range(n):
        if state == 0:
            taken[0] += 1
            state = 1 if i % 3 else 2
        elif state == 1:
            taken[1] += 1
            state = 0
        else:
            taken[2] += 1
            state = 0 if i % 5 else 1
    return taken

print(flip_flop(300))

def int_float_branch(vals):
    out = []
    for v in vals:
        if v > 2:
            out.append(v - 2)
        elif v < -2:
            out.append(v + 2)
        else:
            out.append(v * 10)
    return out

print(int_float_branch([1, 3, -5, 2.5, -2.5, 0, 2, -2.0, 10**20, -(10**20), 2.0000001]))

def optional_chain(items):
    total = 0
    missing = 0
    for it in items:
        v = it.get("v") if it is not None else None
        if v is None:
            missing += 1
            continue
        total += v
    return total, missing

print(optional_chain([{"v": 1}, None, {}, {"v": 2.5}, {"v": 3}, None, {"w": 1}, {"v": -1}] * 3))

def while_flags(n):
    found = None
    i = 0
    while found is None:
        if i * i > n:
            found = i
        i += 1
    done = False
    j = 0
    while not done:
        j += 3
        done = j > n // 10
    return found, j

print(while_flags(5000))

def ternaries(n):
    out = []
    for i in range(n):
        out.append("even" if i % 2 == 0 else ("three" if i % 3 == 0 else i))
    return out

print(ternaries(16))

def and_or(vals):
    out = []
    for a, b in vals:
        out.append((a and b, a or b, not a, (a and not b) or (b and not a)))
    return out

print(and_or([(0, 1), (1, 0), (2, 3), ("", "x"), (None, 0), (True, False), (0.0, -1.5), ([], [1])]))
