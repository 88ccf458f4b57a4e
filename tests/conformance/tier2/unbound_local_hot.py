# Locals that become unbound inside hot loops (`del`, conditional
# assignment): LOAD_FAST_CHECK must side-exit so tier 1 raises
# UnboundLocalError, and the optimizer must not assume a local stays bound.
def del_in_loop(n):
    out = []
    x = 0
    for i in range(n):
        try:
            out.append(x)
        except UnboundLocalError as e:
            out.append(str(e))
            x = i
            continue
        x = x + 1
        if i % 5 == 4:
            del x
    return out

print(del_in_loop(22))

def conditional_assign(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            y = i * 10
        try:
            out.append(y + i)
        except UnboundLocalError as e:
            out.append(str(e))
        if i % 3 == 2:
            del y
    return out

print(conditional_assign(15))

def late_binding(n):
    out = []
    for i in range(n):
        if i > 6:
            out.append(z)
        else:
            out.append(-i)
        if i == 9:
            z = "bound"
    return out

try:
    late_binding(12)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def never_bound(n):
    total = 0
    for i in range(n):
        if i < 0:
            w = 1
        try:
            total += w
        except UnboundLocalError:
            total -= 1
    return total

print(never_bound(50))

def del_then_rebind(n):
    acc = []
    a = 1.5
    for i in range(n):
        a = a * 2.0
        acc.append(a)
        del a
        a = float(i)
    return acc

print(del_then_rebind(12))

def final_unbound(n):
    q = 0
    for i in range(n):
        q = q + i
        if i == n - 3:
            del q
    return q

print(final_unbound(20))
