import math
class F(float):
    def __new__(cls, v, tag="t"):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
    def half(self): return self / 2
    def __repr__(self): return "F(%s)" % float.__repr__(self)
f = F(2.5, "hi")
print(f, f.tag, f.half(), type(f.half()).__name__, f + 1, type(f + 1).__name__, f * f, str(f), repr(f))
print(isinstance(f, float), f == 2.5, hash(f) == hash(2.5), int(f), round(f), f.is_integer(), f.hex(), float(f), type(float(f)).__name__)
print(f > 2, f < 3, -f, type(-f).__name__, abs(f), f.real, f.imag, math.floor(f), math.sqrt(F(4.0)), "%.2f" % f, f"{f:.3f}", format(f, "g"))
class G(float): pass
g = G(1.5)
print(g, repr(g), type(g).__name__, g.as_integer_ratio(), sorted([G(3), 1.0, G(2)]), max(G(3), 2), [g] == [1.5], {g: 1}[1.5])
class H(float):
    def __str__(self): return "H!"
    def __add__(self, o): return "added"
h = H(7)
print(h, repr(h), h + 1, 1 + h, h - 1, [h], h == 7.0, h.__class__.__name__)
