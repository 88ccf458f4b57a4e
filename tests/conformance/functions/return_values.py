def none():
    pass
def multi():
    return 1, 2, 3
def early(x):
    if x < 0:
        return "neg"
    for i in range(10):
        if i == x:
            return "found %d" % i
    return "big"
def nested_return():
    try:
        return "try"
    finally:
        print("finally runs")
def override():
    try:
        return 1
    finally:
        return 2
print(none(), multi(), early(-1), early(3), early(30), nested_return(), override())
def gen_list(n):
    return [i for i in range(n)] if n else None
print(gen_list(3), gen_list(0))
def loop_return():
    while True:
        return "out"
print(loop_return())
