"""io.StringIO and io.BytesIO written in Python, run in the native io module."""


class _MemIO:
    def __init__(self, initial_value, newline):
        self._buf = initial_value
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, s):
        self._check()
        if not isinstance(s, self._type):
            raise TypeError(self._write_err % type(s).__name__)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + self._empty_char * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        buf = self._buf
        pos = min(self._pos, len(buf))
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        buf = self._buf
        pos = min(self._pos, len(buf))
        i = buf.find(self._nl, pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._buf[:size]
        return size

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemIO):
    _type = str
    _empty_char = '\0'
    _nl = '\n'
    _write_err = 'string argument expected, got %r'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        _MemIO.__init__(self, initial_value, newline)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        return _MemIO.write(self, s)

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemIO):
    _type = (bytes, bytearray)
    _empty_char = b'\0'
    _nl = b'\n'
    _write_err = "a bytes-like object is required, not '%s'"

    def __init__(self, initial_bytes=b''):
        _MemIO.__init__(self, bytes(initial_bytes), None)

    def write(self, b):
        if isinstance(b, bytearray):
            b = bytes(b)
        return _MemIO.write(self, b)

    def getbuffer(self):
        return bytearray(self._buf)


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
