class MyInt(int):
    def double(self):
        return MyInt(self * 2)
    def __repr__(self):
        return "MyInt(%d)" % int(self)

m = MyInt(21)
print(m, repr(m), m.double(), m + 1, type(m + 1).__name__, type(m.double()).__name__)
print(isinstance(m, int), isinstance(m, MyInt), m == 21, hash(m) == hash(21))
print(int(m), type(int(m)).__name__, m * 2, m // 4, -m, abs(MyInt(-3)))
class Color(int):
    names = {}
    def __new__(cls, value, name):
        obj = int.__new__(cls, value)
        obj.name = name
        return obj
    def __str__(self):
        return self.name
r = Color(1, "red")
g = Color(2, "green")
print(r, g, r + g, r < g, str(r), int(r), [str(c) for c in sorted([g, r])])
print(sum([MyInt(1), MyInt(2), MyInt(3)]), max(MyInt(5), MyInt(9)))
