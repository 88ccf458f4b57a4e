v = -11 * (-33 * 10 ** 25)
try:
    print([*v, *"pad"])
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    print((*5,))
except Exception as exc:
    print(type(exc).__name__, exc)
