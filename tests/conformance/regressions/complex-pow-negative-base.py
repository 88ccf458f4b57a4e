try:
    print((-8) ** 0.5 + 'x')
except Exception as exc:
    print('caught', type(exc).__name__, exc, exc.args)
