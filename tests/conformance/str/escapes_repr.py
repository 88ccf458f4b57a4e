strs = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x01\x7f",
        "\u00e9", "\u4e2d", "\U0001F600", "\r\n", "\a\b\f\v", "\x80\xff", "\u200b", "'", '"', "", "\\n"]
for s in strs:
    print(repr(s), len(s), ascii(s))
print(r"raw\nstring", r"C:\path\to", len(r"\n"), "skip")
print("\101\102\103", "\x41\x42", "\u0041", "a\
b")
print(str("x"), str(5), str(None), str([1, "a"]), str({"a": "b"}), repr([1, "a"]), repr(("x",)))
