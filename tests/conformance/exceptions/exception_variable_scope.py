e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    return saved
print(repr(f()))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("handled, re-raising")
        raise
except ValueError as e2:
    print("outer got", e2)
def reraise_other():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError:
            pass
        raise
try:
    reraise_other()
except TypeError as e3:
    print("got back", type(e3).__name__, e3)
try:
    raise
except RuntimeError as e4:
    print(type(e4).__name__, e4)
