"""Generates testdata/numparse_cases.txt: numeric conversions and CPython's results.

    python3 crates/taipan-interp/src/support/gen_numparse_cases.py > crates/taipan-interp/src/support/testdata/numparse_cases.txt

Each line: `op<TAB>arg...<TAB>=><TAB>repr(result)`; args are `s:<escaped text>`,
`i:<int>`, or `f:<float bits as 16 hex digits>`; errors are `!ExcType: message`.
"""
import random
import struct
import sys


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
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, int):
        return "i:%d" % v
    return "s:" + esc(v)


def emit(name, args, fn):
    try:
        sys.set_int_max_str_digits(4300)
        r = fn()
        sys.set_int_max_str_digits(0)
        if isinstance(r, float):
            r = "%r|%016x" % (r, struct.unpack("<Q", struct.pack("<d", r))[0])
        elif isinstance(r, tuple) and r and isinstance(r[0], float):
            r = "(" + ", ".join("%r|%016x" % (x, struct.unpack("<Q", struct.pack("<d", x))[0]) for x in r) + ")"
        else:
            r = repr(r)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        if isinstance(e, OverflowError) and e.args and isinstance(e.args[0], int):
            e = OverflowError(str(e.args))
        sys.set_int_max_str_digits(0)
        r = "!%s: %s" % (type(e).__name__, e)
    print("\t".join([name] + [arg(a) for a in args] + ["=>", esc(r)]))


rng = random.Random(1234)
INT_STRS = ['0', '-0', '+5', ' 42 ', '\t-17\n', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
            '0x_1f', '0x__1f', '010', '00', '0_0', '0_7', '0b', '0x', '', '-', '+', '+ 1', '1 2', '١٢٣',
            '\u3000 12 \u2003', '12\x1c', 'z', 'Z', 'zz', '1\x00', 'a' * 300, '9' * 50, '-' + '7' * 40,
            '0b1_0_1', '0o_7', '١x', 'ⅷ', '1.5', '1e5', ' 0x10 ', '-0x10', '0xg', '٣_٤']
for s in INT_STRS:
    for base in [0, 2, 8, 10, 16, 36, 1, 37]:
        emit('int', [s, base], lambda: int(s, base))
emit('int', ['1' * 4301, 10], lambda: int('1' * 4301))
emit('int', ['1' * 4300, 10], lambda: int('1' * 4300) % 1000)

FLOAT_STRS = ['0', '-0', '1.5', ' 1_0.5 ', '1_.5', '1._5', '-InFiNiTy', 'inf', '+nan', '-nan', 'NaN', 'infx',
              '1e', '.e1', '0x10', '١.٥', '', ' ', '1e1_0', '1_e10', '.5', '5.', '-.5e-3', '1e500', '-1e500',
              '1e-400', '2.5e-324', '2.4703282292062328e-324', '2.4703282292062327e-324', '4.9e-324',
              '1.7976931348623157e308', '1.7976931348623159e308', '0.1', '123456789012345678901234567890',
              '\u2003 7 ', '1__0', '1_0_0.0_1', 'e5', '+', '--1', '1.5.', 'in f', 'infinity', 'INFINITY',
              '9007199254740993', '0.30000000000000004', '1E+2', '1e+', 'nan(1)', 'a' * 30]
for s in FLOAT_STRS:
    emit('float', [s], lambda: float(s))

FLOATS = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 1e16, 1e300, -1e300, 123.456, 5e-324, 2.0 ** 63, -2.0 ** 63,
          2.0 ** 64, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 0.1, -0.1,
          1 / 3, 2.675, 1234567.5, -0.4, 0.49999999999999994, 4503599627370497.0]
FLOATS += [rng.uniform(-1e6, 1e6) for _ in range(20)]
FLOATS += [rng.choice([-1, 1]) * 2 ** rng.uniform(-1070, 1020) for _ in range(20)]
for x in FLOATS:
    emit('float_to_int', [x], lambda: int(x))
    emit('round0', [x], lambda: round(x))
    emit('is_integer', [x], lambda: x.is_integer())
    emit('ratio', [x], lambda: x.as_integer_ratio())
    emit('hex', [x], lambda: x.hex())
    for nd in [-400, -308, -20, -3, -1, 0, 1, 2, 3, 10, 17, 300, 330]:
        emit('round', [x, nd], lambda: round(x, nd))
    for y in [0.0, -0.0, 1.0, -1.0, 0.3, -7.5, 1e-300, float('inf'), float('-inf'), float('nan'), 3.0]:
        emit('floordiv', [x, y], lambda: x // y)
        emit('mod', [x, y], lambda: x % y)
        emit('divmod', [x, y], lambda: divmod(x, y))
        emit('truediv', [x, y], lambda: x / y)

INTS = [0, 1, -1, 7, -7, 2 ** 53, 2 ** 53 + 1, 2 ** 54 + 3, -(2 ** 63), 10 ** 20, 2 ** 1023 * 3 // 2,
        2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 10 ** 308, -(10 ** 400), 12345, 250, 350, -250]
INTS += [rng.randrange(-10 ** 40, 10 ** 40) for _ in range(15)]
INTS += [rng.getrandbits(rng.randrange(1, 1100)) for _ in range(8)]
for n in INTS:
    emit('int_to_float', [n], lambda: float(n))
    emit('bin', [n], lambda: bin(n))
    emit('oct', [n], lambda: oct(n))
    emit('hexint', [n], lambda: hex(n))
    emit('str', [n], lambda: str(n))
    for nd in [-400, -5, -2, -1, 0, 3]:
        emit('round_int', [n, nd], lambda: round(n, nd))
    for m in [0, 1, -1, 3, -7, 2 ** 53 + 1, 10 ** 30, -(10 ** 300), 10 ** 400, 2 ** 1100 + 1]:
        emit('int_truediv', [n, m], lambda: n / m)
    for m in [0, 1, -1, 3, -7, 2 ** 53 + 1, 10 ** 30]:
        emit('int_floordiv', [n, m], lambda: n // m)
        emit('int_mod', [n, m], lambda: n % m)
for _ in range(150):
    a = rng.getrandbits(rng.randrange(1, 1200)) * rng.choice([-1, 1])
    b = rng.getrandbits(rng.randrange(1, 1200)) or 1
    emit('int_truediv', [a, b], lambda: a / b)
emit('str', [10 ** 4300], lambda: str(10 ** 4300))
emit('str', [-(10 ** 4299) + 1], lambda: str(-(10 ** 4299) + 1))

POW_F = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, 1e300, float('inf'), float('-inf'), float('nan'), 3.0, -3.0, 1e-300]
for x in POW_F:
    for y in POW_F + [1.5, -1.5, 0.3, 1000.0, -1000.0, 2.0 ** 60 + 1]:
        def fp():
            r = x ** y
            return "complex" if isinstance(r, complex) else r
        emit('float_pow', [x, y], fp)
for a in [0, 1, -1, 2, -2, 3, 10, -7, 2 ** 70]:
    for b in [0, 1, 2, 3, 10, 63, -1, -2, -3, -1100]:
        emit('int_pow', [a, b], lambda: a ** b)
        for m in [1, -1, 7, -7, 10, 2 ** 61 - 1, 0, 4]:
            emit('pow_mod', [a, b, m], lambda: pow(a, b, m))

for s in ['0x1.p0', '1', '0x', '0x.8', '.8', '-0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x1.0000000000000fp0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
          '  -INF ', 'nan', 'infinity', '0x1p99999999999999999999', '0x0p99999999999999999999',
          '0x1p-99999999999999999999', '1p', '0x1 x', '0X1P+2', '+0x1.8', 'ff', '0x1.8e1', '-0x0p0', '0x1p1024',
          '1e', '  0x10  ', '0x1.921fb54442d18p+1', '0x0.0000000000001p-1022', '0x0.00000000000008p-1022',
          '0x0.00000000000018p-1022', '0x123456789abcdef123456789p-200', '\x1c1', '.', 'p1', '0x1p', '0x1p+']:
    emit('fromhex', [s], lambda: float.fromhex(s))
for n in [0, 1, -1, -2, 255, 256, -128, -129, -256, -255, -32768, 2 ** 64 - 1, -(2 ** 63), 10 ** 20]:
    for length in [0, 1, 2, 8, 9, 16, -1]:
        for flags in range(4):
            little, signed = flags & 1 == 1, flags & 2 == 2
            emit('to_bytes', [n, length, flags],
                 lambda: n.to_bytes(length, 'little' if little else 'big', signed=signed).hex())
for hx in ['', '00', 'ff', '80', '7f', '0100', 'ffff', '0080', '000000000000000001', 'deadbeefcafe']:
    for flags in range(4):
        little, signed = flags & 1 == 1, flags & 2 == 2
        emit('from_bytes', [hx, flags], lambda: int.from_bytes(bytes.fromhex(hx), 'little' if little else 'big', signed=signed))
# Random strings over the characters the parsers care about.
alphabet = "0123456789_ .eE+-xXoObBinfaINF\t"
for _ in range(1500):
    s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 9)))
    emit('float', [s], lambda: float(s))
    base = rng.choice([0, 0, 2, 8, 10, 16, 36])
    emit('int', [s, base], lambda: int(s, base))
for _ in range(600):
    x = rng.uniform(-1, 1) * 10 ** rng.randrange(-8, 12)
    nd = rng.randrange(-6, 12)
    emit('round', [x, nd], lambda: round(x, nd))
    emit('round0', [x], lambda: round(x))
