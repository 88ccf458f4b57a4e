try:
    v2 = int(isinstance({(-10): (-11), 1073741824: 64}, bool))
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    print("p13", [(tuple([11364])) < (divmod((-882 / 32), 255)), (divmod(30.258, 23)) == (divmod(v2, 29))], [len(range(((-50 * 10 ** 31))))])
except Exception as exc:
    print(type(exc).__name__, exc)
