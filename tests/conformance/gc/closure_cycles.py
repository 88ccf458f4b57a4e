# Recursive inner functions form cycles through their closure cells.
def make(i):
    data = [i] * 20
    def rec(k):
        return data[0] if k == 0 else rec(k - 1)
    return rec(2)
total = 0
for i in range(500000):
    total += make(i)
print(total)
