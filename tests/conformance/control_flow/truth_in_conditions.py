class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool(%s)" % self.v)
        return self.v
if Flag(True) and Flag(False):
    print("no")
else:
    print("else branch")
while Flag(False):
    pass
x = Flag(True) or Flag(False)
print(type(x).__name__, x.v)
print(not Flag(False))
r = [i for i in range(3) if Flag(i % 2 == 0)]
print(r)
print(Flag(True) if Flag(False) else "cond false")
