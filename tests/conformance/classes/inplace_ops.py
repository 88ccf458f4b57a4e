class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
    def __repr__(self):
        return "Acc%r" % (self.items,)
a = Acc()
b = a
a += 1
a += 2
a -= 1
a *= 3
print(a, b, a is b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return "OnlyAdd(%d)" % self.v
x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)
class Weird:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
w = Weird()
w += 1
print(w)
class IAddNone:
    def __iadd__(self, o):
        return None
z = IAddNone()
z += 1
print(z)
