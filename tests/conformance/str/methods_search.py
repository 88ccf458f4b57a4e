s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 32), s.find("cat"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 40), s.rfind("zzz"), s.index("fox"), s.rindex("o"))
print(s.count("the"), s.count("o"), s.count(""), s.count("o", 20), s.count("o", 5, 15), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("end"), s.endswith(("x", "nd")), s.endswith("the", 0, 34))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
print("abcabc".find("c", -2), "abcabc".find("c", -100, -3), "héllo".find("l"), "日本語".index("語"))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("x".join(["a", "b", "c"]), ", ".join([]), "".join(["solo"]), "-".join("abc"), " ".join(str(i) for i in range(5)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
