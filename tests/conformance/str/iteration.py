s = "héllo"
for i, c in enumerate(s):
    print(i, c)
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list(reversed("abc")), sorted("hello"), sorted("hello", reverse=True), set("aab") == {"a", "b"})
print(list(zip("abc", "xyz")), list(map(str.upper, "abc")), [c for c in "a1b2c3" if c.isdigit()])
print(dict.fromkeys("abc", 0), tuple("hi"), "".join(sorted(set("mississippi"))))
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count, sorted(count.items(), key=lambda kv: (-kv[1], kv[0])))
