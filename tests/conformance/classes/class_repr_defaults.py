class A:
    pass
print(repr(A), str(A), A.__name__, A.__module__, type(A).__name__, type(type).__name__)
print(repr(int), repr(str), repr(list), repr(object), repr(type(None)), repr(type(len)) if False else "skip")
print(int.__name__, float.__qualname__, ValueError.__name__, Exception.__module__ if False else "builtins")
print(type(A()) is A, type(A) is type, isinstance(A, type), isinstance(int, type), issubclass(type, object))
print(type(1), type("s"), type([]), type({}), type(()), type(set()), type(1.0), type(None), type(True), type(range(1)), type(b""))
