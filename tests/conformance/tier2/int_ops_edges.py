# The specialized small-int operators in hot loops: floor division and modulo
# with every sign combination, results leaving the small-int range, bitwise
# operators on negatives, unary minus at the range's edge and `not`.
def divmod_table(xs, ys):
    rows = []
    for x in xs:
        row = []
        for y in ys:
            row.append((x // y, x % y))
        rows.append(row)
    return rows

xs = [-7, -6, -1, 0, 1, 6, 7, 2**47 - 1, -(2**47)]
ys = [-3, -1, 1, 2, 3, 2**46, -(2**47)]
for row in divmod_table(xs, ys):
    print(row)

def floordiv_edge(n):
    out = []
    x = -(2**47)
    for i in range(n):
        out.append(x // -1)
        out.append(x % -1)
        out.append(x // 1)
        x = x + 1
    return out

print(floordiv_edge(4))

def bits(n):
    a = -12345
    b = 987654
    out = []
    for i in range(n):
        out.append((a & b, a | b, a ^ b, a & -1, a | 0, a ^ -1))
        a = a * 3 + i
        b = b - 77777
    return out

for r in bits(8):
    print(r)

def inplace(n):
    x = 1000
    y = -37
    for i in range(n):
        x //= 3
        x += 1000
        y %= 11
        y -= 40
        x ^= 5
        x |= 2
        x &= 0xFFF
    return x, y

print(inplace(50))

def negate(vals):
    out = []
    for v in vals:
        out.append(-v)
        out.append(not (v > 0))
    return out

print(negate([1, -1, 0, 2**47 - 1, -(2**47), -(2**47) + 1, 5, 2**47]))

def not_loop(n):
    flag = True
    count = 0
    for i in range(n):
        flag = not flag
        if not flag:
            count += 1
    return flag, count

print(not_loop(101))

def count_mod(n, m):
    counts = [0] * m
    for i in range(-n, n):
        counts[i % m] += 1
    return counts

print(count_mod(50, 7))
print(count_mod(40, -1 + 6))

def collatz(limit):
    best = (0, 0)
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > best[1]:
            best = (start, steps)
    return best

print(collatz(3000))

def gcd_loop(pairs):
    out = []
    for a, b in pairs:
        while b:
            a, b = b, a % b
        out.append(a)
    return out

print(gcd_loop([(12, 18), (-12, 18), (12, -18), (2**46, 2**20 * 3), (17, 5), (0, 9), (2**70, 2**35)]))
