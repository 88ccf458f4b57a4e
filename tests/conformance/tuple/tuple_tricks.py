t = ([1, 2], 3)
t[0].append(99)
print(t)
try:
    t[0] += [100]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
def swap(a, b):
    return b, a
print(swap(1, 2), swap(*swap(1, 2)))
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
points = [(3, 4), (0, 0), (-1, 2), (5, -5)]
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2), [x for x, y in points if y > 0])
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), (1, 2) + tuple([3]))
d = {}
for i, ch in enumerate("abcab"):
    d.setdefault(ch, ()) 
    d[ch] = d[ch] + (i,)
print(d)
nested = ((1, (2, (3, (4,)))),)
print(nested[0][1][1][1][0], len(nested))
