a = "hello"
b = a
a += " world"
print(a, b, a is b)
c = "x" * 3
d = "xxx"
print(c == d, len({c, d}))
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
t = s.replace("a", "z")
print(s, t)
l = list(s)
l[0] = "z"
print("".join(l), s)
