Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point({self.x})"})
p = Point()
p.x = 5
print(p.describe(), Point.__name__, type(p).__name__)
Sub = type("Sub", (Point,), {"y": 1})
s = Sub()
print(s.describe(), s.y, isinstance(s, Point), [c.__name__ for c in Sub.__mro__])
print(type(5), type(type(5)), type("a")("xyz"), type(3.0)("2.5"))
try:
    type("X", (5,), {})
except TypeError as e:
    print(type(e).__name__)
