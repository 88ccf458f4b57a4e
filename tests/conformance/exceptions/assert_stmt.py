assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
def checked(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
for v in [2, "s", 3.0]:
    try:
        print(checked(v))
    except AssertionError as e:
        print("assert:", e)
count = 0
def side():
    global count
    count += 1
    return True
assert side()
print(count)
