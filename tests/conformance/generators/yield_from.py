def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return "inner-done-%d" % n
def outer():
    r1 = yield from inner(2)
    print("r1", r1)
    r2 = yield from inner(3)
    print("r2", r2)
    yield from ["x", "y"]
    yield from "ab"
    return "outer-done"
print(list(outer()))
g = outer()
print(next(g), g.send("hello"), next(g), g.send("world"))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5])], [[6]], 7])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), "ab", {9: 0})))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node%d" % depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(3)))
