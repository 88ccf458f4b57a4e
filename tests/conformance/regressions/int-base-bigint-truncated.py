# A base beyond 36 must be rejected, not truncated to a machine int.
for base in (2 ** 32 + 10, 2 ** 62, -(2 ** 64)):
    try:
        print(int("10", base))
    except Exception as exc:
        print(type(exc).__name__, exc)
