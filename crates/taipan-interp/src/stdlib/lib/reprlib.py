"""Redo the builtin repr() (taipan's reprlib: recursive_repr)."""

__all__ = ["recursive_repr"]


def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorating_function(user_function):
        repr_running = []

        def wrapper(self):
            for x in repr_running:
                if x is self:
                    return fillvalue
            repr_running.append(self)
            try:
                result = user_function(self)
            finally:
                for i in range(len(repr_running)):
                    if repr_running[i] is self:
                        del repr_running[i]
                        break
            return result

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        return wrapper

    return decorating_function
