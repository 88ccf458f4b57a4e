x = 10
lst = [x for x in range(3)]
print(x, lst)
y = 5
print([y * i for i in range(3)], {i: y for i in range(2)}, list(y + j for j in range(2)))
def f():
    z = 3
    return [z * k for k in range(3)]
print(f())
class C:
    factor = 2
    vals = [i for i in range(3)]
print(C.vals)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([[i * j for j in range(3)] for i in range(3)])
