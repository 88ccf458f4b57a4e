"""OS routines (taipan's os: the POSIX surface programs commonly use)."""

import sys
import _taipan_os
import posixpath as path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull
sys.modules['os.path'] = path

error = OSError


class _Environ(dict):
    """The process environment as a str-to-str mapping."""

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self.items())

    def copy(self):
        return dict(self)


environ = _Environ(_taipan_os.environ())


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    try:
        r = t.__fspath__(p)
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + t.__name__) from None
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (t.__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def getcwd():
    return _taipan_os.getcwd()


def getcwdb():
    return fsencode(_taipan_os.getcwd())


def listdir(path='.'):
    return _taipan_os.listdir(fspath(path))


def remove(path):
    _taipan_os.remove(fspath(path))


unlink = remove


def rmdir(path):
    _taipan_os.rmdir(fspath(path))


def mkdir(path, mode=0o777):
    _taipan_os.mkdir(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rename(src, dst):
    _taipan_os.rename(fspath(src), fspath(dst))


replace = rename


def getpid():
    return _taipan_os.getpid()


def cpu_count():
    return _taipan_os.cpu_count()


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class PathLike:
    def __fspath__(self):
        raise NotImplementedError
