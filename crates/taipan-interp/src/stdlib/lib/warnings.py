"""Python part of the warnings subsystem (taipan: the common API; warnings go to
stderr as "file:line: Category: message", once per location by default)."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
_onceregistry = {}
_seen = set()


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    return "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    item = (action, message, category, module, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def simplefilter(action, category=Warning, lineno=0, append=False):
    filterwarnings(action, "", category, "", lineno, append)


def resetwarnings():
    filters[:] = []


def _action_for(message, category, module, lineno):
    text = str(message)
    for action, msg, cat, mod, ln in filters:
        if ((not msg or text.lower().startswith(msg.lower())) and issubclass(category, cat)
                and (not mod or mod == module) and (ln == 0 or ln == lineno)):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                             ResourceWarning)) and module != '__main__':
        return 'ignore'
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    filename = sys.argv[0] if sys.argv and sys.argv[0] else 'sys'
    warn_explicit(message, category, filename, 1, '__main__')


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module or '__main__', lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    key = (text, category, lineno)
    if action in ('default', 'module', 'once') and key in _seen:
        return
    _seen.add(key)
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    if _log is not None:
        _log.append(msg)
        return
    showwarning(message, category, filename, lineno)


_log = None


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._action = action
        self._filter_args = (category, lineno, append)

    def __enter__(self):
        global _log
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._seen = set(_seen)
        self._log = _log
        if self._action:
            simplefilter(self._action, *self._filter_args)
        if self._record:
            _log = []
            return _log
        return None

    def __exit__(self, *exc_info):
        global _log
        filters[:] = self._filters
        _seen.clear()
        _seen.update(self._seen)
        _log = self._log
