s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s), s[len(s) - 1])
for i in range(-len(s), len(s), 3):
    print(i, s[i])
u = "héllo wörld ñ 日本語 🐍"
print(len(u), u[1], u[-1], u[14], u[15:18], u[::-1])
for bad in (13, -14, 100):
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
print([c for c in "abc"], list("xyz"), "".join(reversed("stressed")))
print("a" in s, "World" in s, "world" in s, "" in s, "lo, W" in s, "x" not in s)
