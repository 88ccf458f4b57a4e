def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(500):
    head = Node(head)
print(head.length())
for i in range(2000):
    head = Node(head)
try:
    head.length()
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered")
