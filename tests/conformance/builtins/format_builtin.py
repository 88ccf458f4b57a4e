print(format(3.14159, ".2f"), format(42, "05d"), format("hi", ">5"), format(255, "x"), format(1e6, ",.1f"))
print(format(0.5, "%"), format(-3, "+d"), format(12, "b"), format(True), format(None), format([1, 2]), format(123))
print(format("é", "^5"), format(10**20, ","), format(-0.0), format(1.0), format(2.5e-7, ".3g"))
try:
    format(1, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
