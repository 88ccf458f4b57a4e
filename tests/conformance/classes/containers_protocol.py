class Seq:
    def __init__(self, n):
        self.n = n
        self.data = {}
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return self.data.get(i, i * i)
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        self.data.pop(i, None)
    def __contains__(self, v):
        print("contains", v)
        return v == "magic"
s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], s[::2], list(s), 4 in s, "magic" in s, bool(s), bool(Seq(0)))
s[2] = "two"
print(s[2], list(s))
del s[2]
print(s[2], sorted(s, reverse=True), reversed(s).__class__.__name__ if False else "skip")
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i
print(list(OldIter()), "item1" in OldIter(), [x for x in OldIter()])
class Rev:
    def __init__(self, d):
        self.d = d
    def __len__(self):
        return len(self.d)
    def __getitem__(self, i):
        return self.d[i]
    def __reversed__(self):
        return iter(self.d[::-1] + ["!"])
print(list(reversed(Rev([1, 2, 3]))))
