# Complex arithmetic mixed with int, float and bool, and ** including the
# complex results of float ** for a negative base and non-integer exponent.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 1.5, 1.5 - a, 2 * a, a * 2.0, a / 2, 2 / a, True + 1j, 1j * False)
print(2j * 2j, (1 + 1j) ** 2, (1 + 1j) ** 0, (1 + 1j) ** -2, (2 + 0j) ** 10, 1j ** 1j)
print(2 ** (1 + 1j), 10 ** 1j, (1 + 2j) ** 0.5, (-1 + 0j) ** 0.5, 0j ** 0, 0j ** 2)
print((-8) ** 0.5, (-8) ** (1 / 3), (-2.0) ** 1.5, (-1) ** 0.5, 2 ** 0.5, (-8) ** 2.0)
print(pow(-8, 0.5), pow(1j, 2), (-465 / 8) ** 0.5)
x = 1j
x += 1
x *= 2
x -= 0.5j
x /= 4
x **= 2
print(x)
print(sum([1j, 2, 3.5, 0.5j]), sum((complex(i, -i) for i in range(5)), 1j))
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1j, 1j != 2j, 1j == 'x', 1j == None)
print(2 ** 53 + 1 == complex(2 ** 53 + 1), 2 ** 53 == complex(2 ** 53), 1j in [0, 1j], 2 + 0j in {2})
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(2 + 3j) == hash(complex(2, 3)))
print(hash(1 + 2j), hash(-1 - 1j), hash(0.5j))
print({1: 'int', 1 + 0j: 'complex', 1.0: 'float'}, len({1j, 1j, 2j, 0j, 0}))
