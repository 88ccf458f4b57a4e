def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def cycle(items):
    while True:
        for x in items:
            yield x
def take(n, it):
    return [next(it) for _ in range(n)]
print(take(5, count()), take(5, count(10, -3)), take(7, cycle("ab")))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(6, accumulate(count(1))))
def zip_longest_free(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    sentinel = object()
    while True:
        x, y = next(ia, sentinel), next(ib, sentinel)
        if x is sentinel and y is sentinel:
            return
        yield (fill if x is sentinel else x, fill if y is sentinel else y)
print(list(zip_longest_free([1, 2, 3], "ab", "-")))
