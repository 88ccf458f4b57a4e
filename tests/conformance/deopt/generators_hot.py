def gen(n):
    for i in range(n):
        yield i * i
def consume(k):
    total = 0
    for j in range(k):
        for v in gen(j):
            total += v
    return total
print(consume(60))
def pingpong():
    x = yield 0
    while True:
        x = yield x * 2
g = pingpong()
next(g)
print([g.send(i) for i in range(20)])
def nested(n):
    for i in range(n):
        yield from gen(i)
print(sum(nested(40)), max(nested(30)))
print(sum(x for x in range(5000) if x % 3 == 0), len([y for y in (z * 2 for z in range(1000)) if y % 7 == 0]))
