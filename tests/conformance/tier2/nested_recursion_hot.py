# Nested hot loops (inner loops exit the outer trace), recursion inside hot
# loops (calls pushing frames from traces) and loops inside recursive calls.
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c

a = [[i * 3 + j - 4 for j in range(5)] for i in range(4)]
b = [[(i - j) * 2 for j in range(3)] for i in range(5)]
for row in matmul(a, b):
    print(row)
fa = [[x * 0.5 for x in row] for row in a]
for row in matmul(fa, b):
    print(row)

def triangle(n):
    count = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            if (i + j) % 3 == 0:
                count += 1
            j += 1
        i += 1
    return count

print(triangle(120))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_loop(n):
    out = []
    for i in range(n):
        out.append(fib(i))
    return out

print(fib_loop(20))

def ackermann(m, n):
    while m > 0:
        if n == 0:
            n = 1
        else:
            n = ackermann(m, n - 1)
        m -= 1
    return n + 1

print([ackermann(2, k) for k in range(8)], ackermann(3, 3))

def depth(n):
    total = 0
    for i in range(n):
        total += i
    if n > 0:
        total += depth(n - 1)
    return total

print(depth(60))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

def many_hanoi(k):
    counts = []
    for n in range(k):
        moves = []
        hanoi(n, "a", "c", "b", moves)
        counts.append(len(moves))
    return counts, moves[:5]

print(many_hanoi(11))

def break_continue(n):
    out = []
    for i in range(n):
        if i % 7 == 0:
            continue
        for j in range(i):
            if j * j > i:
                break
            if j % 2:
                continue
            out.append(i * 100 + j)
        if len(out) > 60:
            break
    return out

print(break_continue(100))

def loop_else(n):
    primes = []
    for c in range(2, n):
        for d in range(2, c):
            if d * d > c:
                primes.append(c)
                break
            if c % d == 0:
                break
        else:
            primes.append(c)
    return primes

print(loop_else(120))

def deep_recursion_error(n):
    def down(k):
        return down(k + 1)
    hits = 0
    for i in range(n):
        try:
            down(0)
        except RecursionError:
            hits += 1
    return hits

print(deep_recursion_error(3))
