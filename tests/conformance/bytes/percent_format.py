print(b"%d-%s" % (5, b"x"))
print(b"%s and %r" % (b"x", b"y"), b"%5d|%-3x|" % (42, 255))
print(bytearray(b"%c%c") % (65, b"B"))
print(b"%(a)s %%" % {b"a": b"q"} if False else b"%a" % "\u00e9")
print(b"%.2f %5.1e %b" % (1.5, 2.0, bytearray(b"z")))
for bad in [(b"%s", 1), (b"%c", 300), (b"%c", "x"), (b"%y", 1), (b"%d %d", (1,))]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self): return b"BB"
print(b"%s" % B())
print(b"%(k)s" % {b"k": b"v"})
