grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad, bad[0] is bad[1])
a = [1, [2, 3]]
b = a[:]
b[1].append(4)
b[0] = 99
print(a, b)
c = a
c.append("x")
print(a is c, a)
m = [[i * 3 + j for j in range(3)] for i in range(3)]
t = [list(row) for row in zip(*m)]
print(m, t, [row[::-1] for row in m])
flat = [x for row in m for x in row]
print(flat, sum(flat), [flat[i:i + 2] for i in range(0, len(flat), 2)])
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref), self_ref[2][2][0])
d = {"l": []}
d["l"].append(d)
print(d)
