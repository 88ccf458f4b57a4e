words = ["apple", "banana", "avocado", "blueberry", "cherry", "apricot"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()}, {w: len(w) for w in words if len(w) > 6})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda c: (-counts[c], c)))
