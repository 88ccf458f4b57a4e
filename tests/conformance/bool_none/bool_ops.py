print(True, False, repr(True), str(False), int(True), float(False), type(True).__name__)
print(True + True, True * 3, True / 2, True - False, -True, ~True, ~False, True ** 2)
print(True and False, True or False, not True, not False, True is True, True == 1, False == 0.0)
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(()), bool({}), bool(None), bool(0.0), bool(-0.0), bool(set()), bool(range(0)))
print(isinstance(True, int), issubclass(bool, int), bool.__bases__ == (int,), bool.__name__)
print(True & True, True | False, True ^ True, False ^ True, type(True ^ True).__name__)
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0, [] and 1)
print(str(True).upper(), "%s %d %r" % (True, True, False), f"{True} {False!r} {True:d}")
print(bool("False"), bool(" "), int(bool("0")))
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
print(bool(Z()), bool(L()), bool(N()), not Z(), "yes" if L() else "no")
try:
    bool.__new__(bool, 1) 
    print(bool(5), bool(-0.0))
except Exception as e:
    print(type(e).__name__, e)
