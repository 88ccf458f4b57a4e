"""Generator pipelines: chained generators, generator expressions and yield from."""
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def only_odd(it):
    for x in it:
        if x & 1:
            yield x


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(it):
    for chunk in it:
        yield from chunk


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    last = 0
    for last in running_sum(flatten(chunks(only_odd(squares(numbers(n))), 7))):
        pass
    evens = sum(x % 1000 for x in (y * 3 for y in range(n)) if x % 2 == 0)
    pairs = sum(1 for a, b in zip(numbers(n), numbers(n + 5)) if (a ^ b) == 0)
    print("pipeline", last, "evens", evens, "pairs", pairs)


main()
