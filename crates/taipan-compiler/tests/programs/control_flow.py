def f1():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("else")
    return out
print(f1())

def f2():
    try:
        return "try"
    finally:
        print("finally runs")
print(f2())

def f3():
    for x in range(3):
        try:
            return x
        finally:
            if x == 0:
                continue
    return "end"
print(f3())

def f4():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise KeyError("outer") from e
    except KeyError as k:
        return (repr(k), repr(k.__cause__), k.__context__ is k.__cause__)
print(f4())

def f5():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    try:
        e
    except NameError as n:
        return str(n), type(err).__name__
print(f5())

def f6(n):
    while n > 0:
        n -= 1
        if n == 2:
            break
    else:
        return "no break"
    return n
print(f6(5), f6(1))

def f7():
    log = []
    for i in range(3):
        for j in range(3):
            if j == 1:
                continue
            if i == 2:
                break
            log.append((i, j))
    return log
print(f7())

def f8():
    try:
        try:
            raise TypeError("t")
        finally:
            print("cleanup")
    except TypeError as e:
        print("caught", e)
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else ran")
f8()

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()

x = 0
while x < 3:
    x += 1
    try:
        if x == 2:
            continue
    finally:
        print("loop finally", x)
assert x == 3, "x should be 3"
try:
    assert x == 4, f"x is {x}"
except AssertionError as e:
    print("assert:", e)
print(1 < x < 10, 1 < x > 5, x in [1, 2, 3], x not in (3, 4), 1 in [1, 2] in [[1, 2]])
print(x if x > 2 else -x, (x and 0) or "zero", not x)
