x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5, 1 < 2 > 3)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(5), calls)
calls.clear()
print(v(3) > v(2) > v(1), calls)
print("a" < "b" < "c", [1] < [2] <= [2], (1, 2) == (1, 2) != (2, 1))
print(1 in [1, 2] in [[1, 2]], x is not None is not False)
a = b = c = 0
print(a == b == c, a is b)
