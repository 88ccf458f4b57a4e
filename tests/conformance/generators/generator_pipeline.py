def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for l in lines:
        l = l.split("#", 1)[0].strip()
        if l:
            yield l
def parse(lines):
    for l in lines:
        key, _, val = l.partition("=")
        yield key.strip(), val.strip()
def to_dict(pairs):
    d = {}
    for k, v in pairs:
        d[k] = v
    return d
cfg = """# config
name = demo
size = 10   # inline comment

debug=true
# end"""
print(to_dict(parse(strip_comments(read_lines(cfg)))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(20, primes())))
def window(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(7), 3)))
