# Float loops whose results become inf and NaN (the float uops side-exit on a
# NaN result), comparisons with NaN, inf and -0.0 in hot branches.
import math

def blowup(x, n):
    out = []
    for i in range(n):
        x = x * 1e30
        out.append(x)
    return out

print(blowup(1.5, 14))
print(blowup(-2.0, 12))

def inf_minus_inf(n):
    a = 1e306
    res = []
    for i in range(n):
        a = a + a
        b = a - a
        res.append((a, b, b == b, b != b, b < 1.0, b >= 1.0))
    return res

for r in inf_minus_inf(12):
    print(r)

def nan_product(n):
    out = []
    z = 0.0
    big = 1e200
    for i in range(n):
        big = big * 1e50
        p = big * z
        out.append(repr(p))
        z = z - 0.0
    return out

print(nan_product(8))

def compare_grid(vals):
    counts = [0, 0, 0, 0, 0, 0]
    for a in vals:
        for b in vals:
            if a < b:
                counts[0] += 1
            if a <= b:
                counts[1] += 1
            if a == b:
                counts[2] += 1
            if a != b:
                counts[3] += 1
            if a > b:
                counts[4] += 1
            if a >= b:
                counts[5] += 1
    return counts

nan = float("nan")
inf = float("inf")
grid = [0.0, -0.0, 1.5, -1.5, inf, -inf, nan, 1e-300, -1e-300, 5e-324]
print(compare_grid(grid))
print(compare_grid([1.0, 2.0, 3.0] * 4 + [nan]))
print(compare_grid([0.0, -0.0] * 6))

def neg_zero(n):
    x = 0.0
    signs = []
    for i in range(n):
        x = -x
        signs.append(math.copysign(1.0, x))
        y = x * -1.0
        signs.append(math.copysign(1.0, y))
        signs.append(x == y)
    return signs

print(neg_zero(6))

def divide_down(x, n):
    out = []
    for i in range(n):
        x = x / 1e100
        out.append(x)
    return out

print(divide_down(1.0, 5))
print(divide_down(-1e300, 7))

def div_by_inf(n):
    out = []
    d = 1.0
    for i in range(n):
        d = d * 1e155
        out.append(1.0 / d)
        out.append(d / d)
    return out

print(div_by_inf(5))

def mixed_int_float(n):
    total = 0.0
    for i in range(n):
        total = total + i
        total = total * 1.0000001
        total = 3 * total - 2 * total
    return total

print(mixed_int_float(200))

def nan_sum(vals):
    s = 0.0
    hist = []
    for v in vals:
        s = s + v
        hist.append(s != s)
    return s, hist

print(nan_sum([1.0, 2.0, 3.0, 4.0, inf, 5.0, -inf, 6.0, 7.0]))
print(nan_sum([1.5] * 10 + [nan] + [1.0] * 3))

def min_max(vals):
    lo = vals[0]
    hi = vals[0]
    for v in vals:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

print(min_max([3.0, 1.0, 4.0, 1.5, 9.0, 2.6, 5.0, 3.5]))
print(min_max([3.0, 1.0, nan, 4.0, -inf, 9.0]))
print(min_max([nan, 1.0, 2.0, 3.0]))
print(min_max([0.0, -0.0, 0.0, -0.0]))
print(min_max([-0.0, 0.0, -0.0]))
