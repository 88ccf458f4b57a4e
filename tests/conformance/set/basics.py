s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s, sorted(s))
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(3)
print(s)
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(set(), set([1, 2, 2, 3]), set(range(5)), set((5, 5, 6)), {x % 3 for x in range(10)})
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {7}), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 20}
print(c)
print(a.pop() in {1, 2, 3, 4}, len(a))
a.clear()
print(a, set() == set(), {1} == {1.0}, {1, 2} == {2, 1})
print(sorted({-1, -5, 3, 100, 0}), max({4, 9, 2}), sum({1, 2, 3}))
