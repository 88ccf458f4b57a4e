g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), list(x + y for x in range(3) for y in range(2)))
nums = [1, 2, 3]
lazy = (n * 10 for n in nums)
nums.append(4)
print(list(lazy))
print(max((len(w), w) for w in "the quick brown fox".split()))
total = 0
gen = (i for i in range(1000000))
for v in gen:
    if v > 10:
        break
    total += v
print(total, next(gen))
print(list(zip((c for c in "abc"), (i for i in range(10)))))
def first(it, pred):
    return next((x for x in it if pred(x)), None)
print(first(range(100), lambda v: v * v > 50), first([], bool))
print("".join(str(d) for d in range(10)), tuple(x for x in "hi"))
