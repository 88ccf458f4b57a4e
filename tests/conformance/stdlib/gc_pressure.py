# Native stdlib helpers under collections: json hooks/default, lru_cache, permutations, struct, hashlib.
import gc, json, itertools, functools
n = [0]
def hook(d):
    n[0] += 1
    if n[0] % 1000 == 0:
        gc.collect()
    return {k: [v, [x for x in range(20)]] for k, v in d.items()}
doc = json.dumps([{'a': i, 'b': {'c': [i, str(i)]}} for i in range(1200)])
r = json.loads(doc, object_hook=hook)
print(len(r), r[1199]['b'][0]['c'][0][1], n[0])
def default(o):
    gc.collect() if n[0] == -1 else None
    return [list(range(5)), {'s': str(o)}]
print(len(json.dumps([object() for _ in range(300)], default=default)) > 0)
@functools.lru_cache(maxsize=None)
def f(a, b=0):
    if a == 350:
        gc.collect()
    return [a, b, [a] * 3]
tot = 0
for i in range(3000):
    tot += f(i % 700, b=i % 3)[0]
print(tot, f.cache_info())
cnt = 0
for p in itertools.permutations(range(7)):
    if p == (6, 5, 4, 3, 2, 1, 0):
        gc.collect()
    cnt += p[-1]
print(cnt)
import struct, hashlib
print(struct.unpack('<100q', struct.pack('<100q', *range(100)))[-1], hashlib.sha256(b'x' * 100000).hexdigest()[:16])
