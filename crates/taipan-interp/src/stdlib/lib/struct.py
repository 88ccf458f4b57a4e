"""Functions to convert between Python values and C structs (taipan's struct).

pack/unpack/calcsize run natively (`_struct`, CPython 3.11's layouts and
messages); Struct, pack_into, unpack_from and iter_unpack are built on them.
"""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'
_struct.register_error('struct.error', error)

pack = _struct.pack
unpack = _struct.unpack
calcsize = _struct.calcsize


def pack_into(fmt, buffer, offset, /, *args):
    data = pack(fmt, *args)
    size = len(data)
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        offset += n
    if n - offset < size:
        raise error('pack_into requires a buffer of at least %d bytes for packing '
                    '%d bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, n))
    for i in range(size):
        buffer[offset + i] = data[i]


def unpack_from(fmt, /, buffer, offset=0):
    size = calcsize(fmt)
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        offset += n
    if n - offset < size:
        if offset > n:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking '
                    '%d bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, n))
    return unpack(fmt, bytes(buffer[offset:offset + size]))


def iter_unpack(fmt, buffer, /):
    size = calcsize(fmt)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    n = len(buffer)
    if n % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                    % size)
    return (unpack(fmt, bytes(buffer[i:i + size])) for i in range(0, n, size))


class Struct:
    def __init__(self, format):
        self.size = calcsize(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')
        self._fmt = format

    def pack(self, *args):
        return pack(self._fmt, *args)

    def pack_into(self, buffer, offset, *args):
        return pack_into(self._fmt, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self._fmt, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._fmt, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._fmt, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)
