def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2 wrapped") from e
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught:", e, "cause:", repr(e.__cause__))
        raise
try:
    level1()
except Exception as e:
    print("top:", type(e).__name__, e)
def cleanup_order():
    order = []
    try:
        try:
            order.append("inner try")
            raise IndexError("x")
        except IndexError:
            order.append("inner except")
            raise TypeError("y")
        finally:
            order.append("inner finally")
    except TypeError:
        order.append("outer except")
    finally:
        order.append("outer finally")
    return order
print(cleanup_order())
