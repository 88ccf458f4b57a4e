for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print(i, j)
for x in []:
    print("never")
else:
    print("for-else on empty")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
for ch in "abc":
    pass
print(ch)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for k in {"x": 1, "y": 2}:
    print(k)
total = 0
for n in range(1, 101):
    if n % 3 and n % 5:
        continue
    total += n
print(total)
matrix = [[1, 2], [3, 4], [5, 6]]
for row in matrix:
    for v in row:
        if v == 4:
            break
    else:
        print("row without 4", row)
        continue
    print("row with 4", row)
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
