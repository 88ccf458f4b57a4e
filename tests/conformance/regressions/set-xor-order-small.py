try:
    v16 = [256, 1, 0]
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    print("p29", ({x % 7 for x in range(6)} ^ {27, 256, 255}), (abs(-14.475) ** 2), (min([8531, 40])).bit_length())
except Exception as exc:
    print(type(exc).__name__, exc)
