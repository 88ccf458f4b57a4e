d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", 0)
d["b"] += 5
print(d)
class O:
    def __init__(self):
        self.n = 1
        self.items = [0, 0]
o = O()
o.n += 10
o.n *= 2
o.items[1] += 7
print(o.n, o.items)
lst = [1, 2, 3]
i = 0
lst[i] += 100
lst[-1] -= 1
print(lst)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 1
print(arr, calls)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
s = "x"
s += "y"
s *= 2
print(s)
