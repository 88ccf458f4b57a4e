data = bytes(range(256))
print(len(data), data[:16], data[250:], data[65:91], sum(data), max(data), min(data))
print(data.count(b"\x00"), data.find(b"AB"), data.index(b"z"), data[::51])
b = b"The Quick Brown Fox"
print(b.lower(), b.upper(), b.swapcase(), b.split(b" "), b.partition(b" "), b.rpartition(b" "), b.center(25, b"*"), b.ljust(21, b"."), b.zfill(22))
print(sorted(b"hello"), bytes(sorted(b"hello")), b"-".join(b"abc"[i:i + 1] for i in range(3)), reversed(b"ab").__class__.__name__)
print(b"%s and %r" % (b"x", b"y"), b"%5d|%-3x|" % (42, 255), b"a\tb".expandtabs(4))
print(b"abc" * 0, b"" * 5, b"x" in b"xyz", b"" in b"", bytes(b"copy"), bytes(memoryview(b"mv")) if False else b"skip")
