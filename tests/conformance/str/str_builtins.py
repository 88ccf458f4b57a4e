print(str(), str(""), str(123), str(-1.5), str(True), str(b"x"), str([1]), str((1,)), str({1: 2}))
print(len(""), len("abc"), len("日本"), len("🐍🐍"), len("\n"))
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\\"), repr("\x1b[0m"))
print(str.lower("ABC"), str.__name__, type("") is str, isinstance("a", str), str("abc") is not None)
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, s.shout(), s + " there", type(s + "x").__name__, isinstance(s, str), len(s), s == "hi", s[0], type(s[0]).__name__)
print(S("b") < S("c"), sorted([S("b"), S("a")]), "h" in s, repr(s))
