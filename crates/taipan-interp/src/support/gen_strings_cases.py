"""Generates testdata/strings_cases.txt: str-method calls and CPython's results.

    python3 crates/taipan-interp/src/support/gen_strings_cases.py > crates/taipan-interp/src/support/testdata/strings_cases.txt

Each line: `method<TAB>arg...<TAB>=><TAB>repr(result)` where an arg is `s:<text>`
(text escaped: \\\\ \\t \\n \\r and \\u{hex} outside printable ASCII), `i:<int>`,
`b:0|1`, or `~` for None; errors are `!ExcType: message`.
"""


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif 32 <= o < 127:
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return "".join(out)


def arg(v):
    if v is None:
        return "~"
    if isinstance(v, bool):
        return "b:%d" % v
    if isinstance(v, int):
        return "i:%d" % v
    return "s:" + esc(v)


def emit(name, args, fn):
    try:
        r = repr(fn())
    except ValueError as e:
        r = "!ValueError: " + str(e)
    print("\t".join([name] + [arg(a) for a in args] + ["=>", esc(r)]))


S = ['', 'a', '  a b  c  ', 'a,b,,c,', ',', 'hello world', '\t\n x\x1c y\x85z\u3000w ', 'aaa',
     'abcabcabc', 'héllo wörld', '日本語のテキスト',
     'a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', 'line\n', '\n\n', 'x\r',
     'ΣΑΣ ΟΔΟΣ', 'ǆemal ǈ', 'ß straße ﬁ', 'İstanbul', 'Hello World', 'hELLO wORLD', "don't",
     'a1_b', '_x', '1a', 'x²', '١٢٣', '½', '一二', 'Ⅻ', '  \t ', 'Abc Def', 'ABC', 'abc', 'A1b',
     'aΣ b', 'ᾈa', "It's O'Neil", 'ΑΣ.Σ', 'Σ', 'aΣ\u0301', 'a\u00adΣb', '\x00\x7f', 'a\'"b',
     '\u0378\u200b\ud7ff', '\U0001f600\U000e0001', '\xa0\xad', 'tab\there', 'ﬃ ǳ ǲ', 'ŉ']
FIND_S = ['', 'a', 'a,b,,c,', 'aaa', 'abcabcabc', 'héllo wörld', '日本語のテキスト', 'a\r\nb\rc\nd']
PREDS = ['isspace', 'isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isprintable',
         'isascii', 'isidentifier', 'islower', 'isupper', 'istitle']
CASES = ['upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase']

for s in S:
    for fn in PREDS + CASES:
        emit(fn, [s], getattr(s, fn))
    emit('repr', [s], lambda: repr(s))
    emit('ascii', [s], lambda: ascii(s))
    for sep in [None, ',', ' ', 'a', 'bc', '']:
        for m in [-1, 0, 1, 2]:
            emit('split', [s, sep, m], lambda: s.split(sep, m))
            emit('rsplit', [s, sep, m], lambda: s.rsplit(sep, m))
    for k in [False, True]:
        emit('splitlines', [s, k], lambda: s.splitlines(k))
    for ch in [None, 'a', ' c', 'xyz', '']:
        for fn in ['strip', 'lstrip', 'rstrip']:
            emit(fn, [s, ch], lambda: getattr(s, fn)(ch))
    for sep in ['a', ',', 'bc', '']:
        emit('partition', [s, sep], lambda: s.partition(sep))
        emit('rpartition', [s, sep], lambda: s.rpartition(sep))
    for old, new in [('a', 'XY'), ('', '-'), ('bc', ''), ('l', 'L'), ('zz', 'q')]:
        for c in [-1, 0, 1, 2]:
            emit('replace', [s, old, new, c], lambda: s.replace(old, new, c))
    for w in [-1, 0, 5, 12, 13]:
        for fill in [' ', '*', 'é']:
            for fn in ['center', 'ljust', 'rjust']:
                emit(fn, [s, w, fill], lambda: getattr(s, fn)(w, fill))
        emit('zfill', [s, w], lambda: s.zfill(w))
    if s in FIND_S:
        for sub in ['', 'a', 'bc', 'l', 'ö', 'xyz']:
            for st, en in [(None, None), (1, None), (-3, None), (2, -1), (5, 2), (0, 100),
                           (10, None), (None, -100), (len(s), None), (-100, None)]:
                def call(f):
                    if en is None and st is None:
                        return f(sub)
                    if en is None:
                        return f(sub, st)
                    return f(sub, 0 if st is None else st, en)
                for fn in ['find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex']:
                    emit(fn, [s, sub, st, en], lambda: call(getattr(s, fn)))
for s in ['-42', '+7', '42', '-', '', 'a\tb\tc', 'ab\tc\nd\te', '\t\r\t', '日\t本', '12345\t1\t']:
    emit('zfill', [s, 6], lambda: s.zfill(6))
    for ts in [-1, 0, 1, 4, 8]:
        emit('expandtabs', [s, ts], lambda: s.expandtabs(ts))

# Random strings over an alphabet mixing ASCII, whitespace kinds, line breaks and
# multi-byte characters.
import random

rng = random.Random(17)
alphabet = ["a", "b", "A", "ß", "Σ", "ǅ", " ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\u2028", "\u3000",
            "é", "日", ",", "'", "1", "_"]
for _ in range(300):
    s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 10)))
    sub = "".join(rng.choice(alphabet[:8]) for _ in range(rng.randrange(0, 3)))
    m = rng.choice([-1, 0, 1, 2])
    emit('split', [s, None, m], lambda: s.split(None, m))
    emit('rsplit', [s, None, m], lambda: s.rsplit(None, m))
    if sub:
        emit('split', [s, sub, m], lambda: s.split(sub, m))
        emit('rsplit', [s, sub, m], lambda: s.rsplit(sub, m))
    emit('splitlines', [s, True], lambda: s.splitlines(True))
    emit('strip', [s, None], lambda: s.strip())
    st = rng.choice([None, -2, 1, 3])
    emit('find', [s, sub, st, None], lambda: s.find(sub, st))
    emit('rfind', [s, sub, st, None], lambda: s.rfind(sub, st))
    emit('count', [s, sub, st, None], lambda: s.count(sub, st))
    emit('replace', [s, sub, "<>", m], lambda: s.replace(sub, "<>", m))
    for fn in ['title', 'capitalize', 'swapcase', 'lower', 'upper', 'casefold', 'istitle', 'isspace']:
        emit(fn, [s], getattr(s, fn))
    emit('expandtabs', [s, 4], lambda: s.expandtabs(4))
    emit('repr', [s], lambda: repr(s))
