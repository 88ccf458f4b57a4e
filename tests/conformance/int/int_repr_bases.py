for n in (0, 1, -1, 7, 8, 255, -255, 4096, 2**64, -(2**64) + 1, 123456789):
    print(n, hex(n), oct(n), bin(n), repr(n), str(n))
print(0x10, 0o10, 0b10, 1_000, 0xdead_beef)
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"), format(255, "#x"), format(255, "#o"), format(255, "#b"))
print(format(-255, "#X"), format(1234567, ","), format(1234567, "_"), format(1234567, "_x"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+d"), format(42, " d"), format(42, "<6d") + "|", format(42, "^7d") + "|", format(42, "=+8d"))
print("%d %i %x %X %o %5d|%-5d|%05d %+d" % (42, 42, 255, 255, 8, 3, 3, 3, 3))
print(str(10**30), len(str(2**1000)))
print(format(10**25, ","), format(-10**25, "_"))
