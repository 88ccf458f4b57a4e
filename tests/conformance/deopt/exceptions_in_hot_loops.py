def safe_div(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a // b)
        except ZeroDivisionError:
            out.append(None)
        except TypeError as e:
            out.append(type(e).__name__)
    return out
pairs = [(i, i % 5) for i in range(30)] + [(1, "x"), (2**70, 3), (7.5, 2)]
print(safe_div(pairs))
def find(d, keys):
    hits = 0
    misses = 0
    for k in keys:
        try:
            hits += d[k]
        except KeyError:
            misses += 1
    return hits, misses
d = {i: i for i in range(0, 100, 3)}
print(find(d, range(100)), find(d, [3.0, 6, "x", (1,)]))
def loop_with_finally(n):
    log = 0
    for i in range(n):
        try:
            if i % 7 == 0:
                continue
            if i == 40:
                break
            log += i
        finally:
            log += 1000
    return log
print(loop_with_finally(100))
def raise_deep(n):
    if n == 0:
        raise ValueError("bottom")
    return raise_deep(n - 1)
caught = 0
for i in range(50):
    try:
        raise_deep(i % 10)
    except ValueError:
        caught += 1
print(caught)
