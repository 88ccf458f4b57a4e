for i1 in enumerate("3.5"):
    try:
        print("p2", 42, ((-(i1 * (-18446744073709551614))) % (41 * 10 ** 20)))
    except Exception as exc:
        print(type(exc).__name__, exc)
