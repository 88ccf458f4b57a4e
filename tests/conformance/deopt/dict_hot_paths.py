def count(words):
    c = {}
    for w in words:
        if w in c:
            c[w] += 1
        else:
            c[w] = 1
    return c
words = ("a b c a b a " * 20).split() + [1, 1.0, True, (1,), (1,)]
print(count(words))
d = {}
for i in range(200):
    d[i % 17] = d.get(i % 17, 0) + i
    if i == 100:
        d["str key"] = 0
        d[2.5] = 0
print(d)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
e = {}
for i in range(30):
    e[K(i % 10)] = i
print(len(e), sorted(v for v in e.values()))
