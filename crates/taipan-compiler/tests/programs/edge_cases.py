() = []
[] = ()
a = b = c = []
del ()
x, = [1]
[y] = (2,)
print(x, y)
def f(*, k=1): return k
print(f(**{}), f(**{"k": 5}), [*()], {**{}}, (*[],), {*()})
g = lambda: (yield)
it = g(); next(it)
try:
    it.send(7)
except StopIteration as e:
    print("lambda gen", e.value)
class E: pass
print(type(E()).__name__, E.__qualname__, E.__module__)
def deep():
    return [[[k for k in range(j)] for j in range(i)] for i in range(3)]
print(deep())
def defaults(a=[], b={}, *, c=(), d=None):
    a.append(1)
    return a, b, c, d
print(defaults(), defaults())
print(f"{'nested {}'.format(1)!s:>12}", f"{{literal}}", f"{1+1=}", f"{3:{'>'}{5}}")
print([i for i in range(3) if i if i > 0], {i: j for i in range(2) for j in range(2)})
w = 5
print((lambda: w)(), (lambda w=w: w * 2)())
print(not not w, -(-w), ~~w, +w, w ** -1, 2 ** -1, -2 ** 2, (-2) ** 2, 7 // -2, 7 % -2, -7.5 % 2)
print(1 if 0 else 2 if 0 else 3, [1, 2][-1], "abc"[-1:], (1, 2, 3)[::-1])
print(True + True, True * 3, 1 == 1.0, 0.1 * 3, 1e-7, 123456789.0 * 1000, 3 / 2, 10 % 3.5)
x = 0
x += 1; x -= 2; x *= -3; x //= 2; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
s = "ab"
s += "cd"; s *= 2
print(s, 3 * "x", "x" * -1, b"ab" + b"c", b"z" * 3)
lst = [3, 1, 2]
lst[0], lst[1] = lst[1], lst[0]
print(lst, sorted(lst, key=lambda v: -v))
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i > 6: break
else:
    print("not reached")
print(i)
for _ in []:
    pass
else:
    print("empty for else")
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def gen():
    yield from ()
    return 5
print(list(gen()))
print(*range(3), sep="-", end="!\n")
print({1: 2, **{3: 4}, 5: 6}, {1, *[2, 3], 4}, [*"ab", *b"c"])
