# zip() of a non-iterable reports it like iter() does (CPython 3.11).
for arg in (5, 1.5, True):
    try:
        print(list(zip([1, 2], arg)))
    except Exception as exc:
        print(type(exc).__name__, exc)
