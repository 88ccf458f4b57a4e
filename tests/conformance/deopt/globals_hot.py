counter = 0
def bump(n):
    global counter
    for i in range(n):
        counter += 1
        if i == n // 2:
            counter = float(counter)
    return counter
print(bump(100), bump(10))
G = [1, 2, 3]
def read_g(n):
    s = 0
    for i in range(n):
        s += G[i % len(G)]
    return s
print(read_g(30))
G = (10, 20)
print(read_g(30))
G = "ab"
try:
    read_g(3)
except TypeError as e:
    print(type(e).__name__, e)
def deleted_global():
    return undefined_later
undefined_later = 5
print([deleted_global() for _ in range(3)])
del undefined_later
try:
    deleted_global()
except NameError as e:
    print(type(e).__name__, e)
