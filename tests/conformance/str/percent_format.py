print("%s and %s" % ("a", "b"), "%d%%" % 50, "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%c%c" % (65, "z"))
print("%r %s" % ("quote's", "x"), "%a" % "héllo", "%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%x %X %o %#x %#o %e %E %g" % (255, 255, 8, 255, 8, 1234.5, 0.00012, 1e-7))
print("%5.1f|%-8.3f|%+d|% d|%05.1f" % (3.14159, 2.5, 5, 7, -2.5))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%d" % True, "%s" % 1.0, "%d" % 3.99, "%i" % -2.5)
print("%s" % {"a": 1}, "%s" % ((1, 2),), "no args" % ())
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", {}), ("%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%10.4s|" % "abcdefg", "%-10r|" % "x", "%3c|" % "q")
print("%.0f %.1f %.3e" % (2.5, 0.05, 123456))
