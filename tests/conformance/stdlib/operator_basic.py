# operator: functions, itemgetter/attrgetter/methodcaller with reprs.
import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4), op.invert(5), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
print(op.getitem([1, 2, 3], 1), op.index(5), op.length_hint([1, 2]), op.length_hint(5, 3))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
x = [1]; print(op.iadd(x, [2]), x, op.imul(2, 3))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0, 1)))

class P:
    def __init__(self):
        self.a = 1
        self.child = self
    def m(self, x, y=0):
        return x + y + self.a

p = P()
print(attrgetter('a')(p), attrgetter('child.child.a')(p), attrgetter('a', 'child.a')(p))
print(methodcaller('m', 2)(p), methodcaller('m', 2, y=5)(p), methodcaller('upper')('abc'))
print(repr(itemgetter(1)), repr(itemgetter(1, 'x')), repr(attrgetter('a.b')), repr(methodcaller('f', 1, k=2)))
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: itemgetter(5)([1]),
            lambda: attrgetter('zz')(p), lambda: op.index(1.5), lambda: op.indexOf([1], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
