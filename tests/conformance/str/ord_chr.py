for c in "aZ0 ~\n\té€日🐍":
    print(repr(c), ord(c), chr(ord(c)) == c, hex(ord(c)))
print(chr(65), chr(97), chr(8364), chr(0x1F600), chr(0), repr(chr(127)), repr(chr(160)))
print("".join(chr(i) for i in range(65, 91)))
print([ord(c) - ord("a") for c in "hello"])
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
