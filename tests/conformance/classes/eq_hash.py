class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
print(P(1) == P(1), P(1) != P(2), P.__hash__ is None)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)
class H(P):
    def __hash__(self):
        return hash(self.x)
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, H(3) in s, {H(5): "five"}[H(5)])
class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, hash(d1) == hash(d1), len({d1, d2, d1}))
class Ident:
    def __hash__(self):
        return 7
print(hash(Ident()), len({Ident(), Ident()}))
class Child(H):
    def __eq__(self, o):
        return True
print(Child.__hash__ is None, H.__hash__ is not None)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class NegHash:
    def __hash__(self):
        return -1
print(hash(NegHash()))
