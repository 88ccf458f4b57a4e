# Errors that happen rarely in long hot loops, so that they are raised from
# inside running traces (error exits from helpers, side exits that tier 1
# turns into exceptions) rather than while recording: every handler must
# see the exception once and the loop must go on with the right values.
def rare_key_errors(n):
    d = {i: i * 2 for i in range(n) if i % 50}
    total = 0
    missing = []
    for i in range(n):
        try:
            total += d[i]
        except KeyError as e:
            missing.append(e.args[0])
            total -= 1
    return total, missing

print(rare_key_errors(500))

def rare_type_errors(n):
    vals = [i if i % 97 else str(i) for i in range(n)]
    total = 0
    errors = []
    for v in vals:
        try:
            total = total + v * 3
        except TypeError as e:
            errors.append((v, str(e)))
    return total, errors[:2], len(errors)

print(rare_type_errors(600))

def rare_zero_division(n):
    acc = 0
    facc = 0.0
    zeros = 0
    for i in range(1, n):
        d = i % 64
        try:
            acc += 1000 // d
            acc += 1000 % d
            facc += 1000.0 / d
        except ZeroDivisionError as e:
            zeros += 1
            last = str(e)
    return acc, round(facc, 6), zeros, last

print(rare_zero_division(700))

def rare_unbound(n):
    out = 0
    hits = []
    for i in range(n):
        if i % 77 != 5:
            v = i
        try:
            out += v
        except UnboundLocalError:
            hits.append(i)
        if i % 77 == 4:
            del v
    return out, hits

print(rare_unbound(500))

class Obj:
    def __init__(self, i):
        self.v = i

def rare_attribute_errors(n):
    objs = [Obj(i) for i in range(n)]
    for i in range(0, n, 83):
        del objs[i].v
    total = 0
    missing = 0
    for o in objs:
        try:
            total += o.v
        except AttributeError:
            missing += 1
    return total, missing

print(rare_attribute_errors(600))

def rare_index_errors(n):
    rows = [[j for j in range(i % 10)] for i in range(n)]
    total = 0
    short = 0
    for r in rows:
        try:
            total += r[3] + r[-1]
        except IndexError:
            short += 1
    return total, short

print(rare_index_errors(500))

def rare_overflow(n):
    x = 1
    big = 0
    out = []
    for i in range(n):
        x = x * 3 if i % 40 else x * 2**40
        if x > 2**100:
            big += 1
            x = x % 1000003
        out.append(x % 7)
    return big, sum(out), x

print(rare_overflow(400))

def rare_raise_in_callee(n):
    def f(i):
        if i % 111 == 0:
            raise RuntimeError("r%d" % i)
        return i & 15
    s = 0
    errs = []
    for i in range(n):
        try:
            s += f(i)
        except RuntimeError as e:
            errs.append(str(e))
    return s, errs

print(rare_raise_in_callee(600))

def uncaught_at_the_end(n):
    d = {i: i for i in range(n - 1)}
    s = 0
    for i in range(n):
        s += d[i]
    return s

print(uncaught_at_the_end(300))
