s = {1, 2}
for bad in (lambda: s[0], lambda: s + {3}, lambda: set().pop(), lambda: {[1]}, lambda: s < 3, lambda: set(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(s.__len__(), s.__contains__(1), set.__name__, type(s) is set, isinstance(frozenset(), frozenset))
t = s.copy()
t.add(3)
print(s, t, s.issubset(t), t.difference_update({1}), t, t.intersection_update({2, 3, 4}), t, t.symmetric_difference_update({3, 9}), t)
print({x for x in range(30) if x % 7 == 0}, set([1, 2]) | set(), set() - {1})
print(sorted({"b", "a", "c"}), len({"x", "y", "x"}), "a" in {"a", "b"})
