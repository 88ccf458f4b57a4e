try:
    print(str(b'x', 'nope'))
except Exception as exc:
    print('caught', type(exc).__name__, exc, exc.args)
