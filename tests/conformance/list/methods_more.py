l = list(range(20))
print(l.index(5), l.index(15, 10), l.index(3, 0, 4), l.count(3))
try:
    l.index(3, 4)
except ValueError as e:
    print(type(e).__name__, e)
s = [5, 2, 8]
s += [1]
s *= 2
print(s)
s[len(s):] = [0]
print(s, s.count(8), len(s))
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = [1, 2, 3]
while queue:
    x = queue.pop(0)
    if x < 4:
        queue.append(x + 3)
    print(x, queue)
r = [1, 2, 3]
r.reverse()
print(r, list(reversed(r)), r[::-1] == list(reversed(r)))
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] is [1, 2, 3], [[]] == [[]], [1, 2.0] == [1.0, 2])
e = []
e.extend(e)
e.append(e)
print(len(e), e)
