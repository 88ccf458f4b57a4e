# array: typecodes, range checks with CPython's messages, bytes round trips, sequence ops.
from array import array, typecodes

print(typecodes)
for tc in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**64, -1, 300, 2**31, 2**32, 127, -128):
        try:
            a = array(tc, [v])
            print(tc, v, 'ok', a[0])
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for bad in ['array("i", [1.5])', 'array("z")', 'array("d", ["x"])', 'array("i", "ab")', 'array("i",[1])[5]',
            'array("i").pop()', 'array("i",[1]).index(3)', 'array("i",[1]).remove(3)', 'array("i",[1]) + array("d")',
            'array("u", [1])', 'array("i",[1]) + [1]', 'array("i").frombytes(b"abc")', 'array("i").extend(array("d"))']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
a = array('i', [1, 2, 3])
print(a, repr(array('d')), array('u', 'hi'), a.itemsize, a.typecode, a.tolist(), a.tobytes(), a[1:], a * 2, a + a)
print(array('b', b'\x01\xff'), array('f', [0.1])[0], array('d', [0.1]), array('f', [1e300])[0], array('H', [65535]))
a.append(4); a.extend([5]); a.insert(0, 0); a.reverse()
print(a, a.count(1), a.index(2), a.pop(), a.pop(0), a, len(a), 2 in a, a == array('i', [4, 3, 2, 1]), a < array('i', [5]))
a[0] = 9; del a[1]
print(a, list(a), sum(a))
a[1:2] = array('i', [7, 7])
print(a)
b = array('h')
b.frombytes(b'\x01\x00\x02\x00')
print(b, b.buffer_info()[1])
b.byteswap()
print(b, array('q', [-5]).tobytes(), array('d', [1.5]).tobytes())
print(array('i', range(3)) == [0, 1, 2], array('i', [1]) == array('l', [1]), array('u', 'ab').tounicode())
c = array('l', [3, 1, 2])
print(sorted(c), max(c), [x * 2 for x in c], array('B', range(5)) * 0)
