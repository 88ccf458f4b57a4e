excs = [ValueError("bad value"), TypeError("t", 2), KeyError("missing"), KeyError(), IndexError(3),
        ZeroDivisionError("division by zero"), RuntimeError(), StopIteration(), AttributeError("a"),
        NameError("n"), OSError("os"), AssertionError(), NotImplementedError("later"), Exception("a", "b", "c"),
        ArithmeticError(), LookupError("l"), UnicodeError("u"), RecursionError("deep"), OverflowError("big")]
for e in excs:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
