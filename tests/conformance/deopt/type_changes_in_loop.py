# Hot loops whose operand types change part-way: guards in specialized code must fail cleanly.
def add_all(items):
    total = items[0]
    for x in items[1:]:
        total = total + x
    return total
ints = list(range(100))
print(add_all(ints))
print(add_all(ints + [0.5]))
print(add_all([1.5] * 50 + [2] * 50))
print(add_all([2**62] * 10 + [1] * 10))
print(add_all(["a"] * 30 + ["b"]))
print(add_all([[1]] * 5 + [[2, 3]]))
print(add_all([True] * 10 + [1]))
def mul_loop(n, k):
    r = 1
    for i in range(n):
        r = r * k
    return r
for k in (2, 3.0, -1, 10**10, True):
    print(repr(mul_loop(30, k)))
def mixed(n):
    v = 0
    out = []
    for i in range(n):
        if i == n // 2:
            v = float(v)
        if i == 3 * n // 4:
            v = str(v)
            out.append(v)
            v = 0
        v += i
    out.append(v)
    return out
print(mixed(40))
