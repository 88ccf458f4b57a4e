# A hot accumulator whose type changes under the trace: small int -> big int
# (past 2**47, the small-int range, and past 2**63) -> float -> str.
def grow(start, step, n):
    acc = start
    seen = []
    for i in range(n):
        acc = acc + step
        if i % 7 == 0:
            seen.append(acc)
    return acc, seen

acc, seen = grow(2**47 - 50, 3, 40)
print(acc, type(acc).__name__)
print(seen)
acc, seen = grow(2**63 - 60, 5, 30)
print(acc, seen[-2:])
acc, seen = grow(-(2**47) + 30, -2, 40)
print(acc, seen[:3])

def mul_grow(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3
        out.append(x % 1000003)
    return x, out

x, out = mul_grow(100)
print(x)
print(out[25:40])

def switch_types(n):
    v = 0
    log = []
    for i in range(n):
        if i == 20:
            v = v + 0.5
        elif i == 40:
            v = v + 2**60
        elif i == 60:
            v = str(v)
            log.append(v + "!")
            v = len(v)
        v = v + 1
        if i % 10 == 9:
            log.append(repr(v))
    return log

print(switch_types(80))

def sub_loop(a, b, n):
    out = []
    for i in range(n):
        a = a - b
        out.append(a)
    return out

print(sub_loop(-(2**47) + 10, 3, 8))
print(sub_loop(2**47 - 1, -1, 4))
print(sub_loop(0.5, 0.25, 6))
print(sub_loop(10, 0.5, 6))

def square_walk(n):
    vals = []
    x = 2
    for i in range(n):
        x = x * x
        vals.append(x.bit_length())
        if x > 2**200:
            x = 2
    return vals

print(square_walk(30))

def neg_loop(n):
    x = 2**47
    out = []
    for i in range(n):
        x = -x
        out.append(x)
        x = x - 1 if x > 0 else x + 1
    return out

print(neg_loop(8))
y = -(2**47)
for i in range(5):
    y = -y
    print(y, -y, type(-y).__name__)
