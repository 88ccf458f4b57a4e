try:
    print(10.0 ** 400)
except ArithmeticError as exc:
    print('caught', type(exc).__name__, exc, exc.args)
