e = ValueError("msg", 42)
print(e.args, str(e), repr(e), len(e.args))
e2 = ValueError("single")
print(e2.args, str(e2), repr(e2))
e3 = ValueError()
print(e3.args, repr(str(e3)), repr(e3))
k = KeyError("key")
print(str(k), repr(k), k.args)
k2 = KeyError(("tuple", 1))
print(str(k2), repr(k2))
o = OSError(2, "No such file")
print(o.args, str(o) if False else "skip", o.errno if hasattr(o, "errno") else "", o.strerror if hasattr(o, "strerror") else "")
s = StopIteration(5)
print(s.value, s.args)
x = SystemExit(3)
print(x.code, x.args)
print(isinstance(e, Exception), isinstance(e, BaseException), type(e).__mro__[1].__name__)
e.custom = "attr"
print(e.custom)
try:
    raise ValueError("a", "b")
except ValueError as err:
    print(err, err.args)
def get_exc():
    try:
        raise IndexError("gone")
    except IndexError as ie:
        return ie
ge = get_exc()
print(repr(ge), ge.__traceback__ is not None)
try:
    raise ge
except IndexError as again:
    print(again is ge)
