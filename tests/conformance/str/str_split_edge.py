for s in ["a,b,c", ",,", "", "a", " a  b ", "a\nb\n", "1-2-3-4"]:
    print(repr(s), s.split(","), s.split(), s.rsplit("-", 2), s.split("-", 1), s.splitlines(), s.partition("-"))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "x".split("x"), "xx".split("x"))
print("".join(reversed("a,b,c".split(","))), "/".join(["", "usr", "bin"]), "/usr/bin/".strip("/").split("/"))
print("key=value=more".split("=", 1), "no-equals".partition("="), "a=b".rpartition("="))
