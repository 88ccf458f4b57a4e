n = int(input())
rows = []
for _ in range(n):
    name, score = input().split(",")
    rows.append((name.strip(), int(score)))
rows.sort(key=lambda r: (-r[1], r[0]))
for rank, (name, score) in enumerate(rows, 1):
    print(f"{rank}. {name:<6} {score:>4}")
rest = []
try:
    while True:
        rest.append(input().upper())
except EOFError:
    pass
print(rest)
