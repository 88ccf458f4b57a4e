class Base:
    shared = "base-class"
    def who(self):
        return "Base.who"
class Child(Base):
    def __init__(self):
        self.inst = "instance"
c = Child()
print(c.shared, c.inst, c.who())
c.shared = "instance-shadow"
print(c.shared, Child.shared, Base.shared)
Base.shared = "changed-base"
print(Child.shared, c.shared)
del c.shared
print(c.shared)
c.who = lambda: "instance function"
print(c.who(), Child.who(c))
class Meta:
    def __getattr__(self, name):
        return "fallback:" + name
    real = "real"
m = Meta()
m.set_later = "set"
print(m.real, m.set_later, m.anything)
class Prop:
    @property
    def p(self):
        return "property wins"
pr = Prop()
pr.__dict__["p"] = "dict value"
print(pr.p)
class NonData:
    def m(self):
        return "method"
nd = NonData()
nd.__dict__["m"] = lambda: "instance dict wins"
print(nd.m())
