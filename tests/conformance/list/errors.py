l = [1, 2, 3]
tests = [
    lambda: l[3],
    lambda: l[-4],
    lambda: l["a"],
    lambda: l.remove(9),
    lambda: l.index(9),
    lambda: [].pop(),
    lambda: l.pop(10),
    lambda: l + (4,),
    lambda: l * 1.5,
    lambda: l < "a",
    lambda: [1, "a"] < ["a", 1],
    lambda: l.foo(),
    lambda: list(5),
    lambda: l.insert(),
    lambda: l[1:2:0],
    lambda: {}[[]],
    lambda: hash([1]),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, e)
def setit():
    l[5] = 1
def delit():
    del l[7]
for f in (setit, delit):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
