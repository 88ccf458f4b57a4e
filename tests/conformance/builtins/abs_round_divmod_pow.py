print(abs(-7), abs(7.5), abs(-0.0), abs(-10**20), abs(False))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7, -1), round(1234.5678, -2), round(0.5 + 1e-9))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(10**20, 7))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-2, 3), pow(2.0, 3), pow(9, 0.5), pow(base=2, exp=5))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
