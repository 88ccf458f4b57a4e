vals = [0, 1, 2**31 - 1, 2**31, 2**63 - 1, 2**63, 2**100 + 12345, -(2**77)]
for v in vals:
    h, o, b = hex(v), oct(v), bin(v)
    print(h, int(h, 16) == v, int(o, 8) == v, int(b, 2) == v, int(h, 0) == v)
for base in range(2, 37):
    s = "10"
    print(base, int(s, base), int("z" if base == 36 else "1", base))
