class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() == B())
print(A() != B())
class L:
    def __lt__(self, o):
        print("L.lt")
        return NotImplemented
class G:
    def __gt__(self, o):
        print("G.gt")
        return True
print(L() < G())
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), 1 + Sub())
class NI:
    def __add__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(type(e).__name__, e)
