d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[2] = "two"
d[(1, 2)] = "tuple"
d[frozenset([1, 2])] = "fs"
d[None] = "none"
d["s"] = "str"
d[b"b"] = "bytes"
print(d[2.0], d[(1, 2)], d[frozenset([2, 1])], d[None], d["s"], d[b"b"], len(d))
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%r)" % self.v
e = {K(1): "a", K(2): "b"}
e[K(1)] = "c"
print(e, e[K(2)], K(3) in e)
class Bad:
    __hash__ = None
for key in ([1], {1: 2}, {1}, Bad()):
    try:
        {key: 1}
    except TypeError as err:
        print(type(err).__name__, err)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
c = {Collide(i): i for i in range(20)}
print(len(c), c[Collide(13)], list(c)[:5])
del c[Collide(3)]
print(len(c), Collide(3) in c, Collide(4) in c)
