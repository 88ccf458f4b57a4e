s = "abc"
try:
    s *= 4611686018427387904
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    print([1, 2] * 2 ** 62)
except Exception as exc:
    print(type(exc).__name__, exc)
