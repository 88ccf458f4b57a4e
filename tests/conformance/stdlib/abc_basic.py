# abc: abstract methods block instantiation with CPython 3.11's message; registration.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return '%s with area %s' % (self.name(), self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return 'square'


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(2), Shape), issubclass(Square, Half), type(Shape) is ABCMeta)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)


class Impl(Base):
    value = 5

    @classmethod
    def make(cls):
        return cls()


print(Impl.make().value)


class Duck(ABC):
    pass


Duck.register(int)
print(isinstance(3, Duck), issubclass(bool, Duck), isinstance('x', Duck), issubclass(str, Duck))


class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented


class Q:
    def quack(self):
        pass


print(isinstance(Q(), Hook), isinstance(1, Hook))
