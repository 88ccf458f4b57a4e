# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, "
        "state-of-the-art exercise -- everyone used it.  Really!  Use the -b option "
        "or --verbose flag for extraordinarilylongwordsthatneedbreaking here.")
for w in (10, 20, 33, 70):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, width=25, break_on_hyphens=False))
print(textwrap.wrap(text, width=12, break_long_words=False))
print(textwrap.wrap("Hello there.\nHow are you? fine.", width=30, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc", width=10), textwrap.wrap("a\tb", width=10, expand_tabs=False))
print(textwrap.wrap("  leading and trailing  ", width=10, drop_whitespace=False))
print(textwrap.wrap(text, width=30, max_lines=3, placeholder=' ...'))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, width=50, placeholder='~'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      \n
    end
''')))
print(repr(textwrap.dedent("\tx\n  y")), repr(textwrap.dedent("  a\n  \n  b")))
print(repr(textwrap.indent("one\n\ntwo\n", '> ')), repr(textwrap.indent("a\nb", '+', lambda l: True)))
w = textwrap.TextWrapper(width=15, initial_indent='>>')
print(w.wrap('spam and eggs and ham and more'), w.fill('x'))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('word', width=1))
try:
    textwrap.wrap('x', width=0)
except ValueError as e:
    print(type(e).__name__, e)
