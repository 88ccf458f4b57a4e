vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-10, 1e20, 2.5, 0.125, 12345.6789]
for v in vals:
    print(format(v, ".2f"), format(v, ".0f"), format(v, "e"), format(v, ".3e"), format(v, "g"),
          format(v, ".3g"), format(v, "10.3f"), format(v, "<10.2f") + "|", format(v, "+.1f"), format(v, "%"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.5, ".0%"), format(-0.0, ".1f"))
print(format(float("inf"), ".2f"), format(float("nan"), "e"), format(float("-inf"), "g"))
print(format(1.5, "08.2f"), format(-1.5, "08.2f"), format(1.5, "^9.1f") + "|", format(1.5, "*>9.1f"))
print(format(1e16, ""), format(1e16, "g"), format(1e-5, "g"), format(0.0001, "g"), format(123456789.0, "g"))
print(format(2.5), format(3.0), format(1e100), format(1.0, ".10g"), format(0.1, ".20f"))
print("%.3f %e %g %10.4f %-10.2f| %+.2e %G %E" % (3.14159, 31415.9, 0.00001234, 2.5, 2.5, 12345.678, 1e-10, 1.5))
print("%f %F %.0f %.0f %.0f %.0f" % (1.5, 2.5, 0.5, 1.5, 2.5, -0.5))
print(format(123.456, "10"), format(123.456, "<10") + "|", format(1e-7, ".2g"), format(1e20, ",.0f"))
print(format(0.000123, ".2e"), format(99999.5, ".0f"), format(9.9999, ".3g"), format(1.0, "#g"), format(100.0, "#.3g"))
