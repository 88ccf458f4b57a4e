for s in ("1", "1.0", "-1.5", "1e5", "1E-5", "inf", "-inf", "nan", "  3.5\n", "1_000.5", "0x10" if False else "16", ".5", "5.", "+2.5", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400"):
    print(repr(s), float(s))
for v in (1.0, 0.1, 1e22, 1e-7, 123456.0, 1.23e-45, 1e16, 9.999999999999999e22):
    print(str(v), repr(v), "%s" % v, "%r" % v, f"{v}", format(v), float(repr(v)) == v)
