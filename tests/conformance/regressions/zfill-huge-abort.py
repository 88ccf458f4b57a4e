# A huge width must raise MemoryError, not abort the process.
try:
    print("x".zfill(2 ** 47))
except MemoryError as exc:
    print(type(exc).__name__, exc)
