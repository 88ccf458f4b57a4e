# Numeric loops where results depend on exact IEEE semantics.
def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s
print(harmonic(10), harmonic(1000), harmonic(5000))
def leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s
print(leibniz(1000), leibniz(10000))
x = 1.0
for i in range(60):
    x /= 3.0
print(x)
for i in range(60):
    x *= 3.0
print(x)
y = 0.5
for i in range(30):
    y = 3.9 * y * (1 - y)
print(y)
a, b = 1.0, 0.0
for i in range(100):
    a, b = a * 0.99 - b * 0.01, b * 0.99 + a * 0.01
print(a, b)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
