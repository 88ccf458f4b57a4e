def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    if kind == "attr":
        return None.attr
    if kind == "name":
        return undefined_variable
    return "fine"
for k in ["zero", "key", "index", "type", "value", "attr", "name", "ok"]:
    try:
        r = risky(k)
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError", e)
    except (KeyError, IndexError) as e:
        print(k, "lookup", type(e).__name__, e)
    except Exception as e:
        print(k, "other", type(e).__name__, e)
    else:
        print(k, "no error", r)
    finally:
        print(k, "finally")
