def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError):
        return "lookup-specific"
    except LookupError:
        return "lookup"
    except (ValueError, TypeError) as e:
        return "value/type: " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception:
        return "generic"
for exc in [KeyError(), IndexError(), LookupError(), ValueError(), TypeError(), UnicodeError(), ZeroDivisionError(), OverflowError(), RuntimeError(), AttributeError()]:
    print(type(exc).__name__, "->", classify(exc))
groups = (ZeroDivisionError, KeyError)
try:
    {}[1]
except groups as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
