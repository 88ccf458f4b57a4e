a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, type(a) is list)
print(1 in [1, 2], 3 not in [1, 2], "a" in "abc", "ab" in "abc", "" in "", 1 in {1: 2}, 2 in {1: 2}, (1, 2) in [(1, 2)])
print([1] in [[1], [2]], 1.0 in [1], True in [1], 0 in [False], None in [0, ""])
x = ()
y = ()
print(x == y, len(x) == 0)
class Cont:
    def __contains__(self, item):
        return item % 2 == 0
print(4 in Cont(), 3 in Cont(), 3 not in Cont())
s = {1, 2, 3}
print(2 in s, 5 in s, frozenset({1}) in {frozenset({1})})
