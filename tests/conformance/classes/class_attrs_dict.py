class A:
    x = 1
    def m(self):
        return "m"
class B(A):
    y = 2
print("x" in A.__dict__, "x" in B.__dict__, "y" in B.__dict__, B.x, B.y)
print(sorted(k for k in A.__dict__ if not k.startswith("__")), sorted(k for k in B.__dict__ if not k.startswith("__")))
b = B()
b.z = 3
print(b.__dict__, vars(b), b.__class__.__name__, b.__class__.__bases__[0].__name__)
b.__dict__["w"] = 4
print(b.w, vars(b))
A.new_method = lambda self: "added later"
print(b.new_method(), hasattr(B, "new_method"))
del A.new_method
print(hasattr(b, "new_method"))
print(A.__name__, A.__qualname__, B.__mro__[1] is A, A.__base__ is object if hasattr(A, "__base__") else True)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
def add_attr(cls):
    cls.tag = "tagged"
    return cls
@add_attr
class T:
    pass
print(T.tag, T().tag)
