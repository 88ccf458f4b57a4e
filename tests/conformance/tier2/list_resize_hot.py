# Lists resized while hot loops index and iterate them: the list uops check
# the exact type and the index against the current length every time.
def shrink_by_index(n):
    xs = list(range(n))
    i = 0
    out = []
    while i < len(xs):
        out.append(xs[i])
        if xs[i] % 3 == 0:
            xs.pop()
        i += 1
    return out, xs

print(shrink_by_index(30))

def grow_by_index(n):
    xs = [1, 2, 3]
    i = 0
    while i < len(xs) and i < n:
        if xs[i] % 2 == 1:
            xs.append(xs[i] * 3 + 1)
        else:
            xs.append(xs[i] // 2)
        i += 1
    return xs[-10:], len(xs)

print(grow_by_index(60))

def iterate_while_appending(n):
    xs = [0]
    seen = []
    for x in xs:
        seen.append(x)
        if len(xs) < n:
            xs.append(x + 1)
            xs.append(x + 2)
    return seen[-5:], len(seen)

print(iterate_while_appending(40))

def iterate_while_removing():
    xs = list(range(30))
    seen = []
    for x in xs:
        seen.append(x)
        if x % 4 == 1:
            xs.remove(x)
    return seen, xs

print(iterate_while_removing())

def clear_mid_loop(n):
    xs = list(range(n))
    out = []
    for i in range(n):
        try:
            out.append(xs[i])
            xs[i] = xs[i] * 2
        except IndexError as e:
            out.append(str(e))
        if i == n // 2:
            xs.clear()
            xs.extend([-1, -2])
    return out

print(clear_mid_loop(14))

def store_out_of_range(n):
    xs = [0] * 5
    out = []
    for i in range(n):
        try:
            xs[i] = i
        except IndexError as e:
            out.append((i, str(e)))
        try:
            xs[-i - 1] += 1
        except IndexError as e:
            out.append((-i - 1, str(e)))
    return xs, out

print(store_out_of_range(8))

def negative_indexes(n):
    xs = [10, 20, 30, 40]
    out = []
    for i in range(n):
        out.append(xs[-1 - (i % 4)])
        if i == 6:
            xs = (10, 20, 30, 40)
        if i == 9:
            xs = "abcd"
        if i == 12:
            xs = {-1: "m1", -2: "m2", -3: "m3", -4: "m4"}
    return out

print(negative_indexes(16))

def bool_index(n):
    xs = ["f", "t"]
    out = []
    for i in range(n):
        out.append(xs[i % 2 == 0])
        out.append(xs[i % 2])
    return "".join(out)

print(bool_index(12))

def swap_sort(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs

print(swap_sort([5, 3, 9, 1, 1.5, -2, 7, 0, 8, 2, -0.5, 6]))
