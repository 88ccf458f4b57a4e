import sys
for i in range(5):
    print(i, end=" ", flush=True)
print()
sys.stdout.write("no newline at end")
sys.stdout.flush()
sys.stdout.write("\n")
print("a", "b", sep="", end="")
print("c")
print(*["x", "y", "z"], sep="\n")
print("unicode ✓ done")
