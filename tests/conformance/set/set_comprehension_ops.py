squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares), 16 in squares, 15 in squares)
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes), sorted(threes - evens), sorted(evens ^ threes)[:5], len(evens | threes))
print(evens.isdisjoint({1, 3}), {0, 6} <= evens & threes, max(evens), min(threes), sum(evens & threes))
s = set()
for word in "one two three two one four".split():
    s.add(len(word))
print(sorted(s), s == {3, 4, 5})
nested = {frozenset({i, i + 1}) for i in range(3)}
print(len(nested), frozenset({1, 2}) in nested, sorted(sorted(f) for f in nested))
