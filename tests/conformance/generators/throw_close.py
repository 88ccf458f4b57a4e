def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen:", e)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stopped")
g2 = gen()
next(g2)
g2.close()
print("closed")
g3 = gen()
print(next(g3))
try:
    g3.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = closer()
next(c)
c.close()
c.close()
def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
print("unstarted closed")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
