class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, E) and self.v == other.v
    __hash__ = None
l = [E(1), E(2), E(3)]
print(E(2) in l)
print(l.index(E(3)))
print(l.count(E(1)))
x = l[0]
print(x in l)
l.remove(E(2))
print(len(l))
print([E(5)] == [E(5)])
nan = float("nan")
print(nan in [nan], [nan] == [nan], [float("nan")] == [float("nan")])
