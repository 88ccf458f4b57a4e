# functools.singledispatch / singledispatchmethod: class, annotation and ABC registration.
from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping, Sequence


@singledispatch
def describe(x):
    return 'object %r' % (x,)


@describe.register
def _(x: int):
    return 'int %d' % x


@describe.register(float)
def _(x):
    return 'float %.2f' % x


@describe.register(list)
@describe.register(tuple)
def _(x):
    return 'sequence of %d' % len(x)


@describe.register(Mapping)
def _(x):
    return 'mapping with %s' % sorted(x)


class MyInt(int):
    pass


print(describe('s'), describe(3), describe(True), describe(MyInt(7)), describe(2.5))
print(describe([1, 2]), describe((1,)), describe({'b': 1, 'a': 2}), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.__name__, object in describe.registry)
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(3)
except TypeError as e:
    print(type(e).__name__, e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'

    @fmt.register
    def _(self, arg: int):
        return 'int:%d' % arg

    @fmt.register(str)
    def _(self, arg):
        return 'str:' + arg


f = Formatter()
print(f.fmt(1), f.fmt('a'), f.fmt(1.5))
