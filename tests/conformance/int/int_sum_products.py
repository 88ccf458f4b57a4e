def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(0), fact(1), fact(20), fact(21), fact(30))
print(sum(fact(i) for i in range(25)))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print([binom(10, k) for k in range(11)])
print(binom(100, 50))
def digits_sum(n):
    return sum(int(c) for c in str(n))
print(digits_sum(fact(100)), digits_sum(2**1000))
p = 1
for i in range(1, 30):
    p *= 2**i - 1
print(p % 1000000009, len(str(p)))
print(sum(range(1, 10**4)) ** 3)
