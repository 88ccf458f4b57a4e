with open("test_output.txt", "w") as f:
    n = f.write("line one\n")
    f.write("line two\n")
    f.write("third line without newline")
print(n, f.closed)
with open("test_output.txt") as f:
    print(repr(f.read()))
with open("test_output.txt") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open("test_output.txt", "r") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open("test_output.txt", "a") as f:
    f.write("\nappended")
with open("test_output.txt") as f:
    lines = f.read().splitlines()
print(lines, len(lines))
f = open("numbers.txt", "w")
for i in range(5):
    print(i, i * i, file=f)
f.close()
print(f.closed)
with open("numbers.txt") as f:
    total = sum(int(line.split()[1]) for line in f)
print(total)
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open("utf8.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld 日本\n")
with open("utf8.txt", encoding="utf-8") as f:
    s = f.read()
print(s, len(s))
with open("bin.dat", "wb") as f:
    f.write(bytes(range(10)))
with open("bin.dat", "rb") as f:
    print(f.read())
