rows = [("alpha", 1, 1.5), ("beta", 22, -0.25), ("gamma", 333, 1e6)]
for name, n, x in rows:
    print("%-8s|%5d|%-5d|%05d|%+.3f|%10.2e|%g|%s" % (name, n, n, n, x, x, x, x))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25})
print("%s%%" % 50, "%%d", "%c" % 10004, "%5.1s|" % "hello", "%x|%o|%#X" % (3054, 64, 48879))
print("%3d|%-3d|%03d" % (-5, -5, -5), "% 05.1f" % 3.14159, "%.0e" % 12345.0, "%#.0f" % 2.0)
print("%s %s" % ("tuple", ("inside",)), "%r" % ((1, 2),), "%d items" % len([1, 2, 3]))
