vals = [0, 1, -1, 2.5, True, False]
for a in vals:
    print(a, [a < b for b in vals], [a == b for b in vals])
print([1, 2] < [1, 2, 3], (1, "a") < (1, "b"), "abc" < "abd", [[1]] < [[2]], (1,) < (1, 0))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > set(), {1} == {1}, {1: 1} == {1: 1.0})
print(None == None, None != 0, 1 != 1.0, "1" == 1, [] == (), [] == [])
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} <= {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
