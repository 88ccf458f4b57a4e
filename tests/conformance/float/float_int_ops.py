print(2**0.5, 10**0.5, 2**-0.5, 9**0.5, 1e2**2)
print(3 * 1.5, 3 + 0.5, 3 - 0.5, 3 / 1.5, 3 // 1.5, 3 % 1.5, 3 ** 1.5)
print(2**63 + 0.5, 2**64 * 1.0, 10**20 + 0.0, float(2**70) == 2**70)
print(1.0 * 10**300 * 10**8, 2**1023 * 2.0 if False else "skip")
try:
    print(2**1024 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(2**2000 // 3 % 1000, (2**2000 + 1) / 2**1999)
print(7 // 0.5, -7 // 0.5, 7 % 0.75, -7 % 0.75)
print(True + 0.5, False * 2.5, 5 / True)
