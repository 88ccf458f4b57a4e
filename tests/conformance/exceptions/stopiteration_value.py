def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def delegator():
    r = yield from g()
    print("delegated result", r)
    yield r
print(list(delegator()))
it2 = iter([])
try:
    next(it2)
except StopIteration as e:
    print(repr(e), e.value)
def bad_gen():
    yield 1
    raise StopIteration("oops")
try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
