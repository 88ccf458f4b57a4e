for i6 in enumerate("0x1f"):
    try:
        print("p7", [pow((i6), -1, 7)])
    except Exception as exc:
        print(type(exc).__name__, exc)
