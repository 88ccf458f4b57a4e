class Timer:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("  " * Timer.depth + "start " + self.label)
        Timer.depth += 1
        return self
    def __exit__(self, *exc):
        Timer.depth -= 1
        print("  " * Timer.depth + "end " + self.label)
with Timer("outer"):
    for i in range(2):
        with Timer("inner %d" % i):
            with Timer("leaf"):
                pass
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", v)
            return True
store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
print(store)
with Transaction(store) as s:
    s["c"] = 3
    raise ValueError("bad write")
print(store)
