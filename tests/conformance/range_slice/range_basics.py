for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -2), (5, 5), (5, 0), (-3, 3), (0, -10, -3), (1, 2, 10)]:
    r = range(*args)
    print(r, list(r), len(r), bool(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::2], len(r[1:-1]), 14 in r, 15 in r, r.index(21), r.count(7))
print(range(10) == range(0, 10), range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), list(range(3)) == [0, 1, 2])
print(sum(range(101)), max(range(-5, 5)), min(range(3, 9)), list(reversed(range(4))), sorted(range(5), reverse=True))
print(range(10**20)[10**19], len(range(0, 10**18, 3)), 10**19 in range(10**20))
for bad in (lambda: range(0, 5, 0), lambda: range(5)[5], lambda: range(1.5), lambda: range(3).index(7)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(range(3).start, range(1, 9, 2).stop, range(1, 9, 2).step, repr(range(0, 5, 1)), str(range(2, 3)))
