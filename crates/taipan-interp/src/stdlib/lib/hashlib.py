"""Secure hashes and message digests (taipan's hashlib: md5, sha1, sha2 family)."""

import _taipan_hash

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
algorithms_available = set(algorithms_guaranteed)

__all__ = ('new', 'algorithms_guaranteed', 'algorithms_available', 'md5', 'sha1',
           'sha224', 'sha256', 'sha384', 'sha512')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128)}


def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    __slots__ = ('name', '_parts')

    def __init__(self, name, data=b''):
        self.name = name
        self._parts = [_bytes_of(data)] if data else []

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data):
        self._parts.append(_bytes_of(data))

    def digest(self):
        if len(self._parts) > 1:
            self._parts = [b''.join(self._parts)]
        return _taipan_hash.digest(self.name, self._parts[0] if self._parts else b'')

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name)
        h._parts = list(self._parts)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object>' % self.name


def new(name, data=b'', **kwargs):
    key = name.lower() if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + str(name))
    return _Hash(key, data)


def _ctor(name):
    def constructor(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    constructor.__name__ = 'openssl_' + name
    return constructor


md5 = _ctor('md5')
sha1 = _ctor('sha1')
sha224 = _ctor('sha224')
sha256 = _ctor('sha256')
sha384 = _ctor('sha384')
sha512 = _ctor('sha512')
