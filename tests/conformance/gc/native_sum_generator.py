# sum(), any() and all() drive generators from native code; every item makes
# garbage (a list of 200 ints) that must be collected while the native runs.
def items(n):
    for i in range(n):
        junk = [i] * 200
        yield len(junk) + i % 7

print(sum(items(300000)))
print(sum(x * 2 for x in items(200000)))
print(any(x > 10**6 for x in items(200000)))
print(all(x >= 200 for x in items(200000)))
print(min(items(200000)), max(items(200000)))
