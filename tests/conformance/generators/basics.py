def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "exhausted"))
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 1000:
        break
    out.append(x)
print(out)
def lines():
    print("gen started")
    yield "first"
    print("between")
    yield "second"
    print("gen ending")
for l in lines():
    print("got", l)
gen = count_up(2)
print(iter(gen) is gen, list(gen), list(gen))
def with_return():
    yield 1
    return
    yield 2
print(list(with_return()))
