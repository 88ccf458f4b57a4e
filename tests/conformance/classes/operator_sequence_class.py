class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __iter__(self):
        return iter(self.xs)
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vector) and self.xs == o.xs
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self) ** 0.5
    def __contains__(self, v):
        return v in self.xs
    def __repr__(self):
        return f"Vector{tuple(self.xs)}"
    def __bool__(self):
        return any(self.xs)
v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v * 2, 3 * v, -v, abs(Vector(3, 4)), len(v), v[1], v[-1], v[1:], list(v), 2 in v, 7 in v)
v[0] = 10
print(v, v == Vector(10, 2, 3), v != w, bool(Vector(0, 0)), bool(v), sum(v), max(v), sorted(w, reverse=True))
print([x * 2 for x in w], dict(zip("abc", w)), Vector(*range(5))[::2])
