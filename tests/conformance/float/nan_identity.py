nan = float('nan')
x = float('nan')
print(x is x, [x] == [x], [nan] == [x], nan in [nan], x in [nan], nan == nan)
print({1: nan} == {1: nan}, {1: nan} == {1: float('nan')})
import math
print(math.nan is math.nan, float('nan') is float('nan'))
y = float('inf') - float('inf')
print(y, y is y, [y] == [y], -y, +x is x, abs(y))
print(hash(nan) == hash(nan), {nan: 1}[nan], len({float('nan'), float('nan')}), len({nan, nan}))
print(str(nan), repr(x), x != x, x < 1, float("-nan"), math.isnan(x), bool(x), nan * 0, sum([nan, 1.0]))
z = x
print(z is x, (x,) == (z,), [1, x].index(z), [x, x].count(x), [float('nan')].count(x), x.real is x)
d = {x: "a"}
print(d.get(x), d.get(float('nan')), x in {x}, float('nan') in {x})
x = 1e309 * 0
y = 1e309 * 0
print(x is y, [x] == [y], x is x, [x] == [x])
def f(): return 1e309 - 1e309
print(f() is f(), [f()] == [f()])
