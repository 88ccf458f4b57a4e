def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < 1000)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(len(str(fact(900))))
import sys
sys.setrecursionlimit(3000)
print(fact(2500) % 1000007)
sys.setrecursionlimit(1000)
try:
    fact(5000)
except RecursionError as e:
    print("again:", e)
print("still alive", fact(10))
