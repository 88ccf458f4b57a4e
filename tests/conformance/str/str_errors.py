ABC = "abc"
tests = [
    lambda: "abc"[5],
    lambda: "abc" + 5,
    lambda: "abc" - "a",
    lambda: "abc".foo,
    lambda: "abc".index("z"),
    lambda: "a".join([1]),
    lambda: ABC[1.0],
    lambda: int("abc"),
    lambda: "%d" % "x",
    lambda: "{0}".format(),
    lambda: "abc".split(1),
    lambda: "x".center("5"),
    lambda: str.upper(5),
    lambda: ord(""),
    lambda: "abc" < 1,
    lambda: "a".replace(1, 2),
    lambda: "".strip(5),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, e)
