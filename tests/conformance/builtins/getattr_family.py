class P:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "y", "default"), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 2)
print(p.y, getattr(p, "y"))
delattr(p, "y")
print(hasattr(p, "y"))
setattr(P, "added", lambda self: "method added")
print(p.added())
print(getattr("abc", "upper")(), getattr([1, 2], "__len__")(), getattr(5, "real"))
try:
    getattr(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
for name in ["a", "b", "c"]:
    setattr(p, name, name.upper())
print([getattr(p, n) for n in "abc"], sorted(vars(p)))
