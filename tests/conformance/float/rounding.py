for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, 1e16 + 2.5):
    print(v, round(v), round(v, 1), round(v, 2), round(v, 0))
print(round(123.456, -1), round(123.456, -2), round(-123.456, -1), round(1.23456789, 5))
print(round(1e300, -299), round(1e-300, 300) > 0, round(0.1, 20))
import math
for v in (2.5, -2.5, 2.4, -2.6, 1e20, -0.0):
    print(math.floor(v), math.ceil(v), math.trunc(v), int(v))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(math.floor(2.5)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
