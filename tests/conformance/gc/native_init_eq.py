# __init__ run by class calls made from native code (map, list(genexpr)) and
# __eq__ run by list.count / `in` / list.index, each allocating garbage.
class Node:
    def __init__(self, v):
        scratch = [v] * 250
        self.v = scratch[-1]

    def __eq__(self, other):
        scratch = [self.v] * 250
        return isinstance(other, Node) and scratch[0] == other.v

    __hash__ = None

nodes = list(map(Node, range(200000)))
print(len(nodes), nodes[-1].v)
print(sum(n.v for n in (Node(i) for i in range(200000))))
small = [Node(i % 50) for i in range(50)]
hits = 0
for k in range(4000):
    probe = Node(k % 60)
    hits += small.count(probe)
    hits += probe in small
print(hits)
print(small.index(Node(49)))
