class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self.factory()
        self[key] = v
        return v
d = DefaultDict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, len(d), isinstance(d, dict), d.get("zz"), "zz" in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, it):
        for x in it:
            self[x] += 1
        return self
c = Counter().add("hello world")
print(sorted(c.items()), c["z"], "z" in c)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u["b"] = 2
print(u, u["A"], dict(u), type(u).__name__)
