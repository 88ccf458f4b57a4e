# BFS, DFS, Dijkstra (with a hand-written binary heap) and topological sort.
graph = {
    "A": [("B", 4), ("C", 2)],
    "B": [("C", 5), ("D", 10)],
    "C": [("E", 3)],
    "D": [("F", 11)],
    "E": [("D", 4)],
    "F": [],
    "G": [("A", 1)],
}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m, _ in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for m, _ in graph[start]:
        if m not in seen:
            dfs(m, seen)
    return seen
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, s = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[s]:
                    s = l
                if r < len(a) and a[r] < a[s]:
                    s = r
                if s == i:
                    break
                a[s], a[i] = a[i], a[s]
                i = s
        return top
    def __len__(self):
        return len(self.a)
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    h = Heap()
    h.push((0, src))
    while len(h):
        d, n = h.pop()
        if d > dist.get(n, float("inf")):
            continue
        for m, w in graph[n]:
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m] = nd
                prev[m] = n
                h.push((nd, m))
    return dist, prev
def path(prev, target):
    p = [target]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]
print(bfs("A"), dfs("A"), bfs("G"))
dist, prev = dijkstra("A")
print(sorted(dist.items()), path(prev, "F"), path(prev, "D"))
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m, _ in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m, _ in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo())
h = Heap()
for v in [5, 3, 9, 1, 7, 2, 8, 6, 4, 0]:
    h.push(v)
print([h.pop() for _ in range(10)])
grid = ["S..#......", ".#.#.####.", ".#...#....", ".####.#.#.", "......#.#E"]
def maze():
    rows, cols = len(grid), len(grid[0])
    start = end = None
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    dist = {start: 0}
    q = [start]
    while q:
        r, c = q.pop(0)
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return dist.get(end)
print(maze())
