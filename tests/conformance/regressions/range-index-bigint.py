r = range(5)
for i in (2 ** 70, -(2 ** 70), 34 << 52):
    try:
        print(r[i])
    except Exception as exc:
        print(type(exc).__name__, exc)
