class Base:
    def __init__(self, *args):
        self.log = ["Base"]
        self.args = args
    def greet(self, x):
        return "base " + x
    @classmethod
    def create(cls):
        return cls.__name__ + " created"
class Mid(Base):
    def __init__(self, *args):
        super().__init__(*args)
        self.log.append("Mid")
    def greet(self, x):
        return "mid " + super().greet(x)
    @classmethod
    def create(cls):
        return "mid/" + super().create()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
        self.log.append("Leaf")
    def greet(self, x):
        return "leaf " + super(Leaf, self).greet(x)
l = Leaf()
print(l.log, l.args, l.greet("hi"), Leaf.create(), super(Mid, l).greet("x"))
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f>" + super().f()
class C(A):
    def f(self):
        return "C.f>" + super().f()
class D(B, C):
    def f(self):
        return "D.f>" + super().f()
print(D().f(), super(B, D()).f(), super(C, D()).f())
class Ctr:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCtr(Ctr):
    pass
Ctr(); SubCtr(); SubCtr()
print(Ctr.count, SubCtr.count)
