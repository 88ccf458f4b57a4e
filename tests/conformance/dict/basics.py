d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], list(d), list(d.keys()), list(d.values()), list(d.items()))
d["d"] = 4
d["a"] = 10
print(d)
del d["b"]
print(d, "b" in d, "c" in d, d.get("b"), d.get("b", 0), d.get("c", 0))
d["b"] = 20
print(d, list(d)[-1])
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict(zip("abc", range(3))))
print({}, {1: "one", 2: "two"}, {(1, 2): [3], None: None, 1.5: "f", True: "t"})
e = {i: i * i for i in range(6)}
print(e, {k: v for k, v in e.items() if v % 2 == 0}, {v: k for k, v in e.items()})
print(d == {"c": 3, "a": 10, "d": 4, "b": 20}, d != {}, {1: 2} == {1: 2.0})
try:
    d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
