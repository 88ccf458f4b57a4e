# Methods and functions rebound while a hot loop keeps calling them.
class A:
    def f(self):
        return 1
def call_many(a, n):
    total = 0
    for i in range(n):
        total += a.f()
        if i == n // 2:
            A.f = lambda self: 100
    return total
print(call_many(A(), 20))
a = A()
a.f = lambda: 1000
print(call_many(a, 4))
def helper(x):
    return x + 1
def use_helper(n):
    global helper
    r = 0
    for i in range(n):
        r += helper(i)
        if i == 5:
            helper = lambda x: x * 10
    return r
print(use_helper(10))
class B(A):
    pass
def poly(objs):
    return [o.f() for o in objs]
A.f = lambda self: "A"
print(poly([A(), B(), A()]))
B.f = lambda self: "B"
print(poly([A(), B(), A()]))
del B.f
print(poly([A(), B(), A()]))
