name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!", f"{n}", f"{n:5d}|", f"{n:<5}|", f"{n:^7}|", f"{n:x}", f"{n:#o}", f"{n:b}")
print(f"{pi:.2f}", f"{pi:10.3f}|", f"{pi:e}", f"{pi!r}", f"{name!r}", f"{name!s:>8}", f"{name:.3}")
print(f"{items}", f"{items[1]}", f"{d['k']}", f"{len(items) * 2}", f"{n + 1} {n - 1}", f"{'nested'}", f"{n if n > 0 else -n}")
print(f"{{braces}}", f"{n}{{}}", f"a{'b'}c", f"{'x' * 3}", f"{3.0:g}", f"{1e20:,.0f}", f"{-7:+}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{name:>{width}}|", f"{n:0{width}d}")
print(f"{n=}", f"{pi = :.2f}", f"{name=!r}")
print(f"""triple {name}
second line {n}""")
print(f"{[x * x for x in items]}", f"{sum(items)}", f"{(lambda v: v * 2)(4)}", f"{ {'a': 1}['a'] }")
print(f"{True} {None} {1.0} {1e16} {0.1 + 0.2}")
def fmt(v):
    return f"<{v:>6.2f}>"
print([fmt(v) for v in (0, 1.005, -3.14159, 1e3)])
