count = 10
def bad():
    count += 1
    return count
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def cond(flag):
    if flag:
        v = "set"
    return v
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def after_del():
    q = 1
    del q
    return q
try:
    after_del()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
    return inner()
print(free_unbound())
