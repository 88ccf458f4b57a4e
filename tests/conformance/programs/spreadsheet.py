cells = {
    "A1": "5", "A2": "7", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=B1-A1", "B3": "=SUM(A1:A3)",
    "C1": "=B3/4", "C2": "=C1+C3", "C3": "=C2", "D1": "=Z9+1", "D2": "hello", "D3": "=A1*D2",
}
class CycleError(Exception):
    pass
def col_range(a, b):
    col, r1, r2 = a[0], int(a[1:]), int(b[1:])
    return [f"{col}{r}" for r in range(r1, r2 + 1)]
def evaluate(name, visiting=()):
    if name in visiting:
        raise CycleError("cycle at " + name)
    if name.isdigit():
        return int(name)
    raw = cells.get(name, "0")
    if not raw.startswith("="):
        try:
            return float(raw) if "." in raw else int(raw)
        except ValueError:
            return raw
    expr = raw[1:]
    if expr.startswith("SUM(") and expr.endswith(")"):
        a, b = expr[4:-1].split(":")
        return sum(evaluate(c, visiting + (name,)) for c in col_range(a, b))
    for op in "+-*/":
        if op in expr:
            l, r = expr.split(op, 1)
            x, y = evaluate(l, visiting + (name,)), evaluate(r, visiting + (name,))
            if op == "+":
                return x + y
            if op == "-":
                return x - y
            if op == "*":
                return x * y
            return x / y
    return evaluate(expr, visiting + (name,))
for name in sorted(cells):
    try:
        print(name, repr(evaluate(name)))
    except CycleError as e:
        print(name, "error:", e)
    except TypeError as e:
        print(name, "type error:", e)
