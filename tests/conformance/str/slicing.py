s = "0123456789"
specs = [(None, None, None), (2, None, None), (None, 5, None), (2, 8, 2), (-3, None, None), (None, -3, None),
         (None, None, -1), (8, 2, -1), (8, 2, -3), (-1, -11, -1), (100, 200, None), (-100, 3, None),
         (5, 5, None), (7, 2, None), (None, None, 4), (None, None, -4), (3, -3, 1), (-2, -8, -2)]
for a, b, c in specs:
    print(a, b, c, repr(s[a:b:c]), repr(s[slice(a, b, c)]))
print(s[::2], s[1::2], s[::-2], s[:], s[:0], s[10:], s[-10:])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
u = "αβγδεζηθ"
print(u[1:4], u[::-1], u[::3], u[-2:], u[2:2])
print(slice(1, 2, 3), slice(5), slice(None, 3).indices(10), slice(-3, None, -1).indices(10), slice(2, 50, 3).indices(20))
