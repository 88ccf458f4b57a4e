# Objects of one class with differing attribute sets flowing through one hot function.
class P:
    def __init__(self, x):
        self.x = x
def get_x(objs):
    total = 0
    for o in objs:
        total += o.x
    return total
objs = [P(i) for i in range(50)]
print(get_x(objs))
objs[10].y = 5
objs[20].__dict__["z"] = 1
del objs[30].x
objs[30].x = 1000
print(get_x(objs))
class Q:
    x = 7
objs.append(Q())
print(get_x(objs))
class R:
    @property
    def x(self):
        return -1
objs.append(R())
print(get_x(objs))
P.x = property(lambda self: 1)
try:
    print(get_x(objs))
except AttributeError as e:
    print(type(e).__name__, e)
print(get_x([Q()] * 10))
