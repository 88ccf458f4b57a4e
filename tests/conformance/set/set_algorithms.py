def sieve(n):
    composite = set()
    primes = []
    for i in range(2, n + 1):
        if i not in composite:
            primes.append(i)
            for j in range(i * i, n + 1, i):
                composite.add(j)
    return primes
p = sieve(200)
print(p, len(p))
evens = set(range(0, 100, 2))
threes = set(range(0, 100, 3))
print(sorted(evens & threes)[:10], len(evens | threes), len(evens - threes), len(evens ^ threes))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
words = "the cat sat on the mat with the hat".split()
print(len(set(words)), sorted(set(words)), sorted(set(w[0] for w in words)))
print(sorted(set("hello") & set("world")), sorted(set("hello") - set("world")))
