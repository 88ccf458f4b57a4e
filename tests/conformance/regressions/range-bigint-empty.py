def gen7(a8, a9, a10):
    for i11 in range(min(int(a8) if isinstance(a8, int) else 2, 6)):
        yield i11
try:
    print("gen7", list(gen7((-18446744073709551614), 72, dict(enumerate([0, 2147483647])))))
except Exception as exc:
    print(type(exc).__name__, exc)
