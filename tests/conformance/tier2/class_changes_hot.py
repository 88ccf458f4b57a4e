# Class attributes and methods replaced, and instance attributes added and
# deleted (shape changes), while hot loops read and write them.
class Point:
    scale = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

def walk(p, n):
    out = []
    for i in range(n):
        out.append(p.norm1() * Point.scale + p.x)
        p.x = p.x + 1
        if i == 6:
            Point.scale = 10
        if i == 12:
            Point.norm1 = lambda self: self.x * self.y
        if i == 18:
            p.norm1 = lambda: -1
        if i == 24:
            del p.norm1
            del Point.scale
            Point.scale = 0.5
    return out

print(walk(Point(1, 2), 30))

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n

def use_counter(n):
    c = Counter()
    out = []
    for i in range(n):
        out.append(c.inc())
        if i == 10:
            Counter.inc = lambda self: self.n
        if i == 15:
            def inc2(self):
                self.n += 100
                return self.n
            Counter.inc = inc2
    return out

print(use_counter(20))

class Bag:
    pass

def shapes(n):
    b = Bag()
    b.a = 1
    out = []
    for i in range(n):
        out.append(b.a)
        b.a = b.a + 1
        if i == 5:
            b.b = "new"
        if i == 9:
            del b.a
            b.a = 100
        if i == 13:
            del b.b
        if i == 17:
            b.__dict__["c"] = 3
        if i % 4 == 0:
            out.append(sorted(vars(b)))
    return out

print(shapes(22))

def deleted_attr(n):
    b = Bag()
    b.v = 0
    out = []
    for i in range(n):
        try:
            out.append(b.v)
            b.v = b.v + 2
        except AttributeError as e:
            out.append(str(e))
            b.v = -i
        if i % 6 == 5:
            del b.v
    return out

print(deleted_attr(20))

def many_instances(n):
    objs = []
    for i in range(n):
        o = Bag()
        if i % 3 == 0:
            o.x = i
            o.y = i * 2
        elif i % 3 == 1:
            o.y = i * 3
            o.x = i
        else:
            o.x = i
        objs.append(o)
    total = 0
    for o in objs:
        total += o.x
        if hasattr(o, "y"):
            total += o.y
    return total

print(many_instances(60))

class Base:
    def f(self):
        return "base"
class Derived(Base):
    pass

def mro_change(n):
    d = Derived()
    out = []
    for i in range(n):
        out.append(d.f())
        if i == 4:
            Derived.f = lambda self: "derived"
        if i == 8:
            del Derived.f
        if i == 11:
            Base.f = lambda self: "base2"
    return out

print(mro_change(14))

class Slotty:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2

def slots_loop(n):
    s = Slotty()
    out = []
    for i in range(n):
        s.a = s.a + s.b
        out.append(s.a)
        if i == 6:
            del s.b
            s.b = -1
    return out

print(slots_loop(12))

class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10

def prop_loop(n):
    p = Prop()
    out = []
    for i in range(n):
        out.append(p.v)
        p._v += 1
        if i == 5:
            Prop.v = property(lambda self: -self._v)
    return out

print(prop_loop(10))
