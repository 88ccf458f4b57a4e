try:
    print("p27", "".join(map(str, [3, 95721, 70556])).lower().lstrip(), ((2 - ((-7) // 3)) in ([x * 2 for x in [98, 24]] + [95, 16, 1])), [chr((((-18446744073709551615) >> 20))), ord(("nan"))])
except Exception as exc:
    print(type(exc).__name__, exc)
