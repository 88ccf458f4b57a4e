# list(), tuple(), sorted(key=), str.join() and min(key=) over generator
# pipelines whose items are built from large temporaries.
def words(n):
    for i in range(n):
        tmp = [str(i)] * 150
        yield tmp[i % 150][-3:]

w = list(words(200000))
print(len(w), w[:5], w[-1])
t = tuple(len(s) for s in words(200000))
print(len(t), sum(t))
print(len(",".join(words(200000))))

def heavy_key(x):
    pad = [x] * 300
    return (pad[0] % 1000, -pad[-1])

s = sorted(range(100000), key=heavy_key)
print(s[:4], s[-4:])
data = list(range(100000))
data.sort(key=heavy_key, reverse=True)
print(data[:4])
print(min(range(100000), key=heavy_key), max(range(100000), key=heavy_key))
