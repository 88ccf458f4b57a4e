d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(d.items() & {("a", 1), ("b", 9)}), d.keys() == {"a", "b", "c", "d"})
it2 = iter(d)
print(next(it2), next(it2))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d["a"]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
