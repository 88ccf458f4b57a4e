def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
x = 7
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 5 and x < 10 or x == 100:
    print("in range")
if x in (1, 7, 9):
    print("member")
if None is None:
    pass
else:
    print("unreachable")
y = "set" if x else "unset"
print(y)
if x > 100:
    print("no")
elif x > 50:
    print("no")
print("done")
