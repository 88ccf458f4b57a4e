# Module attributes and module functions called from hot loops while the
# module is changed, and range/list iterators at the edges of the small-int
# range, with negative steps and empty ranges.
import math

def roots(n):
    out = []
    for i in range(n):
        out.append(math.sqrt(i))
        if i == 6:
            math.sqrt = lambda x: -x
        if i == 9:
            del math.sqrt
            math.sqrt = math.floor
    return out

orig = math.sqrt
print(roots(14))
math.sqrt = orig
print(math.sqrt(16.0))

def consts(n):
    acc = 0.0
    for i in range(n):
        acc += math.pi * i
        if i == 10:
            math.pi = 3
    return acc

print(consts(20))
math.pi = 3.141592653589793

def edge_ranges():
    out = []
    for r in (range(2**47 - 6, 2**47 - 1), range(-(2**47) + 4, -(2**47), -1),
              range(10, 0, -3), range(5, 5), range(0, 30, 7),
              range(-5, 5, 4), range(2**46, 2**47 - 1, 2**44)):
        seen = []
        for v in r:
            seen.append(v)
        out.append(seen)
    return out

for s in edge_ranges():
    print(s)

def count_range(lo, hi, step):
    c = 0
    s = 0
    for v in range(lo, hi, step):
        c += 1
        s += v
    return c, s

print(count_range(0, 1000, 1), count_range(1000, -1000, -7), count_range(2**47 - 200, 2**47 - 1, 3))

def list_iter_changes(n):
    xs = list(range(n))
    out = []
    for x in xs:
        out.append(x)
        if x == 5:
            xs[10] = "ten"
            xs[6] = 6.5
        if x == 12:
            del xs[13:16]
    return out

print(list_iter_changes(25))

def mixed_list(vals):
    ints = 0
    floats = 0.0
    others = []
    for v in vals:
        if type(v) is int:
            ints += v
        elif type(v) is float:
            floats += v
        else:
            others.append(v)
    return ints, floats, others

print(mixed_list([1, 2.5, 3, "x", 4, 5.5, None, 6, 2**70, 7.25, True]))

def tuple_iter(n):
    t = tuple(range(n))
    s = 0
    for v in t:
        s += v * v
    return s

print(tuple_iter(100))

def enumerate_zip(a, b):
    out = []
    for i, (x, y) in enumerate(zip(a, b)):
        out.append(i * x - y)
    return out

print(enumerate_zip(range(20), [0.5] * 10 + [2] * 10))

def dict_iter(d):
    keys = []
    total = 0
    for k, v in d.items():
        keys.append(k)
        total += v
    return keys, total

print(dict_iter({"a": 1, "b": 2, "c": 3.5, "d": -4, "e": 10**20}))

def string_iter(s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items())

print(string_iter("the quick brown fox jumps over the lazy dog" * 3))
