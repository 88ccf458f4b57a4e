"""Generates testdata/bytes_cases.txt: bytes-method calls and CPython's results.

    python3 crates/taipan-interp/src/support/gen_bytes_cases.py > crates/taipan-interp/src/support/testdata/bytes_cases.txt

Each line: `method<TAB>arg...<TAB>=><TAB>repr(result)`; args are `y:<hex bytes>`,
`s:<ascii text>`, `i:<int>`, `b:0|1`, or `~` for None; errors are `!ExcType: message`.
"""


def arg(v):
    if v is None:
        return "~"
    if isinstance(v, bool):
        return "b:%d" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, bytes):
        return "y:" + v.hex()
    return "s:" + v.encode("unicode_escape").decode("ascii").replace("\t", "\\t")


def emit(name, args, fn):
    try:
        r = repr(fn())
    except ValueError as e:
        r = "!ValueError: " + str(e)
    print("\t".join([name] + [arg(a) for a in args] + ["=>", r.encode("unicode_escape").decode("ascii")]))


B = [b"", b"a", b"  a b  c  ", b"a,b,,c,", b"hello world", b"\t\n x\x1c y\x0bz\x0c ", b"aaa", b"abcabcabc",
     b"a\r\nb\rc\nd\x0be", b"line\n", b"Hello World", b"hELLO wORLD", b"\x00\xff\x80", b"-42", b"+7", b"ab\tc\nd\te",
     b"It's 2 Big", b"ABC", b"abc1"]
for b in B:
    for fn in ["isalpha", "isdigit", "isalnum", "isspace", "isascii", "islower", "isupper", "istitle",
               "upper", "lower", "swapcase", "capitalize", "title"]:
        emit(fn, [b], getattr(b, fn))
    for sep in [None, b",", b" ", b"a", b"bc", b""]:
        for m in [-1, 0, 1, 2]:
            emit("split", [b, sep, m], lambda: b.split(sep, m))
            emit("rsplit", [b, sep, m], lambda: b.rsplit(sep, m))
    for k in [False, True]:
        emit("splitlines", [b, k], lambda: b.splitlines(k))
    for ch in [None, b"a", b" c", b""]:
        for fn in ["strip", "lstrip", "rstrip"]:
            emit(fn, [b, ch], lambda: getattr(b, fn)(ch))
    for sep in [b"a", b",", b"bc", b""]:
        emit("partition", [b, sep], lambda: b.partition(sep))
        emit("rpartition", [b, sep], lambda: b.rpartition(sep))
    for old, new in [(b"a", b"XY"), (b"", b"-"), (b"bc", b""), (b"l", b"L")]:
        for c in [-1, 0, 1, 2]:
            emit("replace", [b, old, new, c], lambda: b.replace(old, new, c))
    for w in [-1, 5, 12, 13]:
        for fn in ["center", "ljust", "rjust"]:
            emit(fn, [b, w, b"*"], lambda: getattr(b, fn)(w, b"*"))
        emit("zfill", [b, w], lambda: b.zfill(w))
    for ts in [0, 1, 4, 8]:
        emit("expandtabs", [b, ts], lambda: b.expandtabs(ts))
    for sub in [b"", b"a", b"bc", b"\xff"]:
        for st, en in [(None, None), (1, None), (-3, None), (2, -1), (5, 2), (10, None), (len(b), None)]:
            def call(f):
                if en is None and st is None:
                    return f(sub)
                if en is None:
                    return f(sub, st)
                return f(sub, 0 if st is None else st, en)
            for fn in ["find", "rfind", "count", "startswith", "endswith", "index", "rindex"]:
                emit(fn, [b, sub, st, en], lambda: call(getattr(b, fn)))
    for sep, n in [(None, 1), (":", 1), (":", 2), (":", -2), ("::", 1), ("\u00e9", 1), (":", 0)]:
        emit("hex", [b, sep, n], lambda: b.hex() if sep is None else b.hex(sep, n))
for s in ["0a 1b", "0a1", "0a 1 b", "zz", " 0a\t\n1b ", "", "  ", "0A0b", "0a\x0c1b", "0\x0ba", "\u00e9a", "abc"]:
    emit("fromhex", [s], lambda: bytes.fromhex(s))
