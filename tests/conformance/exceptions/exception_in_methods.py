class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
s = Stack()
s.push(1)
print(s.pop())
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True
    def close(self):
        self.open = False
        print("closed", self.name)
def use(r, fail):
    try:
        if fail:
            raise RuntimeError("failure using " + r.name)
        return "used " + r.name
    finally:
        r.close()
print(use(Resource("a"), False))
try:
    use(Resource("b"), True)
except RuntimeError as e:
    print(e)
class Strict:
    def __setattr__(self, k, v):
        if k.startswith("_"):
            raise AttributeError(f"cannot set private attribute {k!r}")
        super().__setattr__(k, v)
st = Strict()
st.ok = 1
try:
    st._bad = 2
except AttributeError as e:
    print(e)
print(st.ok)
