x = 10
ops = []
x += 5; ops.append(x)
x -= 3; ops.append(x)
x *= 4; ops.append(x)
x //= 5; ops.append(x)
x %= 7; ops.append(x)
x **= 3; ops.append(x)
x <<= 2; ops.append(x)
x >>= 1; ops.append(x)
x |= 1; ops.append(x)
x &= 0xF; ops.append(x)
x ^= 0xA; ops.append(x)
x /= 2; ops.append(x)
print(ops)
l = [1, 2]
l2 = l
l += [3]
print(l, l2, l is l2)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
class A:
    v = 1
a = A()
a.v += 5
print(a.v, A.v)
