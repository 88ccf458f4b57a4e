class Node:
    def __init__(self, val):
        self.val = val
        self.left = self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, v):
        self.size += 1
        if self.root is None:
            self.root = Node(v)
            return
        n = self.root
        while True:
            if v < n.val:
                if n.left is None:
                    n.left = Node(v)
                    return
                n = n.left
            else:
                if n.right is None:
                    n.right = Node(v)
                    return
                n = n.right
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n.left)
                out.append(n.val)
                walk(n.right)
        walk(self.root)
        return out
    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))
    def __contains__(self, v):
        n = self.root
        while n:
            if v == n.val:
                return True
            n = n.left if v < n.val else n.right
        return False
    def __len__(self):
        return self.size
    def __iter__(self):
        return iter(self.inorder())
t = BST()
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(v)
print(t.inorder(), len(t), t.height(), 45 in t, 46 in t, list(t)[:3], sum(t))
class LinkedList:
    class _N:
        def __init__(self, v, nxt):
            self.v, self.nxt = v, nxt
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = self._N(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
    def reverse(self):
        prev, n = None, self.head
        while n:
            n.nxt, prev, n = prev, n, n.nxt
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4])
print(ll)
ll.reverse()
print(ll, LinkedList())
