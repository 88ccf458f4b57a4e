def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = mat_mul(r, m)
        m = mat_mul(m, m)
        e >>= 1
    return r
def det(m):
    # Bareiss fraction-free elimination on integers.
    m = [row[:] for row in m]
    n = len(m)
    sign, prev = 1, 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k]:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[-1][-1]
def solve(a, b):
    n = len(a)
    m = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [round(m[i][n] / m[i][i], 9) for i in range(n)]
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[2, 0, 1], [1, 3, 2], [0, 1, 4]]
print(mat_mul(A, B), transpose(A), det(A), det(B), det(mat_mul(A, B)) == det(A) * det(B))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1], mat_pow([[2, 0], [0, 3]], 10))
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]), solve(A, [1, 2, 3]))
H = [[1 if (i * j) % 7 < 4 else -1 for j in range(6)] for i in range(6)]
print(det(H), det(identity(5)), det([[0, 1], [1, 0]]), det([[1, 2], [2, 4]]))
big = [[(i * 31 + j * 17) % 23 - 11 for j in range(8)] for i in range(8)]
print(det(big), sum(map(sum, mat_mul(big, transpose(big)))))
