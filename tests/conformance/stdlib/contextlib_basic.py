# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack.
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', e)
    finally:
        print('</%s>' % name)


with tag('a') as v:
    print('body', v)
with tag('b'):
    {}['k']
print('after b')
try:
    with tag('c'):
        raise ValueError('boom')
except ValueError as e:
    print('escaped', e)


@contextmanager
def noyield():
    yield from ()


try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print(type(e).__name__, e)


class Res:
    def close(self):
        print('closed')


with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('x'))
    print('in stack')

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError('swallowed')
print('exit stack swallowed')


@tag('deco')
def fails():
    pass


