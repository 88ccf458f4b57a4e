print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(type).__name__, type(len).__name__)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(0) == hash(0.0) == hash(False))
print(hash(-1) == hash(-1.0), hash(10**20) == hash(float(10**20)), hash(0.5) == hash(0.5), hash(None) == hash(None))
print(type(hash("x")).__name__, type(id(a)).__name__)
x = 5
print(id(x) == id(x), type(x)(7), type("s")(3), type([])("ab"))
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
