"""A helper module beside the tests (not a test: starts with an underscore)."""
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

__all__ = ["gcd"]
VERSION = (1, 2)
