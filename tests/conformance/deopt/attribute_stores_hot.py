class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
ps = [Particle(float(i), 1.0 - i * 0.01) for i in range(50)]
for step in range(100):
    for p in ps:
        p.x += p.v * 0.1
        if p.x > 10:
            p.v = -p.v
            p.x = 10 - (p.x - 10)
print(round(sum(p.x for p in ps), 6), round(sum(p.v for p in ps), 6))
ps[3].x = "not a float"
try:
    for p in ps:
        p.x += p.v
except TypeError as e:
    print(type(e).__name__, e)
class Slotless:
    pass
objs = [Slotless() for _ in range(20)]
for i, o in enumerate(objs):
    o.a = i
    if i % 2:
        o.b = i * 2
    o.c = o.a + getattr(o, "b", 0)
print([o.c for o in objs], sum(len(vars(o)) for o in objs))
