# Arbitrary precision arithmetic across the small/big boundary.
a = 2**62
b = 2**63
c = 2**64
print(a, b, c, a + a == b, b * 2 == c)
print(c - 1, -(c - 1), c * c, (c * c) // c == c)
x = 1
for i in range(1, 60):
    x *= i
print("59! =", x)
print(x // 10**30, x % 10**30)
print(x.bit_length(), (-x).bit_length())
print(123456789012345678901234567890 + 987654321098765432109876543210)
print(123456789012345678901234567890 - 987654321098765432109876543210)
print(123456789012345678901234567890 * -987654321098765432109876543210)
n = 10**40 + 7
print(n // 3, n % 3, -n // 3, -n % 3)
print(divmod(n, -12345), divmod(-n, 12345))
print(2**100 == 2**100, 2**100 < 2**101, -2**100 < 2**10)
print(abs(-2**80), -(-2**80))
print(int(2**53) + 1, float(2**53 + 1))
print(sum(range(10**6)) * 10**12)
for k in (47, 48, 49, 62, 63, 64, 65):
    v = 2**k
    print(k, v - 1, v, v + 1, -v, (v - 1) * (v + 1) == v * v - 1)
print((2**200 + 1) % 1000007, pow(3, 200) % 2**61)
print(0 * 2**100, 2**100 - 2**100, type(2**100 - 2**100).__name__)
print(10**50 // 10**49, 7**77 // 7**76)
