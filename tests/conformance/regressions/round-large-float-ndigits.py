try:
    print("p5", round(round(((8 * 10 ** 40) * 1.0), 5), -1))
except Exception as exc:
    print(type(exc).__name__, exc)
