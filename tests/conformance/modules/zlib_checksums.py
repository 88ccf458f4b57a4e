import zlib
print(zlib.crc32(b""), zlib.crc32(b"hello world"), zlib.crc32(b"abc", 12345), zlib.crc32(b"x", -1), zlib.crc32(b"x", 2**40 + 7), zlib.crc32(bytearray(b"hello")))
print(zlib.adler32(b""), zlib.adler32(b"hello world"), zlib.adler32(b"abc", 99), zlib.adler32(b"Wikipedia"))
c = 0
for chunk in (b"hel", b"lo ", b"world"):
    c = zlib.crc32(chunk, c)
print(c == zlib.crc32(b"hello world"))
for f in [lambda: zlib.crc32("s"), lambda: zlib.crc32(), lambda: zlib.crc32(b"a", 1.5), lambda: zlib.adler32(b"a", value=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
