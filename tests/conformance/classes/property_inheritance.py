class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class Doubling(Base):
    @Base.v.setter
    def v(self, x):
        self._v = 2 * x
class ReadOnly(Base):
    @property
    def v(self):
        return "ro:" + str(self._v)
d = Doubling()
d.v = 5
print(d.v)
r = ReadOnly()
print(r.v)
try:
    r.v = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
c = Computed(3, 4)
print(c.area, c.perimeter)
c.w = 10
print(c.area, c.perimeter, isinstance(Computed.area, property))
class Cached:
    def __init__(self):
        self.computations = 0
    @property
    def value(self):
        if "_cache" not in self.__dict__:
            self.computations += 1
            self._cache = 42
        return self._cache
k = Cached()
print(k.value, k.value, k.computations)
