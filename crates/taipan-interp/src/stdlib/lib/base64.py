"""Base16 and Base64 data encodings (taipan's base64).

The Base64 codecs run natively (CPython 3.11's binascii behaviour and messages).
"""

import _taipan_binascii
import binascii

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b16encode', 'b16decode',
           'encodebytes', 'decodebytes']


def _bytes_like(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % s.__class__.__name__)


def b64encode(s, altchars=None):
    return _taipan_binascii.b64encode(_bytes_like(s), altchars)


def b64decode(s, altchars=None, validate=False):
    if isinstance(s, bytearray):
        s = bytes(s)
    return _taipan_binascii.b64decode(s, altchars, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(s, b'-_')


def encodebytes(s):
    s = _bytes_like(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(b64encode(s[i:i + 57]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    return b64decode(_bytes_like(s))


def b16encode(s):
    return _bytes_like(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    if isinstance(s, str):
        s = s.encode('ascii')
    s = _bytes_like(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    if len(s) % 2:
        raise binascii.Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))
