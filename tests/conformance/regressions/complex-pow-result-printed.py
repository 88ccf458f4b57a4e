try:
    print("p24", ((-465 / 8) ** 0.5))
except Exception as exc:
    print(type(exc).__name__, exc)
