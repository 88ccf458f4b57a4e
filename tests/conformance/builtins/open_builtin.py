path = "scratch_file.txt"
f = open(path, "w")
print(type(f).__name__ in ("TextIOWrapper",), f.writable(), f.readable(), f.name)
f.write("alpha\n")
f.write("beta\n")
f.writelines(["gamma\n", "delta\n"])
f.close()
with open(path) as f:
    print(f.readline().rstrip(), f.readline().rstrip(), f.read().split())
with open(path) as f:
    print([line.strip() for line in f])
with open(path, "r+") as f:
    content = f.read()
    f.write("epsilon\n")
with open(path) as f:
    print(len(f.readlines()), content.count("\n"))
with open(path, "w") as f:
    f.write("overwritten")
print(open(path).read())
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
