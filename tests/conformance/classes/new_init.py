class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class Tracked:
    created = []
    def __new__(cls, name):
        obj = object.__new__(cls)
        obj.name = name
        cls.created.append(name)
        return obj
print(Tracked("x").name, Tracked("y").name, Tracked.created)
class InitReturn:
    def __init__(self):
        return 5
try:
    InitReturn()
except TypeError as e:
    print(type(e).__name__, e)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, type(Pos(2)).__name__)
