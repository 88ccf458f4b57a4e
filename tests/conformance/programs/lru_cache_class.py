class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.data:
            v = self.data.pop(k)
            self.data[k] = v
            self.hits += 1
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.data:
            self.data.pop(k)
        elif len(self.data) >= self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[k] = v
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRU(3)
for k in [1, 2, 3]:
    c.put(k, k * 10)
print(c, c.get(1), c)
c.put(4, 40)
print(c, c.get(2), c.get(3))
c.put(5, 50)
print(c, c.hits, c.misses)
def cached(cap):
    def deco(fn):
        cache = LRU(cap)
        def w(n):
            v = cache.get(n)
            if v is None:
                v = fn(n)
                cache.put(n, v)
            return v
        w.cache = cache
        return w
    return deco
@cached(100)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache.hits > 0, len(collatz_len.cache.data))
