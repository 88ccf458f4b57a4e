class Leaf:
    def __init__(self, ch, w):
        self.ch, self.w = ch, w
class Inner:
    def __init__(self, l, r):
        self.l, self.r, self.w = l, r, l.w + r.w
def build(text):
    freq = {}
    for c in text:
        freq[c] = freq.get(c, 0) + 1
    nodes = [(w, i, Leaf(c, w)) for i, (c, w) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (w1, _, a), (w2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(w1 + w2, counter, Inner(a, b))]
        counter += 1
    return nodes[0][2], freq
def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        table[node.ch] = prefix or "0"
    else:
        codes(node.l, prefix + "0", table)
        codes(node.r, prefix + "1", table)
    return table
def decode(tree, bits):
    out, node = [], tree
    for b in bits:
        node = node.l if b == "0" else node.r
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)
text = "this is an example of a huffman tree, built and decoded by hand"
tree, freq = build(text)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(ch), freq[ch], table[ch])
bits = "".join(table[c] for c in text)
print(len(bits), len(text) * 8, decode(tree, bits) == text)
print(sum(freq[c] * len(table[c]) for c in freq) == len(bits))
