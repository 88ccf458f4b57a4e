# Exceptions raised inside runtime-helper uops (generic binary ops,
# subscripts, attribute loads, calls, unpacking) in hot loops: caught ones
# resume tier 1 in the right handler; the last one escapes with a traceback.
def mixed_add(vals):
    out = []
    acc = 0
    for v in vals:
        try:
            acc = acc + v
        except TypeError as e:
            out.append(str(e))
        out.append(acc)
    return out

print(mixed_add([1, 2, "x", 3, None, 4.5, [1], 5]))

def lookups(d, keys):
    out = []
    for k in keys:
        try:
            out.append(d[k])
        except KeyError as e:
            out.append("missing " + repr(e.args[0]))
    return out

print(lookups({"a": 1, 2: "two", (1, 2): "tup"}, ["a", 2, "b", (1, 2), 3, "a", None]))

class Thing:
    def __init__(self, v):
        self.v = v

def attrs(objs):
    out = []
    for o in objs:
        try:
            out.append(o.v)
        except AttributeError as e:
            out.append(str(e))
    return out

print(attrs([Thing(1), Thing(2), 3, Thing("s"), "str", Thing(None)]))

def raiser(i):
    if i % 4 == 3:
        raise ValueError("bad %d" % i)
    return i * i

def calls(n):
    out = []
    for i in range(n):
        try:
            out.append(raiser(i))
        except ValueError as e:
            out.append(str(e))
        finally:
            out.append("f")
    return out

print(calls(10))

def unpack(items):
    out = []
    for it in items:
        try:
            a, b = it
            out.append(a - b)
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

print(unpack([(5, 3), [10, 4], (1, 2, 3), "ab", 7, (9,), (2.5, 0.5), iter((8, 1))]))

def compare_mixed(vals):
    out = []
    for v in vals:
        try:
            out.append(v < 3)
        except TypeError as e:
            out.append(str(e))
    return out

print(compare_mixed([1, 5, 2.5, "s", 3, None, 4, (1,)]))

def nested_handlers(n):
    log = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    [][i]
                elif i % 3 == 1:
                    {}[i]
                else:
                    i / 0
            except IndexError:
                log.append("I")
                raise KeyError("from index")
        except KeyError as e:
            log.append("K" + str(e))
        except ZeroDivisionError:
            log.append("Z")
    return log

print(nested_handlers(9))

def method_errors(items):
    out = []
    for x in items:
        try:
            out.append(x.upper())
        except AttributeError as e:
            out.append(str(e))
    return out

print(method_errors(["a", "b", 1, "c", b"d", "e", None]))

def deep(n):
    if n == 0:
        return {}["deep"]
    return deep(n - 1)

def escapes(n):
    total = 0
    for i in range(n):
        total += i
        if i == n - 1:
            total += deep(3)
    return total

print(escapes(5) if False else "about to raise")
escapes(30)
