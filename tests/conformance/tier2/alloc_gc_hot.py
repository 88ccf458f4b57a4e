# Allocation-heavy hot loops: values that live only on the trace's stack or
# in its locals while collections run (CHECK_GC safepoints, helpers that
# allocate), deep call chains from traces that grow the value stack, and
# try/with blocks inside hot loops.
def churn(n):
    keep = []
    acc = 0
    for i in range(n):
        t = (i, [i, i + 1], str(i), {"k": i})
        acc += t[1][1] + len(t[2]) + t[3]["k"]
        if i % 1000 == 0:
            keep.append(t)
    return acc, len(keep), keep[-1][2], keep[3][1]

print(churn(30000))

def nested_lists(n):
    grid = []
    for i in range(n):
        row = [j * i for j in range(20)]
        grid.append(row)
        if len(grid) > 50:
            grid = grid[25:]
    return len(grid), grid[-1][-3:], sum(grid[0])

print(nested_lists(2000))

def strings(n):
    words = []
    total = 0
    for i in range(n):
        w = "w" + str(i) * 3
        words.append(w.upper())
        total += len(w)
        if len(words) > 100:
            words = words[50:]
    return total, words[-2:]

print(strings(20000))

def deep(k):
    if k == 0:
        return [0]
    r = deep(k - 1)
    return [k, r[0]]

def deep_calls(n, depth):
    s = 0
    for i in range(n):
        s += deep(depth)[1] + i
    return s

print(deep_calls(200, 150))

class Res:
    opened = 0
    def __enter__(self):
        Res.opened += 1
        return self
    def __exit__(self, *a):
        Res.opened -= 1
        return False

def with_in_loop(n):
    out = 0
    for i in range(n):
        with Res() as r:
            out += Res.opened
            if i % 7 == 0:
                continue
            if i == n - 5:
                break
            out += i
    return out, Res.opened

print(with_in_loop(300))

def try_finally_loop(n):
    log = []
    for i in range(n):
        try:
            if i % 4 == 0:
                continue
            if i % 4 == 1:
                raise KeyError(i)
            log.append(i)
        except KeyError as e:
            log.append(-e.args[0])
        finally:
            log.append("f")
        if i > n - 3:
            break
    return log[-12:], len(log)

print(try_finally_loop(100))

def dict_counts(n):
    d = {}
    for i in range(n):
        k = (i * 7919) % 101
        d[k] = d.get(k, 0) + 1
        if i % 5000 == 4999:
            d = {k: v for k, v in d.items() if v % 2}
    return len(d), sum(d.values())

print(dict_counts(20000))

def tuple_unpacking(n):
    a, b, c = 0, 1, 2
    for i in range(n):
        a, b, c = b, c, (a + b + c) % 1000003
        x, (y, z) = (a, (b, c))
        if x > y:
            a, b = b, a
    return a, b, c

print(tuple_unpacking(10000))
