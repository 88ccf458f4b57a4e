import sys

def risky(n):
    if n % 3 == 0:
        raise ValueError(n)
    return n

def collect():
    out = []
    for i in range(7):
        try:
            out.append(risky(i))
        except ValueError as e:
            out.append(-e.args[0])
            if i == 6:
                break
        else:
            out.append("ok")
        finally:
            out.append("|")
    return out
print(collect())

def reraiser():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ArithmeticError as e:
        return type(e).__name__

print(reraiser())

def context_chain():
    try:
        try:
            {}["missing"]
        except KeyError:
            raise RuntimeError("while handling")
    except RuntimeError as e:
        return repr(e.__context__), e.__suppress_context__

print(context_chain())

def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())

def nested_finally():
    log = []
    try:
        try:
            log.append("a")
            return log
        finally:
            log.append("b")
    finally:
        log.append("c")
print(nested_finally())

def gen_with_handlers():
    for i in range(4):
        try:
            if i == 2:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield ("caught", e.args[0])
        finally:
            yield ("fin", i)
print(list(gen_with_handlers()))

def gen_throw():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("gen caught", e)
            yield "recovered"
g = gen_throw()
next(g)
g.send(1)
print(g.throw(ValueError("boom")))

def counting():
    total = 0
    while (n := len(str(total))) < 3:
        total = total * 10 + n
    return total
print(counting())

def unpack_loop(pairs):
    out = {}
    for i, (k, *vs) in enumerate(pairs):
        out[k] = (i, vs)
    return out
print(unpack_loop([("a", 1, 2), ("b",), ("c", 3)]))

def cell_delete():
    x = 1
    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        return str(e)
print(cell_delete())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    y = 1
unbound()

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcs, name, bases, ns)

class Tagged(metaclass=Meta, tag="hello"):
    items = [i * i for i in range(3)]
    lookup = {k: v for k, v in zip("ab", items)}
    twice = (lambda self: self.tag * 2)

t = Tagged()
print(Tagged.tag, Tagged.items, Tagged.lookup, t.twice())

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
p = Prop()
p.v = 5
p.v += 1
print(p.v)

def deco_cls(cls):
    cls.decorated = True
    return cls

@deco_cls
class D:
    pass
print(D.decorated, D.__name__)

g_count = 0
def bump():
    global g_count
    g_count += 1
    def inner():
        global g_count
        g_count *= 10
    inner()
bump()
print(g_count)

try:
    assert g_count > 100
except AssertionError as e:
    print("assert no message:", repr(e))

def gen_return_value():
    yield 1
    return "rv"
def delegator():
    rv = yield from gen_return_value()
    print("delegated rv", rv)
    yield from [10, 20]
print(list(delegator()))

try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)

def many_kw(a, /, b, *, c=3, **rest):
    return a, b, c, sorted(rest.items())
print(many_kw(1, b=2), many_kw(1, 2, c=4, d=5, e=6))
data = {"x": 1}
data.setdefault("y", []).append(2)
data["x"] <<= 3
print(data, sys.version_info >= (3,), __name__)
if __name__ == "__main__":
    print("main guard")
