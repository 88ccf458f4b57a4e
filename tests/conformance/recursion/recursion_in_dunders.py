class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print(type(e).__name__)
class Get:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Get().a
except RecursionError as e:
    print(type(e).__name__)
l = []
l.append(l)
print(l, repr(l))
d = {}
d["self"] = d
print(d)
nested = []
cur = nested
for _ in range(100):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested)[:30], len(str(nested)))
print("ok")
