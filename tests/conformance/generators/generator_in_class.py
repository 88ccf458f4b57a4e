class Tree:
    def __init__(self, val, *children):
        self.val = val
        self.children = children
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), sum(t), max(t), 5 in t, 9 in t)
for d, v in t.depth_first():
    print("  " * d + str(v))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
print(list(Range2(9)), [x * x for x in Range2(5)])
