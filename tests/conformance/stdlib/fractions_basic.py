# fractions.Fraction: construction (ints, floats, strings), arithmetic, comparisons, hashing, errors.
from fractions import Fraction as F
import math

print(F(3, 4), F(6, -8), F(5), F(0.5), F('3/7'), F(' -1.25e1 '), F('1_000/3'), F('.5'), F('2.'), F(F(1, 3)))
print(repr(F(1, 3)), str(F(4, 2)), F(1, 3).numerator, F(1, 3).denominator, F(3, 4).as_integer_ratio())
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(F(-2, 3)), a ** 2, a ** -2, F(4, 9) ** F(1, 2))
print(a + 1, 1 - a, a * 2.0, 2 ** F(1, 2), divmod(F(7, 2), F(1, 3)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2))
print(a == F(2, 6), a < b, a > 0.3, a == 1 / 3, F(1, 2) == 0.5, sorted([F(1, 2), F(1, 3), 0.4]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), {F(1, 2): 'half'}[0.5])
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 8)), bool(F(0)))
print(F(1, 3).limit_denominator(10), F(math.pi).limit_denominator(1000), F.from_float(0.1), F(10, 4).is_integer() if hasattr(F, 'is_integer') else '')
print(sum([F(1, n) for n in range(1, 10)]), max(F(1, 2), F(2, 3)))
for bad in ['F(1, 0)', 'F("abc")', 'F("1/0")', 'F("1e")', 'F(float("nan"))', 'F(float("inf"))', 'F(1.5, 2)', 'F([])', 'F("1 /2")']:
    try:
        print(eval(bad))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(bad, type(e).__name__, e)
