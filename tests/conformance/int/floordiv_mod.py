vals = [0, 1, -1, 5, -5, 17, -17, 100, -100, 2**40, -(2**40)]
divs = [1, -1, 2, -2, 3, -3, 7, -7, 1000, -1000]
for a in vals:
    row = []
    for d in divs:
        q, r = a // d, a % d
        assert q * d + r == a
        row.append("%d/%d" % (q, r))
    print(a, " ".join(row))
for a, b in [(7, 2.5), (-7, 2.5), (7, -2.5), (-7.5, -2), (0.0, 3), (-0.0, 3), (1e300, 1e-300)]:
    print(a, b, a // b, a % b)
print(5 % -3, -5 % 3, 5.0 % -3, -5.0 % 3)
print(divmod(-9, 4), divmod(9, -4), divmod(-9.0, 4), divmod(9.5, -4))
