# Caught exceptions keep their traceback (and so frames) alive: a reference cycle
# between the frame and the exception stored in one of its locals.
class Boom(Exception):
    pass
def fail(i):
    payload = [i] * 30
    try:
        raise Boom(i)
    except Boom as e:
        saved = e
    return saved.args[0] + len(payload)
total = 0
for i in range(500000):
    total += fail(i)
print(total)
