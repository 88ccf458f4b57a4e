class C:
    def __init__(self, x):
        self.x = x
try:
    print(dict(zip(C(3), "Hello")))
except Exception as exc:
    print(type(exc).__name__, exc)
