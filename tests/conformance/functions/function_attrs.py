def documented(a, b=1, *args, c, d=2, **kw):
    "A docstring."
    x = 1
    return x
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__module__, callable(nodoc), callable(5))
nodoc.custom = 42
print(nodoc.custom, getattr(nodoc, "missing", "dflt"), hasattr(nodoc, "custom"))
class C:
    def method(self):
        pass
print(C.method.__name__, C.method.__qualname__, C().method.__name__, C().method.__func__ is C.method)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__qualname__, type(outer).__name__, type(C().method).__name__)
