# itertools combinatorics against CPython over small pools: product, permutations, combinations(_with_replacement).
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
out = []
for n in range(5):
    pool = 'abcde'[:n]
    for r in range(6):
        out.append(len(list(permutations(pool, r))))
        out.append(list(combinations(pool, r)))
        out.append(list(cwr(pool, r)))
        out.append(list(permutations(pool, r))[-3:])
    out.append(list(permutations(pool)))
    out.append(list(product(pool, repeat=2)))
    out.append(list(product(pool, 'xy', [])))
    out.append(list(product(pool, range(3))))
out.append(list(product()))
p = permutations([1, 2, 3])
print(next(p), next(p), list(p), list(p))
c = combinations(range(4), 2)
for x in c:
    print(x, end=' ')
    break
print(list(c))
print(len(str(out)), str(out)[-300:])
import hashlib
print(hashlib.md5(str(out).encode()).hexdigest())
