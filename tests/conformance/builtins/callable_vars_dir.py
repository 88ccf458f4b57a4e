class K:
    a = 1
    def m(self):
        pass
k = K()
k.b = 2
print(callable(K), callable(k), callable(k.m), callable(print), callable(None), callable(lambda: 0))
print(vars(k), sorted(name for name in dir(k) if not name.startswith("__")), "m" in dir(K))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    x = 1
    y = 2
    return sorted(locals().items())
print(f())
print("f" in globals(), "K" in globals(), globals()["K"] is K)
