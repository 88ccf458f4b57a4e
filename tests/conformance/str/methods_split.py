cases = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a\tb\nc\r\nd\x0be\x0cf", "a,b,,c,", ",a,"]
for c in cases:
    print(repr(c), c.split(), c.split(" "), c.split(","), c.split(None, 1), c.rsplit(None, 1), c.split(",", 1), c.rsplit(",", 1))
print("1,2,3".split(",", 0), "1,2,3".split(",", -1), "a::b::c".split("::"), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "x\n\ny\n".splitlines(True), "".splitlines(), "no newline".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print(" x ".strip(), "xxhixx".strip("x"), "  hi".lstrip(), "hi  ".rstrip(), "abcba".strip("ab"), "\t\n hi \n".strip(), "hello".lstrip("hel"), "hello".rstrip("lo"))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("na", ""), "aaa".replace("a", "aa"), "abc".replace("", "-"), "abc".replace("x", "y"))
print("www.example.com".removeprefix("www."), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
