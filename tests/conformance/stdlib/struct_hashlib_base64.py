# struct, hashlib, base64, binascii: values and CPython's error messages.
import struct, hashlib, base64, binascii

print(struct.pack('<i', 1), struct.pack('>HhB', 65535, -2, 7), struct.pack('!d', 1.5), struct.pack('3s?x', b'ab', True))
print(struct.unpack('<i', b'\x01\x00\x00\x00'), struct.unpack('>Q', b'\xff' * 8), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.calcsize('i'), struct.calcsize('<i'), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('10s'))
s = struct.Struct('<2h')
print(s.size, s.format, s.pack(1, -1), s.unpack(b'\x01\x00\xff\xff'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
print(struct.unpack_from('<h', b'xx\x05\x00', 2))
buf = bytearray(6)
struct.pack_into('<h', buf, 2, 258)
print(buf)
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('i', 'x'), lambda: struct.pack('i'),
            lambda: struct.unpack('<i', b'\x00'), lambda: struct.calcsize('z'), lambda: struct.pack('<I', -1)]:
    try:
        bad()
    except struct.error as e:
        print('struct.error', e)
print(issubclass(struct.error, Exception), struct.error.__name__)

print(hashlib.md5(b'hello').hexdigest(), hashlib.sha1(b'').hexdigest())
print(hashlib.sha256(b'abc').hexdigest())
h = hashlib.sha256()
h.update(b'a'); h.update(b'bc')
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.new('SHA512', b'x').hexdigest()[:32], hashlib.sha384(b'x').digest()[:4], hashlib.sha224(b'x').hexdigest())
c = h.copy(); c.update(b'd'); print(c.hexdigest() != h.hexdigest())
for bad in [lambda: hashlib.md5('str'), lambda: hashlib.new('nope')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.b64decode('aGk='))
print(base64.urlsafe_b64encode(b'\xfb\xff'), base64.urlsafe_b64decode('-_8='), base64.standard_b64encode(b'x'))
print(base64.b16encode(b'\x01\xab'), base64.b16decode('01AB'), base64.encodebytes(b'x' * 60))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('ab$=', validate=True),
            lambda: base64.b64encode('str'), lambda: base64.b16decode('0g')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'\x01\xff'), binascii.unhexlify('01ff'), binascii.crc32(b'hello'), binascii.b2a_base64(b'hi'))
