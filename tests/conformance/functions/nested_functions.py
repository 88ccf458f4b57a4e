def outer(n):
    def helper(k):
        return k * n
    def twice(k):
        return helper(helper(k))
    return [twice(i) for i in range(4)]
print(outer(3))
def tree_sum(t):
    def walk(node):
        if isinstance(node, int):
            return node
        return sum(walk(c) for c in node)
    return walk(t)
print(tree_sum([1, [2, 3, [4]], [[5], 6]]))
def make_ops():
    ops = {}
    def op(name):
        def deco(f):
            ops[name] = f
            return f
        return deco
    @op("neg")
    def neg(x):
        return -x
    @op("dbl")
    def dbl(x):
        return x * 2
    return ops
ops = make_ops()
print(sorted(ops), ops["neg"](3), ops["dbl"](4))
def counter_gen():
    count = [0]
    def incr():
        count[0] += 1
        return count[0]
    return incr
c = counter_gen()
print(c(), c(), c())
