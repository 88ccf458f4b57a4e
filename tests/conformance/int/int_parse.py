print(int("42"), int("-42"), int("  17  "), int("+5"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("777", 8), int("101", 2), int("12", 3))
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(int(3.99), int(-3.99), int(True), int(1e20), int("0"), int("-0"))
print(int("0", 0), int("00", 10), int("10", 0))
for bad, base in [("abc", 10), ("", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("1__0", 10), ("_1", 10), ("08", 0), (" ", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int("  -0x1f  ", 16), int("0X1F", 0))
