# Accumulations that cross the small-int boundary inside loops.
total = 0
for i in range(200):
    total += i * i * i * 1000003
print(total)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x, x % 1000000007)
y = 2**60
for i in range(10):
    y += y
    print(i, y, y >> 61)
fib = [0, 1]
for i in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150], fib[150] % 10**9)
acc = -1
for i in range(70):
    acc *= -2
print(acc)
z = 10**30
while z > 1:
    z //= 7
print(z)
n = 0
for i in range(-50, 50):
    n ^= i * 2654435761
print(n)
