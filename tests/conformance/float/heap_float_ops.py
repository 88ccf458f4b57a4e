import math
nan = float('nan'); inf = float('inf')
class F(float): pass
f = F(2.5)
OPS = [
    ('v + 1', lambda v: v + 1),
    ('v * 2', lambda v: v * 2),
    ('v / 2', lambda v: v / 2),
    ('v // 1', lambda v: v // 1),
    ('v % 3', lambda v: v % 3),
    ('v ** 2', lambda v: v ** 2),
    ('2 ** v', lambda v: 2 ** v),
    ('-v', lambda v: -v),
    ('abs(v)', lambda v: abs(v)),
    ('divmod(v, 2)', lambda v: divmod(v, 2)),
    ('round(v, 1)', lambda v: round(v, 1)),
    ('math.floor(v)', lambda v: math.floor(v)),
    ('math.isnan(v)', lambda v: math.isnan(v)),
    ('math.sqrt(v)', lambda v: math.sqrt(v)),
    ('math.fsum([v, 1])', lambda v: math.fsum([v, 1])),
    ('v.is_integer()', lambda v: v.is_integer()),
    ('v.as_integer_ratio()', lambda v: v.as_integer_ratio()),
    ('int(v)', lambda v: int(v)),
    ('v.__round__()', lambda v: v.__round__()),
    ('max(v, 1)', lambda v: max(v, 1)),
    ('min([v, 1])', lambda v: min([v, 1])),
    ('sorted([3, v, 1])', lambda v: sorted([3, v, 1])),
    ('sum([v, v])', lambda v: sum([v, v])),
    ('hash(v) == hash(v)', lambda v: hash(v) == hash(v)),
    ('v.hex()', lambda v: v.hex()),
    ('v.real', lambda v: v.real),
    ('v.imag', lambda v: v.imag),
    ('v.conjugate()', lambda v: v.conjugate()),
    ('float(v)', lambda v: float(v)),
    ('str(float(v))', lambda v: str(float(v))),
    ('type(float(v)).__name__', lambda v: type(float(v)).__name__),
    ('[v].count(v)', lambda v: [v].count(v)),
    ('(v,).index(v)', lambda v: (v,).index(v)),
    ('{v: 1}.get(v)', lambda v: {v: 1}.get(v)),
    ('v in {v}', lambda v: v in {v}),
    ('v < 1', lambda v: v < 1),
    ('v >= 1', lambda v: v >= 1),
    ('v == 2.5', lambda v: v == 2.5),
    ('2.5 == v', lambda v: 2.5 == v),
    ('math.trunc(v)', lambda v: math.trunc(v)),
    ('math.copysign(1, v)', lambda v: math.copysign(1, v)),
    ('math.isfinite(v)', lambda v: math.isfinite(v)),
    ('isinstance(v, float)', lambda v: isinstance(v, float)),
    ('type(v).__name__', lambda v: type(v).__name__),
    ('v.__class__ is F', lambda v: v.__class__ is F),
    ('float.__add__(v, 1)', lambda v: float.__add__(v, 1)),
    ('v.__neg__()', lambda v: v.__neg__()),
    ('math.ceil(v)', lambda v: math.ceil(v)),
    ('math.modf(v)', lambda v: math.modf(v)),
    ('math.frexp(v)', lambda v: math.frexp(v)),
    ('math.exp(v)', lambda v: math.exp(v)),
    ('math.log(v)', lambda v: math.log(v)),
]
for v in (nan, f, F('nan'), -nan):
    print(repr(v), str(v), "%f|%s|%r|%e|%g" % (v, v, v, v, v), f"{v}|{v:.2f}|{v:>8}|{v!r}", format(v, ""), v == v, v != v, bool(v))
    for name, op in OPS:
        try:
            print(name, "->", op(v))
        except Exception as e:
            print(name, "!!", type(e).__name__, e)
