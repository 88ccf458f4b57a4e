"""Generic (shallow and deep) copying operations (taipan's copy).

Follows CPython 3.11's copy.py: the same dispatch, memo and reconstruction
protocol (__copy__, __deepcopy__, __reduce__, __getnewargs__, __getstate__,
__setstate__), with copyreg's default reduction written out here.
"""

import types


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _atomic(x, *args):
    return x


_ATOMIC = {type(None), int, float, bool, complex, str, bytes, range, type,
           types.FunctionType, types.BuiltinFunctionType, type(...),
           type(NotImplemented), property, types.CodeType}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is types.MethodType:
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _own_method(cls, name):
    for c in cls.__mro__:
        if c is object:
            return None
        if name in c.__dict__:
            return c.__dict__[name]
    return None


_BUILTIN_CONTAINERS = (list, dict, set, frozenset, tuple, bytearray)


def _reduce(x):
    cls = type(x)
    red = _own_method(cls, "__reduce_ex__")
    if red is not None:
        return red(x, 4)
    red = _own_method(cls, "__reduce__")
    if red is not None:
        return red(x)
    if cls in (set, frozenset):
        return (cls, (list(x),))
    if cls.__module__ == 'builtins' or not _user_defined(cls):
        raise TypeError("cannot pickle %r object" % (cls.__name__,))
    args = ()
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
    elif isinstance(x, tuple):
        args = (tuple(x),)
    elif isinstance(x, (set, frozenset)):
        args = (list(x),)
    getstate = _own_method(cls, "__getstate__")
    if getstate is not None:
        state = getstate(x)
    else:
        state = None
        d = getattr(x, "__dict__", None)
        if d:
            state = d
        slots = {}
        for c in cls.__mro__:
            for name in c.__dict__.get("__slots__", ()):
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                try:
                    slots[name] = getattr(x, name)
                except AttributeError:
                    pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _user_defined(cls):
    for c in cls.__mro__:
        if c.__module__ != 'builtins':
            return True
    return False


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and _own_method(type(y), '__setstate__') is not None:
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
