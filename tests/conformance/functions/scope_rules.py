x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def use_global():
    global x
    x = "changed"
print(read(), shadow(), x)
use_global()
print(x)
def unbound_local():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
y = 0
unbound_local()
def make():
    v = 1
    def f():
        nonlocal v
        v += 1
        return v
    def g():
        return v
    return f, g
f, g = make()
print(f(), f(), g())
def new_global():
    global created
    created = "yes"
new_global()
print(created)
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
def loop_var():
    fs = []
    for i in range(3):
        def h():
            return i
        fs.append(h)
    return [h() for h in fs]
print(loop_var())
