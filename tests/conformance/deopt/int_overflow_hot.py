# A hot loop that walks small ints past the 48/63/64-bit boundaries into big ints and back.
def grow(x, steps):
    seen = []
    for i in range(steps):
        x = x * 2 + 1
        if i % 10 == 9:
            seen.append(x.bit_length())
    return x, seen
print(grow(1, 80))
print(grow(-1, 80))
def shrink(x):
    n = 0
    while x:
        x >>= 3
        n += 1
    return n
print(shrink(2**200), shrink(-1 if False else 2**47), shrink(2**64 - 1))
acc = 0
for i in range(2000):
    acc += i * 1_000_000_007
    if acc > 2**50:
        acc -= 2**50 + 12345
print(acc)
x = 2**62
for i in range(5):
    x += 2**61
    print(x, x - 2**63, type(x).__name__)
m = -(2**63)
for i in range(3):
    m -= 1
    print(m, m // 3, m % 7)
