# A small "real program": BFS, memoized DP, enum/dataclass records, json report.
from collections import deque, Counter, defaultdict, namedtuple
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import lru_cache, total_ordering
from itertools import product, groupby, chain
import heapq, json

GRID = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#E"]

def bfs(grid):
    h, w = len(grid), len(grid[0])
    start = next((r, c) for r, c in product(range(h), range(w)) if grid[r][c] == 'S')
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != '#' and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return dist

d = bfs(GRID)
end = [(r, c) for r, row in enumerate(GRID) for c, ch in enumerate(row) if ch == 'E'][0]
print('steps to E:', d.get(end))

@lru_cache(maxsize=None)
def ways(n, k):
    if n == 0:
        return 1
    return sum(ways(n - i, k) for i in range(1, min(n, k) + 1))

print([ways(n, 3) for n in range(12)], ways.cache_info().misses)

class Kind(Enum):
    FRUIT = auto()
    VEG = auto()

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    kind: Kind = field(default=Kind.FRUIT, compare=False)

items = [Item(1.5, 'apple'), Item(0.5, 'carrot', Kind.VEG), Item(3.0, 'mango'), Item(0.75, 'leek', Kind.VEG)]
print(sorted(items)[0], max(items).name)
by_kind = defaultdict(list)
for it in items:
    by_kind[it.kind].append(it.name)
print({k.name: v for k, v in by_kind.items()})
print(heapq.nsmallest(2, items, key=lambda i: i.price))
words = "the quick brown the lazy dog the end quick".split()
cnt = Counter(words)
print(cnt.most_common(2), sorted((k, len(list(g))) for k, g in groupby(sorted(words))))
P = namedtuple('P', 'name score')
ps = sorted([P('a', 3), P('b', 1), P('c', 2)], key=lambda p: p.score)
report = {'best': ps[-1]._asdict(), 'all': [p.name for p in ps], 'total': sum(p.score for p in ps),
          'kinds': [k.name for k in Kind], 'chain': list(chain('ab', 'cd'))}
print(json.dumps(report, indent=2, sort_keys=True))
