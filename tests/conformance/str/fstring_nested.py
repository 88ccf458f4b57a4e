data = {"alice": [90, 85, 77], "bob": [60, 75], "carol": []}
for name, scores in data.items():
    avg = sum(scores) / len(scores) if scores else 0
    print(f"{name.capitalize():<6} n={len(scores):>2} avg={avg:6.2f} best={max(scores) if scores else '-'!s:>3} {'*' * (len(scores))}")
x = 10
print(f"{x:>{x}}|", f"{'a' if x > 5 else 'b'}", f"{[f'{i:02d}' for i in range(3)]}", f"{x!r:>4}")
print(f"{x:#x} {x:#b} {x:e} {x:.1%} {-x:+05d} {x:,d} {2**40:_}")
print(f"{'tab':\t>6}" if False else "skip", f"{3.0!s}", f"{'q'!r}", f"{'é'!a}")
nested = [[1, 2], [3, 4]]
print(f"{nested[1][0]} {nested[-1][-1]} {len(nested)} {sum(map(sum, nested))}")
