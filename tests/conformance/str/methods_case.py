words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "123abc", "ß", "ǅ", "straße", "", "  mixed Case  ", "o'neil's", "tHe qUICK-bROWN fox"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "Abc Def", "abc1", "123", "1.5", "", " ", "\t\n", "ab cd", "Ab1", "²", "٣", "ABC def"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isupper(), w.islower(), w.istitle(), w.isspace(), w.isdecimal(), w.isnumeric(), w.isidentifier(), w.isascii(), w.isprintable())
