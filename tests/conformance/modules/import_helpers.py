import _mathutil
from _mathutil import lcm, VERSION as V
import _mathutil as mu
print(_mathutil.gcd(12, 18), lcm(4, 6), V, mu is _mathutil, mu.__name__, type(mu).__name__)
from _helpers import geometry
print(geometry.area(2), geometry.Square(3).area(), geometry.calls, geometry.PI_ISH)
import _helpers.geometry
print(_helpers.geometry is geometry, _helpers.PACKAGE_NAME)
from _helpers.geometry import area, Square
print(area(1), geometry.calls)
from _helpers import counter
import _helpers.counter as c2
counter.bump()
c2.bump()
print(counter.count, c2.count, counter is c2)
from _helpers.counter import count
print(count)
try:
    import _does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _mathutil import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    _mathutil.missing_attr
except AttributeError as e:
    print(type(e).__name__, e)
import sys
print("_mathutil" in sys.modules, "_helpers.geometry" in sys.modules)
