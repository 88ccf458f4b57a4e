"""Generates testdata/heapq_cases.txt: random heapq operation scripts run by CPython.

    python3 crates/taipan-interp/src/support/gen_heapq_cases.py > crates/taipan-interp/src/support/testdata/heapq_cases.txt

Items compare by priority only (ties expose the exact algorithm). Each line:
`<ops>\t<final heap ids>\t<returned ids>\t<comparisons>`; ops are `h<n>` (heapify of
n fresh items, or the max variant `H<n>`), `u` push, `o` pop, `r` replace, `p` pushpop,
`O` pop_max, `R` replace_max; item priorities are `id % 7`.
"""
import heapq
import random

rng = random.Random(4)
count = [0]


class It:
    __slots__ = ("i",)

    def __init__(self, i):
        self.i = i

    def __lt__(self, other):
        count[0] += 1
        return self.i % 7 < other.i % 7


for case in range(120):
    count[0] = 0
    nxt = [0]

    def new():
        nxt[0] += 1
        return It(nxt[0])

    maxheap = case % 3 == 0
    n = rng.choice([0, 1, 5, 30, 200, 3000 if case % 10 == 0 else 100])
    heap = [new() for _ in range(n)]
    ops = [("H" if maxheap else "h") + str(n)]
    (heapq._heapify_max if maxheap else heapq.heapify)(heap)
    out = []
    for _ in range(rng.randrange(0, 60)):
        if maxheap:
            op = rng.choice("OR")
        else:
            op = rng.choice("uuorp")
        ops.append(op)
        try:
            if op == "u":
                heapq.heappush(heap, new())
            elif op == "o":
                out.append(heapq.heappop(heap).i)
            elif op == "r":
                out.append(heapq.heapreplace(heap, new()).i)
            elif op == "p":
                out.append(heapq.heappushpop(heap, new()).i)
            elif op == "O":
                out.append(heapq._heappop_max(heap).i)
            elif op == "R":
                out.append(heapq._heapreplace_max(heap, new()).i)
        except IndexError:
            out.append(-1)
    print("%s\t%s\t%s\t%d" % (" ".join(ops), ",".join(str(x.i) for x in heap), ",".join(map(str, out)), count[0]))
