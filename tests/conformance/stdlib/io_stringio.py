# io.StringIO / io.BytesIO, print(file=...), sys.stdout replacement, redirect_stdout.
import io
import sys
import contextlib

s = io.StringIO()
print(s.write('hello\n'), s.tell())
print('world', 42, sep='-', file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines(), list(io.StringIO('a\nb\nc')))
t = io.StringIO('abcdef')
t.seek(2); t.write('XY'); print(t.getvalue(), t.tell())
t.truncate(3); print(repr(t.getvalue()))
t.seek(0, 2); print(t.tell())
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
for bad in [lambda: c.read(), lambda: io.StringIO().write(5), lambda: io.StringIO(5), lambda: io.StringIO().seek(-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'xy')
b.seek(0, 2); b.write(b'z'); print(b.getvalue(), b.read(), b.tell())
b.seek(0); print(b.read(2), b.readline())

old = sys.stdout
sys.stdout = io.StringIO()
print('captured', 1)
print('twice')
v = sys.stdout.getvalue()
sys.stdout = old
print(repr(v))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('redirected')
    sys.stdout.write('direct\n')
print(repr(buf.getvalue()))
