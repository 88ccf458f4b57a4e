"""Conversions between binary data and ASCII (taipan's binascii subset)."""

import _taipan_binascii
import _taipan_hash


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
_taipan_binascii.register_error('binascii.Error', Error)


def hexlify(data, sep=None, bytes_per_sep=1):
    if sep is None:
        return bytes(data).hex().encode('ascii')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        hexstr = hexstr.encode('ascii')
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(hexstr.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    out = _taipan_binascii.b64encode(bytes(data), None)
    return out + b'\n' if newline else out


def a2b_base64(data, *, strict_mode=False):
    return _taipan_binascii.b64decode(data, None, strict_mode)


def crc32(data, value=0):
    return _taipan_hash.crc32(bytes(data), value)
