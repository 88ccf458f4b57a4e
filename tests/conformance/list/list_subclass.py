class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"
s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[1:], type(s[1:]).__name__, sorted(s, reverse=True))
class Counted(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
c = Counted([1, 2])
c.append(3)
c.append(4)
print(c, c.appends, sum(c), 3 in c)
