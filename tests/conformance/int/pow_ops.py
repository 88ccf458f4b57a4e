print(2**10, 2**-1, 2**-2, (-2)**3, (-2)**-3, 0**0, 0.0**0)
print(10**-3, 3**0.5, 4**0.5, (-8)**2, -8**2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 100, 7), pow(-3, 3, 5), pow(7, -1, 13))
print(pow(2, 0, 1), pow(5, 3, -7))
print(2**2**3, (2**2)**3)
print(1.5**2, 2.0**-1, (-1.5)**3)
print(pow(10, 20), pow(10.0, 20))
print(pow(0, 5), pow(1, -5), pow(-1, -5))
try:
    print(pow(0, -1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x **= 4
print(x)
print(type(2**-1).__name__, type(2**1).__name__)
print(pow(123456789, 12345, 1000000007))
print(7 ** 100)
