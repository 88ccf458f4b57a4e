s = ""
for i in range(500):
    s += chr(97 + i % 26)
    if i % 100 == 99:
        s += "\n"
print(len(s), s.count("\n"), s[:30], s[-5:])
parts = []
for i in range(200):
    parts.append(str(i) if i % 2 else repr(i * 0.5))
joined = ",".join(parts)
print(len(joined), joined[:60])
word = "abc"
for _ in range(6):
    word = word + word[::-1]
print(len(word), word[:12], word.count("cc"))
out = ""
for ch in "hello world" * 20:
    out += ch.upper() if ch in "aeiou" else ch
print(out[:40], len(out))
fmt = []
for i in range(20):
    fmt.append(f"{i:03d}|{i / 7:.3f}|{'#' * (i % 4)}")
print(fmt[::5])
