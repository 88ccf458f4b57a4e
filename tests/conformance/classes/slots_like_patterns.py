class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
head = None
for i in range(5):
    head = Node(i, head)
out = []
n = head
while n:
    out.append(n.value)
    n = n.next
print(out)
try:
    head.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(head, "__dict__"), Node.__slots__)
