# Build and discard binary trees with parent pointers (cycles) many times.
class T:
    def __init__(self, parent, depth):
        self.parent = parent
        if depth:
            self.left = T(self, depth - 1)
            self.right = T(self, depth - 1)
        else:
            self.left = self.right = None
def count(t):
    return 0 if t is None else 1 + count(t.left) + count(t.right)
total = 0
for i in range(150):
    root = T(None, 12)
    total += count(root)
print(total)
