a, b, c = "xyz"
print(a, b, c)
a, b = {"k1": 1, "k2": 2}
print(a, b)
(a, b), (c, d) = [(1, 2), "34"]
print(a, b, c, d)
first, *middle, last = range(10)
print(first, middle, last)
*a, = (1, 2)
print(a)
head, *tail = iter([1, 2, 3])
print(head, tail)
def gen():
    yield 1
    yield 2
x, y = gen()
print(x, y)
print(*[1, 2, 3], sep="-")
print(*"abc", *range(2))
print([*"ab", *{"c": 0}], {*range(3), *[2, 5]} == {0, 1, 2, 5}, {**{"a": 1}, "b": 2})
for a, *b in [(1, 2, 3), (4,), "xy"]:
    print(a, b)
