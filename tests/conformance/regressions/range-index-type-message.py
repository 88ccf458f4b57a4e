def fn9(a10, k11=59):
    return set(range(0, 39))
for i21 in [83]:
    try:
        print("p22", [range((((-15) % i21)))[::-1][(fn9("x y z"))]], [("a").expandtabs(4)])
    except Exception as exc:
        print(type(exc).__name__, exc)
