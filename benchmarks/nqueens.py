"""Backtracking with bit sets and recursion: count the N-queens solutions."""
import sys


def solve(n):
    full = (1 << n) - 1
    count = 0

    def place(cols, d1, d2):
        nonlocal count
        if cols == full:
            count += 1
            return
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free -= bit
            place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)

    place(0, 0, 0)
    return count


def first_solution(n):
    board = []

    def ok(col):
        row = len(board)
        for r, c in enumerate(board):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def go():
        if len(board) == n:
            return True
        for c in range(n):
            if ok(c):
                board.append(c)
                if go():
                    return True
                board.pop()
        return False

    go()
    return board


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    counts = [solve(k) for k in range(4, n + 1)]
    print("solutions", counts)
    print("first", first_solution(n + 8))


main()
