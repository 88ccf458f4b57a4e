# Builtins and globals shadowed and restored while loops that use them are hot.
def count_len(items, n):
    total = 0
    for i in range(n):
        total += len(items)
    return total
print(count_len([1, 2, 3], 10))
import builtins
orig_len = builtins.len
builtins.len = lambda x: 100
print(count_len([1, 2, 3], 10))
builtins.len = orig_len
print(count_len([1, 2, 3], 10))
len = lambda x: -1
print(count_len([1, 2, 3], 10))
del len
print(count_len([1, 2, 3], 10))
LIMIT = 3
def under_limit(xs):
    return [x for x in xs if x < LIMIT]
print(under_limit(range(10)))
LIMIT = 7
print(under_limit(range(10)))
LIMIT = 2.5
print(under_limit(range(10)))
