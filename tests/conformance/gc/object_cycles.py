# Pairs of objects pointing at each other, created and dropped in a loop.
# Roughly 1 GB is allocated in total; a collector that frees cycles keeps the peak small.
class Node:
    def __init__(self, i):
        self.i = i
        self.other = None
        self.payload = [i] * 16
total = 0
for i in range(1000000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    total += a.other.i + b.other.payload[3]
print(total)
