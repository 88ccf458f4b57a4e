class MyList(list):
    def sum(self):
        return sum(self)
class MyDict(dict):
    def keys_sorted(self):
        return sorted(self)
class MyStr(str):
    def exclaim(self):
        return self + "!"
class MyTuple(tuple):
    def first(self):
        return self[0]
class MyFloat(float):
    def half(self):
        return self / 2
ml = MyList([3, 1, 2])
ml.append(4)
ml.sort()
print(ml, ml.sum(), len(ml), ml[0], ml == [1, 2, 3, 4], type(ml).__name__)
md = MyDict(b=1, a=2)
md["c"] = 0
print(md, md.keys_sorted(), md.get("a"), isinstance(md, dict))
ms = MyStr("hey")
print(ms.exclaim(), ms.upper(), type(ms.upper()).__name__, ms * 2, ms == "hey", hash(ms) == hash("hey"))
mt = MyTuple((9, 8))
print(mt.first(), mt, len(mt), mt + (1,), type(mt + (1,)).__name__)
mf = MyFloat(3.0)
print(mf.half(), mf + 1, type(mf + 1).__name__, repr(mf), mf > 2)
class E(Exception):
    def __init__(self, code):
        super().__init__("error code %d" % code)
        self.code = code
try:
    raise E(42)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
