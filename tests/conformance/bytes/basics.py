b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], type(b[0]).__name__, type(b[1:2]).__name__)
print(b"a" + b"b", b"ab" * 3, b"lo" in b, 111 in b, b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), b"\x00\xff\n\t'\"\\", repr(b"it's"))
print(list(b"abc"), [x for x in b"xyz"], b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00", hash(b"ab") == hash(b"a" + b"b"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b.hex(), bytes.fromhex("48656c6c6f"), b"%d-%s" % (5, b"x"))
print(b.startswith(b"hell"), b.endswith(b"ld"), b.strip(b"hd"), b"  x ".strip(), b",".join([b"a", b"b"]), b"a,b".split(b","))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"Ab".islower(), b.title(), b.capitalize(), b.index(b"w"))
for bad in (lambda: b[20], lambda: b + "s", lambda: bytes([256]), lambda: b"x".decode("ascii") + 1, lambda: bytes("x")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.pop(), ba, bytearray(3), ba.decode())
