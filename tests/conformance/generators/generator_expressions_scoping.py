x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
funcs = [(lambda i=i: i * 2) for i in range(3)]
print([f() for f in funcs])
def make(n):
    return (i * n for i in range(3))
print(list(make(5)), list(make(-1)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
gen = (c for c in "abc")
print(next(gen), "".join(gen))
try:
    bad = (1 / d for d in [1, 0, 2])
    print([v for v in bad])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
