class Managed:
    def __init__(self, name):
        self.name = name
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit:" + (exc_type.__name__ if exc_type else "ok"))
        return False
m = Managed("m")
with m as same:
    print(same is m, same.name)
print(m.events)
try:
    with m:
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
print(m.events)
def gen_with():
    with Managed("g") as g:
        yield 1
        yield 2
    print(g.events)
print(list(gen_with()))
