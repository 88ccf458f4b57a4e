# Branches taken both ways in hot loops while values sit on the stack:
# conditional expressions and short-circuit operators inside larger
# expressions, call arguments and subscripts, chained comparisons. A guard
# failing there exits (or starts another trace) with a deeper stack.
def ternary_in_expr(n):
    out = []
    for i in range(n):
        a = i * 2 + (i if i % 3 else -i) * 10 - (1 if i % 5 == 0 else 2)
        out.append(a)
    return out

print(ternary_in_expr(40))

def short_circuit_in_call(n):
    out = []
    for i in range(n):
        out.append(max(i and i % 4, (i % 3 == 0) or -1, i > 20 and i < 30 and 99))
    return out

print(short_circuit_in_call(40))

def in_subscript(n):
    table = [10, 20, 30, 40]
    grid = [[1, 2], [3, 4]]
    acc = 0
    for i in range(n):
        acc += table[i % 4 if i % 2 else 3 - i % 4]
        acc += grid[i % 2 and 1][0 if i % 3 else 1]
    return acc

print(in_subscript(100))

def chained_in_args(n):
    out = []
    for i in range(n):
        lo = i % 7
        out.append((0 <= lo < 3, 2 < lo <= 5 < i, lo == i % 7 != 3))
    return out[-10:]

print(chained_in_args(50))

def patterns(n):
    counts = [0, 0, 0, 0]
    for i in range(n):
        k = (i * 2654435761) % 97
        v = (k > 48) + (k % 2 == 0) * 2
        if v == 0:
            counts[0] += 1
        elif v == 1:
            counts[1] += k
        elif v == 2:
            counts[2] -= 1
        else:
            counts[3] += 1 if k > 70 else -1
    return counts

print(patterns(5000))

def nested_ternaries(vals):
    out = []
    for v in vals:
        out.append("neg" if v < 0 else "zero" if v == 0 else "small" if v < 10 else "big")
    return out

print(nested_ternaries([5, -1, 0, 12, 3, -7, 0, 100, 9, 10] * 3))

def mixed_types_in_branches(n):
    acc = 0
    for i in range(n):
        x = i if i % 4 else float(i)
        y = (x + 1) if i % 3 else (x * 0.5)
        acc = acc + (y if y > 10 else -y)
    return acc

print(mixed_types_in_branches(200))

def none_checks(n):
    cache = {}
    hits = 0
    for i in range(n):
        k = i % 13
        v = cache.get(k)
        if v is None:
            cache[k] = v = k * k
        else:
            hits += 1
        hits += 0 if v is not None and v > 50 else 1
    return hits, len(cache)

print(none_checks(300))

def early_returns(n):
    def classify(x):
        if x < 0:
            return -1
        if x == 0:
            return 0
        for d in range(2, x):
            if d * d > x:
                break
            if x % d == 0:
                return d
        return x
    return [classify(i) for i in range(-3, n)]

print(early_returns(60))
