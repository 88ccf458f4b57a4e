vals = [1, -2.5, "s", "it's", 'q"q', None, True, [1, "a"], (1,), (), {1: "x"}, {1}, frozenset(), set(), b"b", range(3), 1e16, float("nan")]
for v in vals:
    print(repr(v), str(v), ascii(v))
print(repr("é日"), ascii("é日"), ascii(["é"]), str(b"\xe9"))
class R:
    def __repr__(self):
        return "R()"
print(repr([R(), R()]), str((R(),)), repr({"k": R()}))
