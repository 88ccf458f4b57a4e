import random
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "K%d" % self.v
random.seed(5)
for n in (0, 1, 2, 3, 5, 10, 33, 63):
    for rev in (False, True):
        data = [random.randrange(10) for _ in range(n)]
        log.clear()
        r = sorted([K(x) for x in data], reverse=rev)
        print(n, rev, [k.v for k in r], len(log), hash(tuple(log)))
        l = [K(x) for x in data]
        log.clear()
        l.sort(key=lambda k: -k.v, reverse=rev) if False else l.sort(reverse=rev)
        print(len(log), hash(tuple(log)))
print(sorted([3, "a", 1.5], reverse=True) if False else "x")
for data in ([1, "a"], ["a", 1], [1, 2, "a", 3], [[1], (1,)], [3, 2, 1, "x"]):
    for rev in (False, True):
        try: print(sorted(data, reverse=rev))
        except TypeError as e: print(e)
