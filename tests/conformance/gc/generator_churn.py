# Generators created, partly consumed and abandoned, some referencing themselves.
def gen(n):
    buf = [n] * 20
    for x in buf:
        yield x
class Holder:
    pass
total = 0
for i in range(500000):
    g = gen(i)
    total += next(g)
    h = Holder()
    h.g = g
    h.me = h
print(total)
