FIVE = 5
tests = [
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1 / 0,
    lambda: 2**100 // 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0,
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: 1 - "a",
    lambda: 3 * None,
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 << 1.0,
    lambda: 1 < "a",
    lambda: [] > 1,
    lambda: 10 ** 10000 * 1.0,
    lambda: float(10 ** 400),
    lambda: 2.0 ** 10000,
    lambda: int("1e5"),
    lambda: FIVE[0],
    lambda: len(5),
    lambda: FIVE(),
]
for t in tests:
    try:
        r = t()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
