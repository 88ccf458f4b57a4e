for w in ["a", "abc", "hello world", ""]:
    print("[" + w.center(9) + "]", "[" + w.ljust(7, "*") + "]", "[" + w.rjust(7, ".") + "]", "[" + w.center(8, "-") + "]", w.zfill(5))
print("42".zfill(6), "-42".zfill(6), "+42".zfill(6), "abc".zfill(2), "".zfill(3), "-".zfill(4))
print("a\tb\tc".expandtabs(), "a\tbc\tdef".expandtabs(4), "12345\t1".expandtabs(4), "x\ty".expandtabs(0))
print("abc".center(6), "[" + "abc".center(6) + "]", "[" + "ab".center(5) + "]", "[" + "abc".center(4) + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
