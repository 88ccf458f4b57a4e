N = None
x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x == None, x != None, bool(x))
def f():
    pass
def g():
    return
print(f(), g(), f() is None, [None, None], (None,), {None: None})
print(None if True else 1, [x for x in [None, 0, 1] if x is not None])
tests = [
    lambda: N + 1,
    lambda: N(),
    lambda: N[0],
    lambda: N.foo,
    lambda: len(None),
    lambda: N < N,
    lambda: iter(None),
    lambda: -N,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
print(hash(None) == hash(None), None.__class__.__name__, type(None)() is None)
print(sorted([3, 1], key=lambda v: v) is None, [].sort() is None, print() is None)
