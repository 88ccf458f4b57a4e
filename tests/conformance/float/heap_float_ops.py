import math
nan = float('nan'); inf = float('inf')
class F(float): pass
f = F(2.5)
for v in (nan, f, F('nan'), -nan):
    print(repr(v), str(v), "%f|%s|%r|%e|%g" % (v, v, v, v, v), f"{v}|{v:.2f}|{v:>8}|{v!r}", format(v, ""), v == v, v != v, bool(v))
    for op in ("v + 1", "v * 2", "v / 2", "v // 1", "v % 3", "v ** 2", "2 ** v", "-v", "abs(v)", "divmod(v, 2)", "round(v, 1)", "math.floor(v)", "math.isnan(v)", "math.sqrt(v)", "math.fsum([v, 1])", "v.is_integer()", "v.as_integer_ratio()", "int(v)", "v.__round__()", "max(v, 1)", "min([v, 1])", "sorted([3, v, 1])", "sum([v, v])", "hash(v) == hash(v)", "v.hex()", "v.real", "v.imag", "v.conjugate()", "float(v)", "str(float(v))", "type(float(v)).__name__", "[v].count(v)", "(v,).index(v)", "{v: 1}.get(v)", "v in {v}", "v < 1", "v >= 1", "v == 2.5", "2.5 == v", "math.trunc(v)", "math.copysign(1, v)", "math.isfinite(v)", "isinstance(v, float)", "type(v).__name__", "v.__class__ is F", "float.__add__(v, 1)", "v.__neg__()", "math.ceil(v)", "math.modf(v)", "math.frexp(v)", "math.exp(v)", "math.log(v)"):
        try:
            r = eval(op)
            print(op, "->", r)
        except Exception as e:
            print(op, "!!", type(e).__name__, e)
