class Shape:
    count = 0
    registry = []
    def __init__(self):
        Shape.count += 1
        type(self).registry.append(self)
class Circle(Shape):
    registry = []
class Square(Shape):
    registry = []
for _ in range(3):
    Circle()
Square()
Shape()
print(Shape.count, len(Circle.registry), len(Square.registry), len(Shape.registry))
print([type(s).__name__ for s in Shape.registry], type(Circle.registry[0]).__name__)
