print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate(str.maketrans("abc", "xyz")), str.maketrans("ab", "cd") == {97: 99, 98: 100})
print("abc".maketrans({"a": "1"}), "hello world".translate(str.maketrans("", "", "lo")))
print("Hello".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), b"h\xc3\xa9".decode("utf-8"), b"abc".decode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("{} is {}".format("x", 1), "a{}b".format(""), str.upper("q"), str.join("-", ["a", "b"]))
print("Mississippi".count("ss"), "  x  ".isspace(), "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("c"))
print("abc".__eq__("abc"), "a".__lt__("b"), "ab".__mul__(2), hash("abc") == hash("ab" + "c"))
