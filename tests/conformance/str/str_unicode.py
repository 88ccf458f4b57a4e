s = "Grüße aus Köln — 東京 🚀"
print(s, len(s), s.upper(), s.lower(), s[::-1], s.split(), s.encode("utf-8"), len(s.encode("utf-8")))
print([ord(c) for c in "aé東🚀"], "".join(chr(c) for c in [72, 233, 26481, 128640]))
print("é" == "\u00e9", "\u00e9".encode(), "ÄÖÜ".lower(), "äöü".upper(), "ß".upper(), "İ".lower() == "i̇")
print("東京".center(8, "*"), "東京" * 2, "京" in s, s.find("東"), s.index("🚀"), s.count("ü"))
for c in ["a", "é", "東", "🚀", "1", "٣", " "]:
    print(repr(c), c.isalpha(), c.isdigit(), c.isspace(), c.isupper(), c.encode())
