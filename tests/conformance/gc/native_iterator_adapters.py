# map / filter / zip / enumerate chains advanced by native consumers while
# every stage allocates temporaries.
def src(n):
    for i in range(n):
        yield [i] * 100

def shrink(row):
    return row[0] + len(row)

print(sum(map(shrink, src(200000))))
print(sum(1 for r in filter(lambda r: sum(r[:3]) % 3 == 0, src(200000))))
print(sum(a[0] * b for a, b in zip(src(200000), range(200000))))
print(sum(i for i, r in enumerate(src(200000)) if r[0] % 1000 == 0))
print(len(list(zip(map(shrink, src(20000)), src(20000)))))
