total = 0
for i in range(10):
    for j in range(i):
        total += i * j
print(total)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(3):
    pass
print(i)
for i in range(0):
    print("never")
else:
    print("else ran")
for i in range(5):
    if i == 3:
        break
else:
    print("no break")
print("broke at", i)
r = range(5)
it = iter(r)
print(next(it), next(it), list(it), list(it))
print([i for i in range(2, 30) if all(i % d for d in range(2, i))])
