from _mathutil import *
print(gcd(100, 75))
try:
    print(lcm(2, 3))
except NameError as e:
    print(type(e).__name__, e)
import _helpers.cyclic_a as a
import _helpers.cyclic_b as b
print(a.from_b(), b.from_a(), a.NAME, b.NAME)
def local_import():
    import math
    return math.sqrt(81)
print(local_import(), "math" in dir())
