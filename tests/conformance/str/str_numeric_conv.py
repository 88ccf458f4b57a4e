for v in [0, 7, -7, 255, 3.5, -0.25, 1e21, 1e-7, True, None, 10**25]:
    print(str(v), repr(v), "%s" % (v,), f"{v}", "{}".format(v), format(v))
for s in ["12", "-12", "1.5", "1e3", " 7 ", "0x1A", "abc"]:
    res = []
    for conv in (int, float):
        try:
            res.append(conv(s))
        except ValueError as e:
            res.append("ValueError")
    print(repr(s), res)
print(str(123)[::-1], int(str(123)[::-1]), sum(int(d) for d in str(2**50)))
