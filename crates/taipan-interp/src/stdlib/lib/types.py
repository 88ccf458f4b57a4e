"""Names for the types of built-in objects (taipan's types module)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _f, _g, _C


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        if self in _ns_active:
            return 'namespace(...)'
        _ns_active.append(self)
        try:
            items = ('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
            return '{}({})'.format(
                'namespace' if type(self) is SimpleNamespace else type(self).__name__,
                ', '.join(items))
        finally:
            _ns_active.remove(self)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


_ns_active = []


class GenericAlias:
    """`cls[args]` as returned by `__class_getitem__`."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        def r(a):
            if a is ...:
                return '...'
            if isinstance(a, type) and not isinstance(a, GenericAlias):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return '%s.%s' % (a.__module__, a.__qualname__)
            return repr(a)
        return '%s[%s]' % (r(self.__origin__), ', '.join(r(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, tuple(bases), ns)
