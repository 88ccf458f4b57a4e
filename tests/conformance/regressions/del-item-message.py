try:
    v37 = format((-1), ">8")
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    del v37[-1:-1]
except Exception as exc:
    print(type(exc).__name__, exc)
