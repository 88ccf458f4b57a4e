"""Functional tools for creating and using iterators (taipan's itertools).

Written against CPython 3.11's C module: same results, reprs and error messages.
"""

import _taipan_itertools as _native

_MAXSIZE = 9223372036854775807


def _ssize(n):
    n = n.__index__()
    if n > _MAXSIZE or n < -_MAXSIZE - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n
_NUMBER = (int, float, complex)


def _index_or_none(x, msg):
    if x is None:
        return None
    try:
        i = x.__index__()
    except AttributeError:
        raise ValueError(msg) from None
    if i < 0 or i > _MAXSIZE:
        raise ValueError(msg)
    return i


class count:
    def __init__(self, start=0, step=1):
        if not isinstance(start, _NUMBER) and not hasattr(start, '__add__'):
            raise TypeError('a number is required')
        if not isinstance(step, _NUMBER) and not hasattr(step, '__add__'):
            raise TypeError('a number is required')
        if isinstance(start, str) or isinstance(step, str):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._i < 0:
            for x in self._it:
                self._saved.append(x)
                return x
            if not self._saved:
                raise StopIteration
            self._i = 0
        saved = self._saved
        x = saved[self._i]
        self._i = (self._i + 1) % len(saved)
        return x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            times = times.__index__()
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def _add(a, b):
    return a + b


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = _add if func is None else func
        self._total = initial
        self._initial = initial is not None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial:
            self._initial = False
            self._started = True
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
            return x
        self._total = self._func(self._total, x)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._src = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls.__new__(cls)
        c._src = iter(iterable)
        c._cur = None
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            cur = self._cur
            if cur is None:
                if self._src is None:
                    raise StopIteration
                try:
                    nxt = next(self._src)
                except StopIteration:
                    self._src = None
                    raise
                cur = self._cur = iter(nxt)
            for x in cur:
                return x
            self._cur = None


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        sel = self._sel
        while True:
            d = next(data)
            s = next(sel)
            if s:
                return d


class dropwhile:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('dropwhile() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('dropwhile expected 2 arguments, got %d' % len(args))
        predicate, iterable = args
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            pred = self._pred
            for x in it:
                if not pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(it)


class takewhile:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('takewhile() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('takewhile expected 2 arguments, got %d' % len(args))
        predicate, iterable = args
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('filterfalse() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('filterfalse expected 2 arguments, got %d' % len(args))
        function, iterable = args
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not pred(x):
                return x
        raise StopIteration


class starmap:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('starmap() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('starmap expected 2 arguments, got %d' % len(args))
        function, iterable = args
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if not isinstance(args, tuple):
            args = tuple(args)
        return self._f(*args)


class islice:
    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
        if n == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if n == 3 else None
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        idx_msg = ('Indices for islice() must be None or an integer: '
                   '0 <= x <= sys.maxsize.')
        if n == 1:
            stop = _index_or_none(stop, stop_msg)
        else:
            start = _index_or_none(start, idx_msg)
            stop = _index_or_none(stop, stop_msg)
        if step is not None:
            try:
                step = step.__index__()
            except AttributeError:
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = 0 if start is None else start
        self._stop = stop
        self._step = 1 if step is None else step
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        nxt = self._next
        while self._i < nxt:
            if stop is not None and self._i >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._i += 1
        if stop is not None and self._i >= stop:
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._i += 1
        self._next = nxt + self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return x


def _tee_fill(src, buf):
    for x in src:
        buf.append(x)
        return True
    return False


class _tee_shared:
    __slots__ = ('src', 'buf', 'base', 'pos')

    def __init__(self, it):
        self.src = it
        self.buf = []
        self.base = 0


class _tee:
    def __init__(self, shared, pos):
        self._sh = shared
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        sh = self._sh
        i = self._pos - sh.base
        if i >= len(sh.buf):
            if not _tee_fill(sh.src, sh.buf):
                raise StopIteration
        x = sh.buf[i]
        self._pos += 1
        return x

    def __copy__(self):
        return _tee(self._sh, self._pos)


_tee.__name__ = '_tee'


def tee(iterable, n=2):
    n = n.__index__()
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(_tee_shared(iter(iterable)), 0)
    res = [first]
    for _ in range(n - 1):
        res.append(first.__copy__())
    return tuple(res)


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        res = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                res.append(self._fill)
                continue
            try:
                x = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                x = self._fill
            res.append(x)
        return tuple(res)


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._started = False
        self._last = None

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if not self._started:
            self._started = True
            try:
                self._last = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        r = (self._last, x)
        self._last = x
        return r


_NULL = object()


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._grp is not self:
            raise StopIteration
        if gb._curval is _NULL:
            gb._step()
        if not (self._tgtkey == gb._curkey):
            raise StopIteration
        r = gb._curval
        gb._curval = _NULL
        return r


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._grp = None
        self._tgtkey = self._curkey = self._curval = _NULL

    def _step(self):
        v = next(self._it)
        k = v if self._keyfunc is None else self._keyfunc(v)
        self._curval = v
        self._curkey = k

    def __iter__(self):
        return self

    def __next__(self):
        self._grp = None
        while True:
            if self._curkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not (self._tgtkey == self._curkey):
                break
            self._step()
        self._tgtkey = self._curkey
        g = _grouper(self, self._tgtkey)
        self._grp = g
        return (self._curkey, g)


class product:
    def __init__(self, *iterables, repeat=1):
        repeat = repeat.__index__()
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._g = _native.product(tuple(pools))

    def __iter__(self):
        # The generator itself: a for loop then runs without a method call per item.
        return self._g

    def __next__(self):
        return next(self._g)


class permutations:
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _ssize(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        if r > 1 << 28:
            raise MemoryError
        self._g = _native.permutations(pool, min(r, len(pool) + 1))

    def __iter__(self):
        # The generator itself: a for loop then runs without a method call per item.
        return self._g

    def __next__(self):
        return next(self._g)


class combinations:
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        if r > 1 << 28:
            raise MemoryError
        self._g = _native.combinations(pool, min(r, len(pool) + 1))

    def __iter__(self):
        # The generator itself: a for loop then runs without a method call per item.
        return self._g

    def __next__(self):
        return next(self._g)


class combinations_with_replacement:
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = _native.combinations_with_replacement(pool, r)

    def __iter__(self):
        # The generator itself: a for loop then runs without a method call per item.
        return self._g

    def __next__(self):
        return next(self._g)
