for s in ["ascii", "café", "日本", "🐍", "", "a\x00b", "mixed é 日 🐍"]:
    e = s.encode("utf-8")
    print(repr(s), e, len(e), e.decode("utf-8") == s, list(e)[:6])
print("abc".encode("latin-1"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "ignore"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(bytes([1, 2, 3]).hex(), bytes.fromhex("ff 00 10"), b"\x01\x02".hex())
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big") == b"\x10\x00")
