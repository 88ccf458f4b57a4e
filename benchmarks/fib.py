"""Call-heavy: naive doubly recursive Fibonacci."""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 33
    total = 0
    for k in range(n - 3, n + 1):
        total += fib(k)
    print("fib", n, fib(n), "checksum", total)


main()
