# os and os.path: path algebra, file tests, directory operations, environment.
import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath, isabs, relpath

print(join('a', 'b', 'c'), join('/a', '/b'), join('a/', 'b'), join('', 'x'), join('a', ''))
print(split('/a/b/c.txt'), split('c'), split('/'), split('a/b/'))
print(splitext('x.tar.gz'), splitext('.bashrc'), splitext('a/b.c/d'), splitext('noext'))
print(basename('/a/b/c'), dirname('/a/b/c'), basename('a/'), dirname('file'))
print(normpath('a//b/./c/../d'), normpath('/../x'), normpath(''), normpath('//a'), normpath('a/..'))
print(isabs('/x'), isabs('x'), relpath('/a/b/c', '/a'), relpath('/a', '/a/b/c'), os.path.commonprefix(['/ab/c', '/ab/d']))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.expanduser('x~'), os.sep, os.pathsep, os.name, os.linesep == '\n')
print(os.path.abspath('/a/./b'), os.path.abspath('rel') == join(os.getcwd(), 'rel'))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isdir(here), os.path.isfile(here), os.path.exists(join(here, 'nope-zz')), os.path.isfile(__file__))
print('os_path.py' in os.listdir(here), os.path.getsize(__file__) > 100)
print(type(os.environ).__name__, os.getenv('TAIPAN_SURELY_UNSET_VAR'), os.getenv('TAIPAN_SURELY_UNSET_VAR', 'dflt'))
try:
    os.listdir(join(here, 'nope-zz'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    os.path.join('a', 5)
except TypeError as e:
    print(type(e).__name__, e)
print(os.fspath('p'), isinstance(os.getpid(), int), os.path is os.path, os.path.__name__)
