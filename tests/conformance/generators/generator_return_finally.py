def g():
    try:
        for i in range(3):
            yield i
    finally:
        print("cleanup")
for x in g():
    print(x)
    if x == 1:
        break
print("after loop")
def h():
    yield 1
    yield 2
it = h()
print(next(it))
del it
print("deleted")
def counted():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("stopped after", n)
c = counted()
print([next(c) for _ in range(4)])
c.close()
