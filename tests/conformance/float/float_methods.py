print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((-2.5).as_integer_ratio(), (3.0).as_integer_ratio(), (1e20).as_integer_ratio())
print((2.5).hex(), (1.0).hex(), (-0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.7).real, (3.7).imag, (3.7).conjugate(), float.__name__)
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__truediv__(2), (2.5).__rtruediv__(5))
print(float(), float(5), float("3.25"), float(" -7 "), float(True))
print(isinstance(1.0, float), isinstance(1, float), type(1.0) is float)
for bad in ("abc", "", "1.2.3", "1e", "--1", "1,5", "nanx"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
print((10.0).__floordiv__(3), (10.0).__mod__(3), (2.0).__pow__(3), (0.1).__mul__(3))
print(float.__eq__(1.0, 1), (1.0).__lt__(2), (1.0).__eq__("x"))
