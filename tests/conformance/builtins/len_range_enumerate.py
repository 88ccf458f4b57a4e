print(len([]), len([1, 2]), len("abc"), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(range(0, 10, 3)), len(b"ab"), len(frozenset()))
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(enumerate([])), list(enumerate("ab", -1)))
for i, v in enumerate(range(100, 103)):
    print(i, v)
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
try:
    len(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate(["a", "b"], start=5)
print(list(e))
