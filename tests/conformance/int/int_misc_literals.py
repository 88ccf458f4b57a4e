print(0, 00, 0_0, 1_2_3, 0b_1010, 0o_777, 0x_FF)
print(-0, +5, - -5, -+-5, ~0, ~~5)
print(9999999999999999999999999999, -9999999999999999999999999999)
print(int.__doc__ is not None, (5).__class__.__name__)
print(1 if 0 else 2, 0 or 3, 4 and 0, 0 and 1, 5 or 0)
print(bool(0), bool(-1), bool(2**100), bool(0 * 2**100))
a = b = 7
a += 1
print(a, b)
print(3 .__add__(4), (3).__mul__(5))
print(max(range(10**6, 10**6 + 5)), min(-3, -2**70))
