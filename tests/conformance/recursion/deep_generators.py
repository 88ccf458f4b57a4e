def nested(n):
    if n == 0:
        yield 0
        return
    yield from nested(n - 1)
    yield n
print(sum(nested(200)), list(nested(5)))
def count_down(n):
    if n > 0:
        yield n
        yield from count_down(n - 1)
print(len(list(count_down(300))))
try:
    list(count_down(5000))
except RecursionError as e:
    print(type(e).__name__)
