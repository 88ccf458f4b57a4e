# ndigits beyond isize: CPython clamps instead of failing.
for nd in (76425 << 54, 1073741824 ** 3, -(27 * 10 ** 34 >> 4)):
    try:
        print(round(0.1, nd), round(16.18, nd))
    except Exception as exc:
        print(type(exc).__name__, exc)
