class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both!"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"
class OnlyStr:
    def __str__(self):
        return "only-str"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s, str(b), repr(b), str(r), [b, r], (b,), {"k": b}, f"{b} {b!r} {r}", "%s %r" % (b, b), "{}".format(r))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"), str(s))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Rec:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"Rec({self.items!r})"
print(Rec([Rec("a"), Rec(1.5)]), str(Rec(None)))
print(repr(Both), str(int), repr(type), repr(OnlyRepr))
