F = 1.5
tests = [
    lambda: 1.0 / 0,
    lambda: 1.0 / 0.0,
    lambda: 5.0 // 0,
    lambda: 5.0 % 0.0,
    lambda: divmod(5.0, 0),
    lambda: 0.0 ** -2,
    lambda: 10.0 ** 400,
    lambda: float("x1"),
    lambda: 1.5 + "a",
    lambda: F[0],
    lambda: 1.5 << 1,
    lambda: round(1.5, "x"),
    lambda: int("1.5"),
]
for t in tests:
    try:
        r = t()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
