a = 3 ** 500
b = 7 ** 300
print(a % b, a // b % 10**20, (a * b) % (10**9 + 7), len(str(a * b)))
print(a.bit_length(), (a - 1) & (a + 1) == a * a - 1 if False else (a ^ b) % 1000, (a | b) % 997, (a & b) % 991)
print(-a // b % 10**10, -a % b % 10**10, divmod(-a, b)[1] == -a % b)
print(pow(a, b, 10**9 + 9), pow(2, 10**4) % 10**12, pow(-a, 3) < 0)
print(a > b, -a < -b, a == 3 ** 500, a != a + 1, abs(-a) == a, (a << 100) >> 100 == a, (-a) >> 1000)
print(str(2**4000)[:30], str(2**4000)[-30:], len(str(2**4000)))
print(int("7" * 500) % 1000007, hex(2**200)[:20], bin(2**70)[-5:], oct(-(2**65)))
s = 0
for i in range(200):
    s += (-1) ** i * 10 ** i
print(s % 10**15, s < 0)
