class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class RangeError(ValidationError):
    def __init__(self, field, lo, hi, v):
        super().__init__(field, f"{v} not in [{lo}, {hi}]")
        self.bounds = (lo, hi)
class Quiet(Exception):
    pass
class WithStr(Exception):
    def __str__(self):
        return "custom str"
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if not 0 <= age <= 150:
        raise RangeError("age", 0, 150, age)
    return age
for v in [30, "x", 200, -1]:
    try:
        print("ok", validate(v))
    except RangeError as e:
        print("range", e, e.field, e.bounds, e.args)
    except ValidationError as e:
        print("validation", e, e.field)
for exc in [Quiet(), Quiet("one"), Quiet("a", 2), WithStr("ignored"), ValueError(), KeyError("k"), KeyError("a", "b"), Exception(None)]:
    print(repr(str(exc)), repr(exc), exc.args)
try:
    raise Quiet
except Quiet as e:
    print("class raised", repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
