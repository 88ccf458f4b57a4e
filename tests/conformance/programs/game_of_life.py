def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
def show(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = glider
for i in range(4):
    print(show(g, 6, 6))
    print()
    g = step(g)
print(sorted(g))
pattern = """
........................#...........
......................#.#...........
............##......##............##
...........#...#....##............##
##........#.....#...##..............
##........#...#.##....#.#...........
..........#.....#.......#...........
...........#...#....................
............##......................
"""
live = set()
for r, line in enumerate(pattern.strip().splitlines()):
    for c, ch in enumerate(line):
        if ch == "#":
            live.add((r, c))
populations = []
for i in range(60):
    populations.append(len(live))
    live = step(live)
print(populations)
print(min(r for r, c in live), max(c for r, c in live))
