# complex() from numbers, strings, keywords and __complex__/__float__/__index__,
# and format specs.
print(complex(), complex(1), complex(2.5), complex(1, 2), complex(1.5, -2), complex(True, False))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(real=1, imag=3), complex(imag=2), complex(imag=1j))
print(complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-j'), complex('1e3j'), complex('1_000+2_0j'))
print(complex('inf-infj'), complex('nanj'), complex('  5  '), complex('+1.5e-3-0.5j'))

class C:
    def __complex__(self):
        return 2 - 3j

class F:
    def __float__(self):
        return 1.25

class I:
    def __index__(self):
        return 7

print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(1, F()))
print(format(1 + 2j), format(1.5 - 2.25j, '.2f'), f"{3 + 4j:>20}|", f"{1j:g}", '{:e}'.format(1 + 1j))
print(f"{1.23456789 + 9.87654321j:.3}", f"{-1j:^16}|", f"{2 + 0j:+.1f}", f"{1e20 + 1j:g}", f"{12 + 34j:*<18}|")
print('%s %r' % (1 + 1j, 2j), str(1 - 1j), f"{0j}", f"{complex('nan'):f}")
