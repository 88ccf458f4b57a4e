class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(bool, (str, int)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", str), isinstance(None, type(None)))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(set(), (list, set)), isinstance(int, type), isinstance(b, type))
print(isinstance(1, ((str, float), (bool, int))))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
