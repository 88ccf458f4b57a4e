import random
random.seed(1)
ok = True
for _ in range(300):
    n = random.randint(-10**40, 10**40)
    s = str(n)
    if int(s) != n or int(hex(n), 16) != n or int(bin(n), 2) != n or int(oct(n), 8) != n:
        ok = False
print(ok)
samples = [random.randint(-10**30, 10**30) for _ in range(5)]
print(samples)
print([len(str(s)) for s in samples], sorted(samples)[0] < 0, sum(samples))
print(int("-" + "9" * 50) + 1, int("1" + "0" * 60) // 10**59)
