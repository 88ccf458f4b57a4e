# Comparing ranges of different lengths must not iterate them.
print(range(2147483132) == range(-10))
print(range(0, 10**12, 3) == range(0, 10**12, 3), range(5) != range(2**40))
