# Generators and closures driven by and running hot loops: loops inside
# generator frames, generators consumed by traced loops, closures reading
# and rebinding cells while the loop runs.
def gen_squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1

def consume(n):
    total = 0
    count = 0
    for v in gen_squares(n):
        total += v
        count += 1
    return total, count

print(consume(100))

def gen_with_state(n):
    acc = 0.5
    for i in range(n):
        acc = acc * 1.5 - i
        if i % 10 == 9:
            yield acc

print(list(gen_with_state(60)))

def pipeline(n):
    evens = (x for x in range(n) if x % 2 == 0)
    doubled = (x * 2 for x in evens)
    out = []
    for d in doubled:
        if d % 3 == 0:
            out.append(d)
    return out

print(pipeline(80))

def make_counter():
    count = 0
    def inc(k):
        nonlocal count
        count += k
        return count
    return inc

def use_closure(n):
    inc = make_counter()
    last = 0
    for i in range(n):
        last = inc(i)
    return last

print(use_closure(200))

def rebinding_cell(n):
    factor = 2
    def mul(x):
        return x * factor
    out = []
    for i in range(n):
        out.append(mul(i))
        if i == 10:
            factor = 0.5
        if i == 15:
            factor = "z"
    return out

print(rebinding_cell(18))

def loop_in_closure(n):
    base = [1, 2, 3]
    def inner():
        s = 0
        for i in range(n):
            s += base[i % 3]
        return s
    r1 = inner()
    base[1] = 100
    r2 = inner()
    return r1, r2

print(loop_in_closure(90))

def send_gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "done"

def drive(n):
    g = send_gen()
    next(g)
    out = []
    for i in range(n):
        out.append(g.send(i))
    out.append(g.send(None))
    return out[-4:]

print(drive(50))

def lambdas_in_loop(n):
    fs = []
    for i in range(n):
        fs.append(lambda x, i=i: x + i)
    return [f(100) for f in fs][-5:], sum(f(0) for f in fs)

print(lambdas_in_loop(40))

def gen_early_exit(n):
    for i in range(n):
        if i * i > 300:
            return
        yield i

print(list(gen_early_exit(100)))

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take_fib(n):
    out = []
    for v in fib_gen():
        if len(out) >= n:
            break
        out.append(v)
    return out

print(take_fib(80)[-3:])
