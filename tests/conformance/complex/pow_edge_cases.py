# ** with complex results and operands: negative float bases, signed zeros,
# infinities, large integer exponents, overflow; conversions that refuse complex.
import math
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: math.pow(-8, 0.5))
attempt(lambda: round(1j, 2))
attempt(lambda: divmod(1j, 1j))
attempt(lambda: 1j // 1j)
attempt(lambda: 0j ** 0j)
attempt(lambda: complex(float('inf'), 0) * 0)
attempt(lambda: complex('1e309'))
attempt(lambda: int('1j'))
attempt(lambda: float('1j'))
attempt(lambda: (-8.0) ** -0.5)
attempt(lambda: (-0.0) ** 0.5)
attempt(lambda: (-1e-300) ** 0.5)
attempt(lambda: (-2) ** 0.5 * 2)
attempt(lambda: (-1.5) ** float('inf'))
attempt(lambda: (-1.5) ** float('nan'))
attempt(lambda: (-1e300) ** 1.5)
attempt(lambda: 2 ** 1j ** 2)
attempt(lambda: -1j ** 2)
attempt(lambda: (1 + 1j) ** (1 + 1j))
attempt(lambda: (1 + 1j) ** 101)
attempt(lambda: (1 + 1j) ** -101)
attempt(lambda: (1.0000001 + 0j) ** 1e10)
attempt(lambda: 1j.__class__.__name__)
attempt(lambda: sum([0.1j] * 10))
attempt(lambda: [complex(x) for x in ('1', '-1.5', '2j', '-infj', '+nanj', '1-1j')])
