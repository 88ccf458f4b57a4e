print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((5,)), max(range(10)))
print(min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len), min([], default="empty"), max([], default=None))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min("bca"), max([(1, "a"), (1, "b")]))
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 10), sum([[1], [2]], []), sum((1, 2), 10), sum([1.5, 2]))
print(max(2, 2.0), max(2.0, 2), min(0, False), type(max(True, 1)).__name__)
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: sum(["a"]), lambda: sum([1], "s"), lambda: min(1, "a")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
