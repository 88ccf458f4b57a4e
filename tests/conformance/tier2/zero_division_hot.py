# Division by zero inside hot loops, caught each time: the int and float
# division uops side-exit on a zero divisor and tier 1 raises.
def int_div(vals, d):
    out = []
    for v in vals:
        try:
            out.append(v // d)
            out.append(v % d)
        except ZeroDivisionError as e:
            out.append(str(e))
        d = d - 1
    return out

print(int_div(list(range(10, 20)), 4))
print(int_div([-5] * 8, 3))

def float_div(n):
    out = []
    d = 2.0
    for i in range(n):
        try:
            out.append(10.0 / d)
        except ZeroDivisionError as e:
            out.append(str(e))
        d = d - 0.5
    return out

print(float_div(9))

def neg_zero_div(n):
    out = []
    for i in range(n):
        d = -0.0 if i % 3 == 2 else 0.25 * (i + 1)
        try:
            out.append(1.5 / d)
        except ZeroDivisionError as e:
            out.append(type(e).__name__)
    return out

print(neg_zero_div(12))

def mixed_div(n):
    out = []
    for i in range(n):
        try:
            out.append(7.5 / (i % 4))
        except ZeroDivisionError as e:
            out.append(str(e))
        try:
            out.append((i % 3) / 2.0)
            out.append(i / (i % 2))
        except ZeroDivisionError as e:
            out.append("int/int " + str(e))
    return out

print(mixed_div(10))

def count_errors(n):
    errors = 0
    total = 0
    for i in range(n):
        try:
            total += 1000 // (i % 5)
            total += 1000 % (i % 7)
        except ZeroDivisionError:
            errors += 1
    return errors, total

print(count_errors(300))

def floor_mod_float(n):
    out = []
    for i in range(n):
        x = i - 5.5
        try:
            out.append((x // (i % 3), x % (i % 3)))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out

print(floor_mod_float(9))
