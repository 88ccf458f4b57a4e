try:
    print("p46", [((66 ** 4)) in range(((37 << 65)), (((2 ** 137) >> 66)))])
except Exception as exc:
    print(type(exc).__name__, exc)
