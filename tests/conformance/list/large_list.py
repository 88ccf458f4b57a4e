n = 50000
l = list(range(n))
print(len(l), sum(l), l[n // 2], l[-1])
l2 = [x * 2 for x in l]
print(sum(l2), max(l2))
evens = l[::2]
print(len(evens), evens[-1])
l.reverse()
print(l[:5])
l.sort()
print(l[:5], l[-5:])
squares = [i * i for i in range(1000)]
print(sum(squares), squares.index(998001), 500 * 500 in squares)
acc = []
for i in range(50000):
    acc.append(i % 7)
print(acc.count(3), len(acc))
while len(acc) > 10:
    acc.pop()
print(acc)
