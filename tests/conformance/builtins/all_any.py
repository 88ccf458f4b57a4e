print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[], [1]]), all(x > 0 for x in [1, 2, 3]))
print(any([]), any([0, 0]), any([0, 1]), any(""), any([None, "", "x"]), any(x > 2 for x in [1, 2, 3]))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in range(10)), calls)
calls.clear()
print(all(check(x) for x in [5, 4, 1, 9]), calls)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
