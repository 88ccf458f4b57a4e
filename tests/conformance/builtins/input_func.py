name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year:", age + 1)
nums = [int(x) for x in input().split()]
print(sum(nums), max(nums))
lines = []
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOF reached", type(e).__name__, e)
        break
    lines.append(line)
print(lines)
