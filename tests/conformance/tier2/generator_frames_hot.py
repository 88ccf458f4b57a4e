# Traces running in generator frames resumed from different stack depths
# and call sites, generators thrown into and closed mid-loop, and class
# bodies whose names move from globals to the class namespace mid-loop.
def worker(n):
    total = 0
    while True:
        for i in range(n):
            total += i * i
        cmd = yield total
        if cmd == "reset":
            total = 0
        elif cmd == "grow":
            n += 5

def drive_at_depth(g, depth, cmd):
    if depth == 0:
        return g.send(cmd)
    return drive_at_depth(g, depth - 1, cmd)

g = worker(20)
print(next(g))
for k in range(12):
    print(drive_at_depth(g, k * 7 % 23, "grow" if k % 3 == 0 else ("reset" if k % 5 == 4 else None)))

def thrower(n):
    caught = []
    i = 0
    while i < n:
        try:
            v = yield i
            if v is not None:
                i += v
        except ValueError as e:
            caught.append(str(e))
            i = i * 2 + 1
        i += 1
    yield caught

t = thrower(10**6)
vals = [next(t)]
for k in range(30):
    if k % 4 == 0:
        vals.append(t.throw(ValueError("v%d" % k)))
    else:
        vals.append(t.send(k % 3 or None))
print(vals)
t.close()
print(t.gi_frame is None)

def closer():
    try:
        for i in range(10**6):
            yield i
    finally:
        print("closed at", i)

c = closer()
s = 0
for v in c:
    s += v
    if v == 500:
        break
c.close()
print(s)

x = 1
class C:
    out = []
    for i in range(12):
        out.append(x)
        if i == 5:
            x = 100
        if i == 8:
            del x
    del i
print(C.out, C.__dict__.get("x", "absent"), x)

def genexpr_in_loop(n):
    tot = 0
    for i in range(n):
        tot += sum(j * i for j in range(i % 7))
        tot += max((j ^ i for j in range(5)), default=-1)
    return tot

print(genexpr_in_loop(300))

def zip_gens(n):
    a = (i * 2 for i in range(n))
    b = (i * 3 for i in range(n))
    return sum(x - y for x, y in zip(a, b))

print(zip_gens(1000))
