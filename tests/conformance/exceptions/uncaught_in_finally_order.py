try:
    print("body")
    raise KeyError("first")
finally:
    print("cleanup runs before the traceback")
