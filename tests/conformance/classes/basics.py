class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, p.moved(1, 1).x, Point.__name__, Point.__doc__)
p.z = 5
print(p.z, hasattr(p, "z"), hasattr(Point, "z"), sorted(p.__dict__.items()))
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object), Point.__module__)
print(Point.norm2(p), getattr(p, "x"), getattr(p, "nope", None))
setattr(p, "x", 100)
print(p.x)
delattr(p, "z")
print(hasattr(p, "z"))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__, Empty.__mro__)
