s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(3) == slice(None, 3, None))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(6), slice(-100, 100).indices(7))
data = list(range(20))
for sl in [slice(2, 8), slice(None, None, 5), slice(-5, None), slice(15, 5, -3), slice(None, -15, -1)]:
    print(sl, data[sl], "abcdefghijklmnopqrst"[sl], tuple(data)[sl])
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1], g[1:2], g[1:2:3], g[::], g[:, 1], g[1, 2:3], g[...], g["k"])
try:
    hash(slice(1, 2)) if False else print("skip")
except TypeError as e:
    print(type(e).__name__, e)
