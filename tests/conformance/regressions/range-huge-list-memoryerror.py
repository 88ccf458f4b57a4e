try:
    print("p20", [list(range(((1 << 61))))[(len([(-3)])):(24)]], [pow(((42 * 10 ** 27)), 3, (abs(2147483647)))], [pow((sum([75, 56207])), -1, 7)])
except Exception as exc:
    print(type(exc).__name__, exc)
