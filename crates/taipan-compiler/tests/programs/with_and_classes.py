class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", True):
    raise ValueError("suppressed")
print("after suppress")
try:
    with CM("x"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

def in_loop():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 2:
                return "ret"
print(in_loop())

class Base:
    def hello(self):
        return "base hello"
    @classmethod
    def make(cls):
        return cls()

class Child(Base):
    """Child doc."""
    kind: str = "child"
    def hello(self):
        return "child+" + super().hello()
    def klass(self):
        return __class__.__name__
    def __repr__(self):
        return f"Child({self.kind!r})"

c = Child.make()
print(c.hello(), c.klass(), repr(c), Child.__doc__, Child.__annotations__, Child.__qualname__)
print(Child.hello.__qualname__, [m for m in dir(c) if not m.startswith("__")])

class Private:
    __secret = 42
    def reveal(self):
        return self.__secret
print(Private().reveal(), hasattr(Private, "_Private__secret"))

def make_class(v):
    class Inner:
        value = v
        def get(self):
            return v
        doubled = [value * 2 for _ in range(2)] if False else None
    return Inner
K = make_class(7)
print(K.value, K().get(), K.__qualname__)

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return (tag, fn(*a, **k))
        return inner
    return wrap

@deco("outer")
@deco("inner")
def add(a, b=2, *rest, scale=1, **extra):
    return (a + b) * scale, rest, extra
print(add(1), add(1, 3, 4, 5, scale=2, z=9))
args = [1, 2]
kw = {"scale": 3}
print(add(*args, **kw), add(*args, 7, *args, **kw, q=1))
try:
    add(1, **{"scale": 1}, scale=2)
except TypeError as e:
    print("TypeError", e)
