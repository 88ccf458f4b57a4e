# Globals and builtins rebound while a hot loop that reads them runs: the
# cached global loads must see every new binding at once.
import builtins

SCALE = 2
def scaled(n):
    global SCALE
    out = []
    for i in range(n):
        out.append(i * SCALE)
        if i == 10:
            SCALE = 5
        if i == 20:
            SCALE = 0.5
        if i == 25:
            SCALE = "ab"
    return out

print(scaled(30))

def helper(x):
    return x + 1

def calls(n):
    global helper
    out = []
    for i in range(n):
        out.append(helper(i))
        if i == 7:
            helper = lambda x: x * 100
        if i == 14:
            del helper
            helper = abs
    return out

print(calls(20))

def shadow_len(items, n):
    global len
    out = []
    for i in range(n):
        out.append(len(items))
        if i == 5:
            len = lambda x: 0
        if i == 10:
            del len
        if i == 15:
            builtins.len = lambda x: -1
    return out

orig_len = builtins.len
print(shadow_len([1, 2, 3], 20))
builtins.len = orig_len
print(len("restored"))

def shadow_builtin_from_outside(n):
    out = []
    for i in range(n):
        out.append(max(i, 7))
        if i == 8:
            set_max()
    return out

def set_max():
    globals()["max"] = min

print(shadow_builtin_from_outside(14))
del max
print(max(1, 2))

counter = 0
def bump(n):
    global counter
    for i in range(n):
        counter = counter + i
    return counter

print(bump(100), bump(100), counter)
counter = 1.5
print(bump(10))
counter = "x"
try:
    bump(10)
except TypeError as e:
    print("TypeError:", e)

def missing_global(n):
    out = []
    for i in range(n):
        try:
            out.append(maybe_defined)
        except NameError as e:
            out.append(str(e))
        if i == 4:
            globals()["maybe_defined"] = i
        if i == 8:
            del globals()["maybe_defined"]
    return out

print(missing_global(12))

# The loop at module level rebinding what it reads.
total = 0
step = 1
for i in range(40):
    total = total + step
    if i == 19:
        step = 1000
print(total)

g_list = [1, 2, 3]
def read_list(n):
    global g_list
    acc = 0
    for i in range(n):
        acc += g_list[i % 3]
        if i == 10:
            g_list = [10, 20, 30]
    return acc

print(read_list(30))
