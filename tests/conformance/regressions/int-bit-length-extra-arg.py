try:
    print((1).bit_length(3))
except Exception as exc:
    print('caught', type(exc).__name__, exc, exc.args)
