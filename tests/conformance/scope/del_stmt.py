x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[-1]
del l[1:3]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
try:
    del o.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
