class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash(tuple(sorted(vars(self).items())))
class JsonishMixin:
    def to_pairs(self):
        return [(k, getattr(self, k)) for k in sorted(vars(self))]
class Point(ReprMixin, EqMixin, JsonishMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Named(ReprMixin, EqMixin):
    def __init__(self, name):
        self.name = name
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p.to_pairs(), len({p, Point(1, 2), Point(0, 0)}))
print(Named("x"), Named("x") == Named("x"), Named("x") == Point(1, 2), [c.__name__ for c in Point.__mro__])
