import math, sys
print(math.__name__, sys.__name__, __name__, type(math).__name__)
print(hasattr(math, "sqrt"), hasattr(math, "nope"), getattr(math, "pi") == math.pi, "sqrt" in dir(math))
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
import math as m
from math import sqrt as root, floor
print(m is math, root(16), floor(2.7))
def uses_module():
    return math.cos(0)
print(uses_module())
if __name__ == "__main__":
    print("running as main")
