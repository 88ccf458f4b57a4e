B = 2**70
r = range(-B, B, 3**40)
print(r, len(r), r[0], r[-1], r[5], r[-7], r.start, r.stop, r.step, bool(r), bool(range(B, -B)))
print(r[2:9:3], r[::-1], r[::-1][3], r[1:-1], len(r[::B]), r[B:], r[-B:2], r[::3**50])
print(B - 1 in r, -B in r, -B + 3**40 in r, 0 in r, r.index(-B + 2 * 3**40), r.count(-B), r.count(5), r.count(-B + 0.0))
print(range(B) == range(0, B), range(B, B) == range(0), range(5, B, B) == range(5, 6), hash(range(B)) == hash(range(0, B, 1)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
big = range(2**64)
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
print(big[2**63], big[-1], list(big[10:15]), list(reversed(range(B, B + 4))), list(range(B, B + 10, 3)))
it = iter(range(B, B + 3))
print(next(it), next(it), next(it), next(it, "end"), type(it).__name__, type(reversed(range(3))).__name__)
print(list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -4))), list(reversed(range(0))), sum(range(2**62, 2**62 + 5)))
print(range(2**62, 2**62 + 3), list(range(2**62 - 1, 2**62 + 1)), range(-2**63, 2**63)[2**63 - 1])
for bad in (lambda: range(3)[2**100], lambda: r[B * B], lambda: range(B).index(-1), lambda: r["a"], lambda: range(3)[1.0], lambda: range(0, B, 0), lambda: range(1.5, B), lambda: range(B)[::0], lambda: list(range(B)), lambda: range(3).index("a")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 7
print(range(I()), range(10)[I()], range(10)[I():], 7 in range(I(), 9), range(10).index(True), range(4).count(1.0), range(5).index(3.0))
print(list(range(5))[::-1] == list(range(5)[::-1]), range(0, 10**18, 3)[-1], 10**19 in range(10**20), range(10**20)[10**19])
total = 0
for i in range(2**64, 2**64 + 30, 7):
    total += i
for i in reversed(range(-2**65, -2**65 + 3)):
    print(i)
print(total, [i for i in range(2**80, 2**80 - 3, -1)])
B = 10**20
print(1.0 in range(B), 3.0 in range(0, B, 3), range(B).index(5.0), range(2**70, 2**71).index(2.0**70), range(10).count(2.0), range(5).count("a"))
class E:
    def __eq__(self, o): return o == 3
print(E() in range(10), range(10).index(E()), range(10).count(E()), E() in range(2, 3))
try: range(3).index(2.5)
except ValueError as e: print(e)
