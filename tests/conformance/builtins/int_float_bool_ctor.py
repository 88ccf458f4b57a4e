print(int(), int(5), int(-5.9), int("  42 "), int("-0b101", 0), int("z", 36), int(True), int(10**20 + 0.0))
print(float(), float(1), float("1.5"), float("-inf"), float(" 1e-3 "), float(True), float(2**60))
print(bool(), bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0), bool(float("nan")))
print(str(), str(1), str(1.5), str([1]), list(), tuple(), dict(), set(), frozenset())
class I:
    def __index__(self):
        return 3
class F:
    def __float__(self):
        return 1.25
class T:
    def __int__(self):
        return 9
print(int(T()), float(F()), bin(I()), [0, 1, 2, 3][I()])
try:
    int(F())
except TypeError as e:
    print(type(e).__name__, e)
