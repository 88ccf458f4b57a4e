class C21:
    def __init__(self, x):
        self.x = x
try:
    print("p34", C21(isinstance(tuple([96, (-1)]), float)), ['{:{}}'.format((((-1) - 22.605)), (f'<{(4611686018427387904):}>'))], True)
except Exception as exc:
    print(type(exc).__name__, exc)
