def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2(), c1())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
def make_late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()], [f(10) for f in make_late()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(5), a(10))
def shared():
    val = 0
    def get():
        return val
    def set_(v):
        nonlocal val
        val = v
    return get, set_
get, set_ = shared()
print(get(), set_(42), get())
def cell_after():
    def f():
        return y
    y = 5
    return f()
print(cell_after())
def unbound():
    def f():
        return z
    r = None
    try:
        r = f()
    except NameError as e:
        r = (type(e).__name__, str(e))
    z = 1
    return r
print(unbound())
