B = 2**100
tests = [lambda: "abc".find("", B), lambda: "abc".find("b", -B, B), lambda: [1, 2].index(2, -B, B), lambda: "abc".count("", B, -B),
 lambda: "abc".rfind("c", -B), lambda: "abc".index("a", -B, B), lambda: "abc".rindex("", B), lambda: "abc".startswith("a", -B, B),
 lambda: "abc".endswith(("x", "c"), -B), lambda: b"abc".find(b"b", -B, B), lambda: b"abc".count(b"b", B), lambda: (1, 2, 3).index(3, -B),
 lambda: "abc".find("a", 1.5), lambda: "abc"[B:], lambda: "abc"[-B:B:B], lambda: [1, 2][::-B], lambda: range(10)[::B], lambda: range(10)[B::-1],
 lambda: "ab" * -B, lambda: [0] * (-B), lambda: (1,) * (2**62), lambda: b"ab" * (2**62), lambda: bytearray(b"ab") * (2**62), lambda: "é" * (2**62),
 lambda: chr(-1), lambda: chr(2**31 - 1), lambda: round(1.5, -B), lambda: round(2, B), lambda: round(25, -1), lambda: round(True, 1),
 lambda: pow(2, 3, 5), lambda: pow(2.0, 3, 5), lambda: pow(2, [], 5), lambda: pow([], 2), lambda: str(b"\xff", "utf-8", "replace"), lambda: str(b"ab", errors="strict"),
 lambda: str(b"ab", "latin_1"), lambda: str(b"ab", encoding="NOPE"), lambda: str("ab", "utf-8"), lambda: [*range(3), *"ab"], lambda: (*{1: 2},), lambda: [*None],
]
for t in tests:
    try:
        r = t()
        print(r if not isinstance(r, (str, bytes, bytearray, list, tuple)) or len(r) < 50 else len(r))
    except Exception as e:
        print(type(e).__name__, e)
for a in [(5, "utf-8"), (b"x", "utf-8", "strict", 4), (b"x",), ()]:
    try: print(repr(str(*a)))
    except Exception as e: print(type(e).__name__, e)
