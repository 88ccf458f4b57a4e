try:
    print("p21", [(((-18446744073709551616) + 1)) / ((1 - 63))], [(repr(1))[(((22 * 10 ** 20) >> 13))]])
except Exception as exc:
    print(type(exc).__name__, exc)
