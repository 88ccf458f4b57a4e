attempts = {"n": 0}
class TransientError(Exception):
    pass
class FatalError(Exception):
    pass
def flaky(fail_times):
    attempts["n"] += 1
    if attempts["n"] <= fail_times:
        raise TransientError(f"attempt {attempts['n']} failed")
    return "ok after %d" % attempts["n"]
def retry(fn, tries, *args):
    last = None
    for i in range(tries):
        try:
            return fn(*args)
        except TransientError as e:
            last = e
            print("retrying:", e)
    raise FatalError(f"gave up after {tries} tries") from last
print(retry(flaky, 5, 2))
attempts["n"] = 0
try:
    retry(flaky, 2, 10)
except FatalError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)
