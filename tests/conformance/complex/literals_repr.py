# Imaginary literals, repr/str of complex numbers (signed zeros, inf, nan,
# exponents), and the real/imag/conjugate members.
z = 1 + 2j
print(z, repr(z), str(z), type(z).__name__, isinstance(z, complex))
print(1j, -1j, 0j, -0j, 1.5j, 1e20j, 1e-7j, 123456789012345678j)
print(-(0j), 0j.conjugate(), (-0.0-0j), complex(-0.0, -0.0), complex(0.0, -0.0))
print(1e300 * 1e300j, complex('inf'), complex('-infj'), complex(float('nan'), 1))
print(z.real, z.imag, z.conjugate(), (3-4j).conjugate(), type(z.real).__name__)
print([1j, 2+0j], {1j: 'a'}, (1j,), str([1.5-2.5j]))
print(-z, +z, abs(3 + 4j), abs(-5j), abs(0j), abs(complex('inf')))
print(bool(0j), bool(1j), bool(0.0 - 0.0j), not 2j)
print(0.1 + 0.2j, 1 / 3 + 2j / 3, 2.5e-10 + 1e16j)
