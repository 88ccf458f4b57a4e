values = ["10", "20", "thirty"]
total = 0
for v in values:
    total += int(v)
    print(total)
