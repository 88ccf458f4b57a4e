m = [[i * 4 + j for j in range(4)] for i in range(4)]
print(m)
print([m[i][i] for i in range(4)], [m[i][3 - i] for i in range(4)], [sum(r) for r in m], [sum(c) for c in zip(*m)])
print([[m[j][i] for j in range(4)] for i in range(4)])
print([r[::-1] for r in m[::-1]])
pascal = [[1]]
for i in range(8):
    prev = pascal[-1]
    pascal.append([1] + [prev[k] + prev[k + 1] for k in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(str(v) for v in row).center(40))
