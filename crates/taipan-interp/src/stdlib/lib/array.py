"""Efficient arrays of numeric values (taipan's array).

Values are range-checked on the way in with CPython 3.11's exact messages
(which follow the C argument parser each typecode goes through); the byte
layout (tobytes/frombytes) is the machine's, little-endian, via struct.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_LONG_MAX = 2 ** 63 - 1
_LONG_MIN = -2 ** 63
_ULONG_MAX = 2 ** 64 - 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        m = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return m(v)


def _long(v):
    v = _index(v)
    if v > _LONG_MAX or v < _LONG_MIN:
        raise OverflowError('Python int too large to convert to C long')
    return v


def _short(v):
    v = _long(v)
    if v > 32767:
        raise OverflowError('signed short integer is greater than maximum')
    if v < -32768:
        raise OverflowError('signed short integer is less than minimum')
    return v


def _cint(v):
    v = _long(v)
    if v > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if v < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    return v


def _ulong(v):
    v = _index(v)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return v


def _check_b(v):
    v = _short(v)
    if v < -128:
        raise OverflowError('signed char is less than minimum')
    if v > 127:
        raise OverflowError('signed char is greater than maximum')
    return v


def _check_B(v):
    v = _long(v)
    if v < 0:
        raise OverflowError('unsigned byte integer is less than minimum')
    if v > 255:
        raise OverflowError('unsigned byte integer is greater than maximum')
    return v


def _check_H(v):
    v = _cint(v)
    if v < 0:
        raise OverflowError('unsigned short is less than minimum')
    if v > 65535:
        raise OverflowError('unsigned short is greater than maximum')
    return v


def _check_I(v):
    v = _ulong(v)
    if v > 4294967295:
        raise OverflowError('unsigned int is greater than maximum')
    return v


def _check_q(v):
    v = _index(v)
    if v > _LONG_MAX or v < _LONG_MIN:
        raise OverflowError('int too big to convert')
    return v


def _check_Q(v):
    v = _index(v)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _real(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    try:
        m = type(v).__float__
    except AttributeError:
        try:
            m = type(v).__index__
        except AttributeError:
            raise TypeError('must be real number, not %s' % type(v).__name__) from None
        return float(m(v))
    return m(v)


def _check_f(v):
    v = _real(v)
    try:
        return _struct.unpack('<f', _struct.pack('<f', v))[0]
    except OverflowError:
        return v * float('inf')


def _check_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be unicode character')
    return v


_CHECK = {'b': _check_b, 'B': _check_B, 'u': _check_u, 'h': _short, 'H': _check_H,
          'i': _cint, 'I': _check_I, 'l': _long, 'L': _ulong, 'q': _check_q,
          'Q': _check_Q, 'f': _check_f, 'd': _real}


class array:
    """array(typecode [, initializer]) -> array"""

    __hash__ = None

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._v = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._v = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array "
                                "with typecode '%s'" % typecode)
            self.extend(initializer._v)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _check(self, v):
        return _CHECK[self._tc](v)

    def append(self, v):
        self._v.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._v.extend(iterable._v)
            return
        check = _CHECK[self._tc]
        for v in iterable:
            self._v.append(check(v))

    def insert(self, i, v):
        self._v.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._v:
            raise IndexError('pop from empty array')
        n = len(self._v)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        return self._v.pop(i)

    def remove(self, v):
        for i, x in enumerate(self._v):
            if x == v:
                del self._v[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=9223372036854775807):
        n = len(self._v)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._v[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._v if x == v)

    def reverse(self):
        self._v.reverse()

    def tolist(self):
        return list(self._v)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        check = _CHECK[self._tc]
        self._v.extend([check(v) for v in lst])

    def _fmt(self, n):
        if self._tc == 'u':
            return '<%dI' % n
        return '<%d%s' % (n, {'l': 'q', 'L': 'Q'}.get(self._tc, self._tc))

    def tobytes(self):
        if self._tc == 'u':
            return _struct.pack(self._fmt(len(self._v)), *[ord(c) for c in self._v])
        return _struct.pack(self._fmt(len(self._v)), *self._v)

    def frombytes(self, b):
        b = bytes(b)
        size = _SIZES[self._tc]
        if len(b) % size:
            raise ValueError('bytes length not a multiple of item size')
        vals = _struct.unpack(self._fmt(len(b) // size), b)
        if self._tc == 'u':
            vals = [chr(v) for v in vals]
        self._v.extend(vals)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._v)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._v.extend(s)

    def byteswap(self):
        size = _SIZES[self._tc]
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._v = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._v))

    def __len__(self):
        return len(self._v)

    def __iter__(self):
        return iter(self._v)

    def __contains__(self, v):
        return v in self._v

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._v = self._v[i]
            return r
        try:
            return self._v[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._v[i] = list(v._v)
            return
        v = self._check(v)
        try:
            self._v[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._v[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        r = array(self._tc)
        r._v = self._v + other._v
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._v = self._v * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._v *= n
        return self

    def _cmp(self, other):
        return isinstance(other, array)

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v == other._v

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v != other._v

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v < other._v

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v <= other._v

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v > other._v

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v >= other._v

    def __repr__(self):
        if not self._v:
            return "array('%s')" % self._tc
        if self._tc == 'u':
            return "array('u', %r)" % ''.join(self._v)
        return "array('%s', %r)" % (self._tc, self._v)

    def __copy__(self):
        r = array(self._tc)
        r._v = list(self._v)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        return (array, (self._tc, list(self._v)))


ArrayType = array
