# string: constants, capwords, Template.
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello   big world'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}, $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template('bad $').substitute()
except ValueError as e:
    print(type(e).__name__, e)
