class A:
    def __init__(self):
        self.x = 1
a = A()
print(object.__eq__(a, a), object.__ne__(a, a), object.__eq__(a, 1), type(object.__hash__(a)).__name__)
print(a.__class__ is A, a.__dict__, A.__init__ is not object.__init__, hasattr(object, "__dict__") and "__init__" in dir(object))
print(isinstance(object(), object), type(object()).__name__, object.__bases__, object.__mro__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print("x" in dir(a), "__init__" in dir(a), sorted(n for n in dir(A) if not n.startswith("_")))
print(str(o).startswith("<object object at 0x"), object.__str__(a) == object.__repr__(a))
