for a in (0, 1, 5, -5, 255, -256, 2**70 + 3, -(2**70) - 3):
    for b in (0, 1, 3, -1, -6, 2**65):
        print(a, b, a & b, a | b, a ^ b)
    print("~", a, ~a)
for s in (0, 1, 7, 31, 63, 64, 100):
    print(s, 1 << s, -1 << s, (2**100) >> s, (-(2**100)) >> s, -7 >> s)
print(13 >> 1, -13 >> 1, -1 >> 100, 1 >> 100)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
x = 0b1010
x |= 0b0101
x &= 0b1100
x ^= 0b0001
x <<= 3
x >>= 1
print(x, bin(x))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length())
