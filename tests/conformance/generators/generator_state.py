def stateful():
    x = 0
    while x < 3:
        y = yield x
        print("resumed with", y, "x =", x)
        x += 1
g = stateful()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration:
    print("done")
def running():
    yield g2.gi_running if False else "skip"
g2 = running()
print(next(g2))
def tracker():
    yield 1
    yield 2
t = tracker()
print(t.gi_frame is not None, list(t), t.gi_frame)
try:
    def gen_raise():
        yield 1
        raise ValueError("from generator")
    for v in gen_raise():
        print("value", v)
except ValueError as e:
    print("caught", e)
