text = "one two three two three three four four four four"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv, sorted(inv.items(), reverse=True))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0) if t else 0
print(depth(tree))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), sorted(k for k, v in matrix.items() if v == 0))
