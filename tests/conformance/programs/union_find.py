class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True
edges = [(4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6), (2, 2, 8), (6, 8, 6), (4, 2, 5), (7, 2, 3), (2, 6, 5), (14, 3, 5), (9, 3, 4), (10, 5, 4)]
d = DSU(9)
mst = [(w, a, b) for w, a, b in sorted(edges) if d.union(a, b)]
print(mst, sum(w for w, _, _ in mst))
d2 = DSU(20)
for i in range(0, 20, 3):
    d2.union(i, (i * 7) % 20)
groups = {}
for i in range(20):
    groups.setdefault(d2.find(i), []).append(i)
print(sorted(groups.values()))
