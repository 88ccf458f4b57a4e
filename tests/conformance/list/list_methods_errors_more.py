l = [5, 3, 8]
print(l.pop(1), l, l.insert(1, 7), l, l.index(8), l.count(9), l.copy() is l)
l.extend((1, 2))
l.extend({9: 0})
print(l, len(l), l[::-2], l[-2:], l[:-2])
l.sort(key=lambda v: -v)
print(l)
l[1:3] = []
print(l, l * 2, [l] * 2)
try:
    l.index(100)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].remove(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.sort(key=1)
except TypeError as e:
    print(type(e).__name__, e)
x = [[]] * 3
x[0].append(1)
print(x)
