class Validated:
    instances = 0
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v
        Validated.instances += 1
made = []
for v in [1, -2, 3, -4]:
    try:
        made.append(Validated(v).v)
    except ValueError as e:
        print("rejected", e)
print(made, Validated.instances)
class Base:
    def __init__(self):
        self.base_done = True
class Forgetful(Base):
    def __init__(self):
        self.child_done = True
f = Forgetful()
print(hasattr(f, "child_done"), hasattr(f, "base_done"))
class WithNew:
    def __new__(cls, fail):
        if fail:
            raise RuntimeError("new failed")
        return super().__new__(cls)
    def __init__(self, fail):
        print("init ran")
WithNew(False)
try:
    WithNew(True)
except RuntimeError as e:
    print(type(e).__name__, e)
class ArgCheck:
    def __init__(self, a, b):
        pass
for args in [(1,), (1, 2, 3)]:
    try:
        ArgCheck(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ArgCheck(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
