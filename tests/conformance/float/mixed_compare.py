pairs = [(1, 1.0), (1, 1.5), (2**53 + 1, 2.0**53), (2**64, 2.0**64), (-1, -1.0), (0, -0.0),
         (10**30, 1e30), (3, float("inf")), (3, float("nan")), (True, 1.0), (False, 0.0)]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(sorted([3, 1.5, 2**60, -0.5, 0, True, 2.0]))
print(max([1, 1.0]), max([1.0, 1]), min([0, 0.0, False]), type(min([0, 0.0])).__name__)
print(1.0 in [1, 2], 2 in [1.0, 2.0], 1.5 in {1, 2}, 1 in {1.0: "x"})
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
