def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(22)])
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 5), ack(3, 3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print([depth(i) for i in range(0, 900, 100)])
try:
    depth(10**5)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(500))
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(25), fact(30) // fact(28))
