excs = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, KeyError, IndexError,
        ValueError, UnicodeError, UnicodeDecodeError, TypeError, AttributeError, NameError, UnboundLocalError,
        RuntimeError, RecursionError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt,
        SystemExit, AssertionError, ImportError, ModuleNotFoundError, OSError, FileNotFoundError, EOFError]
for e in excs:
    print(e.__name__, [b.__name__ for b in e.__mro__])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
try:
    raise KeyError("k")
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
try:
    raise UnboundLocalError("u")
except NameError as e:
    print("caught as NameError:", type(e).__name__, e)
print(IOError is OSError, EnvironmentError is OSError)
