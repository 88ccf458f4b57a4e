def queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    placed = []
    def place(r):
        if r == n:
            sols.append(placed[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); placed.pop()
    place(0)
    return sols
for n in range(1, 9):
    s = queens(n)
    print(n, len(s), s[0] if s else None)
board = queens(6)[0]
for r in range(6):
    print(" ".join("Q" if board[r] == c else "." for c in range(6)))
