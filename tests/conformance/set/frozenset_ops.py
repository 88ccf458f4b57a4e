f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, sorted(f), frozenset(), frozenset("") == frozenset())
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "x"}[frozenset([1, 2, 3])], f == {1, 2, 3}, {1, 2, 3} == f)
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), frozenset([1]) in nested)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(f.union([9]), f.intersection(range(2, 10)), f.issubset({1, 2, 3, 4}), f.copy() == f)
