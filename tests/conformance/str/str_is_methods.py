samples = ["hello", "Hello", "HELLO", "Hello World", "hello world", "123", "12.5", "-1", "abc123", "ABC_def", "_private", "2fast", "with space", "", "\t", "x\n", "Ⅻ", "½"]
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.islower(), s.isupper(), s.istitle(), s.isspace(), s.isidentifier(), s.isprintable()]
    print(repr(s).ljust(16), "".join("1" if f else "0" for f in flags))
