for v in ["x", "xyz", "longer text"]:
    for spec in ["<8", ">8", "^8", "*<8", "-^9", ".2", "8.2", "", ">3"]:
        print(spec, "[" + format(v, spec) + "]")
for v in [5, -5, 12345]:
    for spec in ["<8", ">8", "^8", "=8", "08", "+08", "_>8", ",", "x", "#X", "c" if v > 0 else "d"]:
        print(spec, "[" + format(v, spec) + "]")
