class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)), sum(Fib(10**6)))
class Cycle:
    def __init__(self, items, times):
        self.items = items
        self.times = times
    def __iter__(self):
        for _ in range(self.times):
            for x in self.items:
                yield x
print(list(Cycle("ab", 3)))
class Chunked:
    def __init__(self, seq, n):
        self.seq, self.n = seq, n
    def __iter__(self):
        return (self.seq[i:i + self.n] for i in range(0, len(self.seq), self.n))
print(list(Chunked(list(range(10)), 3)), list(Chunked("abcdefg", 2)))
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
p = Peekable([1, 2, 3])
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("none"))
