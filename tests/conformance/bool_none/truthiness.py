values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [[]], (), ((),), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), b"", b"\x00", frozenset()]
for v in values:
    r = "T" if v else "F"
    print(repr(v), r, bool(v), not v)
n = 0
while n < 5 and n != 3:
    n += 1
print(n)
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), all(x for x in [1, 0]), any(x > 2 for x in [1, 3]))
print(1 < 2 and "ok" or "bad", 0 < 0 and "bad" or "ok")
