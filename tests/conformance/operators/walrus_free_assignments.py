a = b = c = [1]
b.append(2)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = j = 0
i += 1
print(i, j)
first, second = "ab"
print(first, second)
[p, q] = (3, 4)
print(p, q)
(r, [s, t]) = (5, [6, 7])
print(r, s, t)
n = [0] * 3
n[0] = n[1] = 9
print(n)
d = {}
d["a"] = d["b"] = []
d["a"].append(1)
print(d)
v = w = 10
v += 1
print(v, w)
