class Inspect:
    def __exit__(self, t, v, tb):
        print("type:", t.__name__ if t else None, "value:", repr(v), "tb:", tb is not None)
        return isinstance(v, KeyError)
    def __enter__(self):
        return self
with Inspect():
    pass
with Inspect():
    raise KeyError("swallowed")
try:
    with Inspect():
        raise IndexError("kept")
except IndexError as e:
    print("outer", e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
