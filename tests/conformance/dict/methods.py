d = {"x": 1, "y": 2}
print(d.setdefault("x", 100), d.setdefault("z", 3), d.setdefault("w"), d)
print(d.pop("x"), d.pop("nope", "default"), d)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
d.update(a=100)
print(d)
c = d.copy()
c["new"] = 0
print(d, c, len(c))
d.clear()
print(d, bool(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys(["a", "b"]), dict.fromkeys(range(3), []), {}.fromkeys("xy", 0))
m = {"b": 1}
m |= {"a": 2}
print(m, m | {"c": 3}, {"a": 1} | {"a": 2})
ks = {"one": 1, "two": 2, "three": 3}
print(sorted(ks), sorted(ks.values()), sorted(ks.items(), key=lambda kv: kv[1]), max(ks, key=ks.get), min(ks.values()))
print(list(reversed(ks)), list(reversed(ks.items())))
