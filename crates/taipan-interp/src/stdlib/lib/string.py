"""A collection of string constants (taipan's string)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and t[j] == '{'
            if braced:
                j += 1
            k = j
            while k < n and (t[k] == '_' or t[k].isalnum() and t[k].isascii()) and \
                    not (k == j and t[k].isdigit()):
                k += 1
            name = t[j:k]
            if braced:
                if not name or k >= n or t[k] != '}':
                    if safe:
                        out.append('$')
                        i += 1
                        continue
                    self._invalid(i + 1)
                k += 1
            elif not name:
                if safe:
                    out.append('$')
                    i += 1
                    continue
                self._invalid(i + 1)
            if safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(t[i:k])
            else:
                out.append(str(mapping[name]))
            i = k
        return ''.join(out)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        if kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._sub(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._sub(mapping, True)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
