results = []
for i in range(-3, 4):
    try:
        results.append(12 // i)
    except ZeroDivisionError:
        results.append(None)
        continue
    finally:
        results.append("f")
print(results)
data = ["1", "2", "x", "4", None, "6"]
total = 0
errors = []
for d in data:
    try:
        total += int(d)
    except ValueError as e:
        errors.append(str(e))
    except TypeError as e:
        errors.append(type(e).__name__)
print(total, errors)
i = 0
while True:
    try:
        i += 1
        if i > 5:
            raise StopIteration("done")
    except StopIteration as e:
        print("stop at", i, e)
        break
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (ValueError, TypeError):
            pass
    return None
print(first_int(["a", None, "7", "8"]), first_int([]))
