def make_counter():
    n = 0
    def inc(step):
        nonlocal n
        n += step
        return n
    return inc
c = make_counter()
total = 0
for i in range(300):
    total += c(1 if i < 150 else 2.5)
print(total, c(0))
def outer():
    acc = []
    for i in range(50):
        def f(x, i=i):
            return x * i
        acc.append(f(2))
    return acc
print(sum(outer()), outer()[-3:])
cells = [lambda: k for k in range(5)]
print([g() for g in cells])
def shadow_cell(n):
    x = 0
    def get():
        return x
    out = []
    for i in range(n):
        x = i if i % 3 else str(i)
        out.append(get())
    return out
print(shadow_cell(10))
