# A huge precision in a float format spec must not panic.
k = 2
try:
    print(f'{k / 10:3.91693}')
except Exception as exc:
    print(type(exc).__name__, exc)
print(format(0.2, '.91693f')[:10])
