def collect(item, bucket={}):
    bucket[item] = bucket.get(item, 0) + 1
    return bucket
print(collect("a"), collect("b"), collect("a"))
print(collect.__defaults__)
def ident(x=[]):
    return x
print(ident() is ident(), ident([]) is ident())
def counter(n=[0]):
    n[0] += 1
    return n[0]
print([counter() for _ in range(5)])
