found = None
for i in range(2, 50):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        if i > 40:
            found = i
            break
print(found)
pairs = []
for a in range(5):
    if a == 3:
        continue
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
i = 0
while i < 10:
    i += 1
    try:
        if i == 3:
            continue
        if i == 6:
            break
    finally:
        print("finally", i)
print("end", i)
