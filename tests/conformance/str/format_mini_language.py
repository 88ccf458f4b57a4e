specs = ["", "<", ">", "^", "10", "<10", ">10", "^10", "*^10", "010", "+", "-", " ", ",", "_", ".0", ".1", ".3", "10.2", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "f", ".2f", "+.2f", "#.0f", "n" if False else "g"]
for v in [0, 7, -7, 1234567, 3.14159, -2.5, 1e-7, 1e21, 0.5]:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ERR")
    print(repr(v), "|".join(out))
for v in [255, -255, 0]:
    print([format(v, s) for s in ["b", "o", "x", "X", "#b", "#o", "#x", "#X", "08b", "#010x", "c" if v > 0 else "d", "_b", ",d"]])
