# complex's methods called directly, read-only members, and complex operands
# reaching str formatting and math.
import math

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

def set_imag():
    z = 1j
    z.imag = 2

def set_other():
    z = 1j
    z.foo = 2

attempt(set_imag)
attempt(set_other)
attempt(lambda: math.sqrt(1j))
attempt(lambda: math.floor(1j))
for name in ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__',
             '__truediv__', '__rtruediv__', '__pow__', '__rpow__']:
    attempt(lambda: getattr(2 + 1j, name)(2))
    attempt(lambda: getattr(2 + 1j, name)('a'))
attempt(lambda: (1j).__bool__())
attempt(lambda: (0j).__bool__())
attempt(lambda: complex.__eq__(1j, 1j))
attempt(lambda: (2j).__hash__() == hash(2j))
attempt(lambda: (2j).__repr__())
attempt(lambda: (2 + 1j).__neg__())
attempt(lambda: (3 + 4j).__abs__())
attempt(lambda: complex.conjugate(1 + 1j))
attempt(lambda: (1 + 1j).__getnewargs__())
attempt(lambda: '%.2f' % 1j)
attempt(lambda: '%d' % 1j)
attempt(lambda: '%s|%r' % (1j, -1j))
attempt(lambda: '{0.real} {0.imag}'.format(3 + 4j))
attempt(lambda: [x.imag for x in [1j, 2, 3.5]])
attempt(lambda: [x.conjugate() for x in [1j, 2, 3.5]])

class Sub(complex):
    pass

attempt(lambda: Sub(1, 2))
attempt(lambda: type(Sub(1, 2)).__name__)

class Named(complex):
    def hi(self):
        return 'hi ' + repr(self)

s = Named(1, 2)
print(s, s.real, s + 1, s.hi(), isinstance(s, complex), s == 1 + 2j, 1 + 2j == s, abs(Named(3, 4)))
