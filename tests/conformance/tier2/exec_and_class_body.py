# The same code run with different globals (exec): a trace recorded for one
# globals dict must not serve another. Loops in class bodies and at module
# level (LOAD_NAME / STORE_NAME in traces).
src = """
total = 0
for i in range(n):
    total = total + i * k
    if i % 10 == 0:
        log.append(total)
"""
code = compile(src, "<loop>", "exec")
for env in ({"n": 50, "k": 2}, {"n": 30, "k": 0.5}, {"n": 20, "k": "ab"[:1]}, {"n": 40, "k": -3}):
    env["log"] = []
    try:
        exec(code, env)
        print(env["total"], env["log"])
    except TypeError as e:
        print("TypeError:", e, env["log"])

fsrc = """
def f(m):
    acc = 0
    for j in range(m):
        acc = acc + j * scale + offset()
    return acc
"""
fcode = compile(fsrc, "<f>", "exec")
g1 = {"scale": 3, "offset": lambda: 1}
g2 = {"scale": 1.5, "offset": lambda: -2}
exec(fcode, g1)
exec(fcode, g2)
print(g1["f"](100), g2["f"](100), g1["f"](10), g2["f"](10))
g1["scale"] = 100
print(g1["f"](20), g2["f"](20))

loc = {}
exec("""
acc = []
for q in range(25):
    acc.append(q * q if q % 2 else -q)
    last = q
""", {}, loc)
print(loc["acc"], loc["last"])

class Table:
    rows = []
    total = 0
    for i in range(30):
        rows.append(i * i)
        total = total + i
        if i == 15:
            total = total * 1.5
    del i
    size = len(rows)

print(Table.rows[-3:], Table.total, Table.size, hasattr(Table, "i"))

class Shadow:
    x = 10
    vals = []
    for j in range(12):
        vals.append(x + j)
        if j == 5:
            x = "s"
            vals.append(x)
            x = 1000

print(Shadow.vals, Shadow.x, Shadow.j)

acc = 0
for i in range(100):
    acc += i
    if i == 50:
        acc = float(acc)
print(acc, i)

names = []
for name in ["a", "bb", "ccc"] * 10:
    names.append(name.upper())
    if len(names) == 20:
        name = None
print("".join(names), name)

count = 0
while count < 300:
    count += 7
    if count > 200:
        count = count * 2
print(count)
