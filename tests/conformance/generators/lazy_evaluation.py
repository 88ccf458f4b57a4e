def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
def doubled(it):
    for x in it:
        print("doubling", x)
        yield x * 2
p = doubled(noisy(3))
print("pipeline built")
for v in p:
    print("consumed", v)
print(list(zip(noisy(5), "ab")))
print(any(x > 0 for x in noisy(10)))
