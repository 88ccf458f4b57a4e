o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), o.__class__ is object)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(object):
    pass
s = Sub()
s.attr = 1
print(s.attr, Sub.__bases__, issubclass(Sub, object), isinstance(Sub, object), isinstance(5, object))
sentinel = object()
def lookup(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        if default is sentinel:
            return "missing, no default"
        return default
    return v
print(lookup({"a": None}, "a"), lookup({}, "a"), lookup({}, "a", 0))
