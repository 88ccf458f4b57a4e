class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), vs[1] == vs[4], vs[1] != vs[2], vs[0] > vs[1], vs[3] >= vs[3])
print(len(set(vs)), Version("2.0") in vs, vs.index(Version("1.2.1")))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b, b > a)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
class NoCmp:
    pass
print(NoCmp() == NoCmp(), NoCmp() != NoCmp())
n = NoCmp()
print(n == n, n != n)
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(type(e).__name__, e)
class EqAll:
    def __eq__(self, o):
        return True
print(EqAll() == 5, 5 == EqAll(), EqAll() != 3, [1, EqAll()].count(7))
class Rev:
    def __gt__(self, o):
        return "Rev.gt"
print(1 < Rev())
