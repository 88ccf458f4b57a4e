# set(), frozenset() and dict() built from generators whose items are made
# from large temporaries; the containers keep only small results.
def sizes(n):
    for i in range(n):
        junk = [i] * 200
        yield len(junk) + i % 10

print(sorted(set(sizes(300000))))
print(len(frozenset(x % 7 for x in sizes(200000))))
d = dict((i % 100, [i] * 200) for i in range(200000))
print(len(d), d[99][0], len(d[5]))
d2 = dict(zip(range(50), ([k] * 300 for k in range(200000))))
print(len(d2), d2[49][0])
