def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"), apply_n(lambda s: s + "!", 3, "hi"))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 3, str, lambda s: s * 2)
print(p(4))
def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
print(curry(pow)(2)(10), list(map(curry(max)(5), [1, 7, 3])))
def reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))
print(sorted(["aa", "b", "ccc"], key=len, reverse=True), max([("a", 3), ("b", 1)], key=lambda t: t[1]))
print(list(map(pow, [2, 3], [5, 2])), list(map(len, ["a", "bb"])), list(zip(*[(1, "a"), (2, "b")])))
