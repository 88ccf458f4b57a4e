import heapq, random
random.seed(5)
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
a = [9, 4, 7, 1, 0, 3]
heapq.heapify(a); print(a, heapq.heapreplace(a, 5), a, heapq.heappushpop(a, -1), heapq.heappushpop(a, 6), a)
t = [(2, "b"), (1, "z"), (1, "a")]
heapq.heapify(t); print([heapq.heappop(t) for _ in range(3)])
for f in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify([1, "a"]), lambda: heapq.heappush([1]), lambda: heapq.heapreplace([], 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
h = [C(i) for i in (3, 1, 2)]; heapq.heapify(h); print([c.v for c in h])
