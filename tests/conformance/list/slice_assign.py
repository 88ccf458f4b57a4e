a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[:] = [1, 2, 3]
print(a)
try:
    a[::2] = [9]
except ValueError as e:
    print(type(e).__name__, e)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
del b[:]
print(b)
c = list(range(6))
c[1:4] = range(10, 13)
c[len(c):] = "zz"
print(c)
c[::-1] = c
print(c)
d = [1, 2, 3]
d[5:10] = [4]
print(d)
d[-100:1] = [0]
print(d)
e = [1, 2, 3, 4, 5]
e[1:4:2] = ["a", "b"]
print(e)
