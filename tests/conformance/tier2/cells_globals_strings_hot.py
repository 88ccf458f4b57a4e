# Hot loops over cells (closures rebinding them from calls inside the loop,
# deleted cells), `global` stores, f-strings, comprehensions building dicts
# and sets, slices and `del` of items: the helper-backed uops and their
# interaction with traces.
def cells(n):
    count = 0
    log = []
    def bump(k):
        nonlocal count
        count += k
    for i in range(n):
        bump(i)
        log.append(count * 2)
        if i == n // 2:
            count = 0.5
    return count, log[-5:]

print(cells(40))

def cell_deleted(n):
    val = 10
    def reader():
        return val
    out = []
    for i in range(n):
        try:
            out.append(reader())
        except NameError as e:
            out.append(type(e).__name__ + ": " + str(e))
            val = i
        if i % 5 == 4:
            del val
    return out

print(cell_deleted(16))

def cell_read_in_loop(n):
    factor = 3
    def set_factor(f):
        nonlocal factor
        factor = f
    total = 0
    for i in range(n):
        total += i * factor
        if i % 10 == 9:
            set_factor(factor + 1)
    return total, factor

print(cell_read_in_loop(50))

G = 0
def store_global(n):
    global G
    for i in range(n):
        G = G + i
        if i == n // 2:
            G = float(G)
    return G

print(store_global(60), G)

def formatting(n):
    out = []
    for i in range(n):
        x = i * 0.25
        out.append(f"{i}:{x:.2f}|{i!r:>4}|{'s' * (i % 3)}|{x!s}")
    return out

for line in formatting(12)[-4:]:
    print(line)

def comprehensions(n):
    res = []
    for k in range(n):
        d = {i: i * i for i in range(k)}
        s = {i % 4 for i in range(k)}
        l = [i for i in range(k) if i % 2]
        res.append((len(d), sum(d.values()), sorted(s), l[-2:]))
    return res[-3:]

print(comprehensions(15))

def slicing(n):
    xs = list(range(30))
    out = []
    for i in range(n):
        out.append(xs[i:i + 3])
        out.append(xs[::-(i % 3 + 1)][:2])
        xs[i:i + 1] = [xs[i] * 10]
    return out[-6:], xs[:12]

print(slicing(20))

def deleting(n):
    xs = list(range(n * 2))
    d = {i: str(i) for i in range(n)}
    for i in range(n):
        del xs[i]
        if i % 3 == 0:
            del d[i]
    return xs, sorted(d)

print(deleting(12))

def string_building(n):
    s = ""
    parts = []
    for i in range(n):
        s += str(i % 10)
        if len(s) > 8:
            parts.append(s)
            s = s[4:]
    return parts[-3:], s

print(string_building(60))
