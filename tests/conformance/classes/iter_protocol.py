class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(5)
print(list(c), list(c), sum(c), max(c), [x * 2 for x in c], tuple(c), 3 in c)
it = iter(c)
print(next(it), next(it), list(it), next(it, "end"))
for a, b in zip(Countdown(3), Countdown(5)):
    print(a, b)
class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x.upper()
print(list(GenIter("abc")), "-".join(GenIter(["x", "y"])))
class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
