data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 9)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
