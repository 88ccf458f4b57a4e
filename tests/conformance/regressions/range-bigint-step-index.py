v18 = 26
try:
    v24 = (abs((886 / 56)) ** -1)
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    print("p32", (int((v24 % (-6))) << 9), [range((v18), ((3 % v18)), ((v18 << 46)))[((0).bit_length())]])
except Exception as exc:
    print(type(exc).__name__, exc)
