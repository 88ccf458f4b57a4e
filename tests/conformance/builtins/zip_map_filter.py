print(list(zip([1, 2, 3], ["a", "b", "c"], [True, False, None])))
print(list(zip("abcd", range(2))), list(zip([])), list(zip([1], [])))
print(list(map(lambda x: x ** 2, range(6))), list(map(str.strip, [" a ", "b "])), list(map(int, "123")))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, 2, "", "x"])), list(filter(str.isdigit, "a1b2c3")))
print(dict(zip("abc", map(ord, "abc"))), sum(map(len, ["ab", "cde"])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
