class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abc"[i], (1, 2, 3)[Idx(-1)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), [0, 1, 2, 3][Idx(1):Idx(3)])
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
class Rnd:
    def __round__(self, n=None):
        return "rounded %s" % n
print(round(Rnd()), round(Rnd(), 2))
class Ab:
    def __abs__(self):
        return "abs!"
print(abs(Ab()))
class Hsh:
    def __hash__(self):
        return 12345
print(hash(Hsh()))
