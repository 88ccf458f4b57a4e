# A non-integer start index of str.endswith / startswith.
for t in enumerate("ab"):
    try:
        print("x".endswith("0x1f", t))
    except Exception as exc:
        print(type(exc).__name__, exc)
