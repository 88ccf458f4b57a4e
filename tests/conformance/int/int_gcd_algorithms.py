def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (2**64, 2**40 * 3), (-48, 18), (48, -18), (0, 9), (123456789012345678, 987654321)]
for a, b in pairs:
    g, x, y = egcd(a, b)
    print(a, b, gcd(a, b), g, a * x + b * y == g)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in (0, 1, 15, 16, 17, 10**20, 2**101):
    print(n, isqrt(n))
print(pow(2, 10**5, 10**9 + 7), pow(3, 2**70, 97))
