import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stdout.write("partial ")
sys.stdout.write("line\n")
sys.stderr.write("to stderr 2\n")
print("to stdout 2", end="!\n")
print("last stderr line", file=sys.stderr)
