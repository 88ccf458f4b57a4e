poem = """Roses are red,
  Violets are blue,
	Tabs are here,
And so are you.
"""
print(poem)
print(repr(poem))
lines = poem.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(line), repr(line.strip()), line.expandtabs(4))
print(poem.count("\n"), poem.upper().split("\n")[1].strip())
s = ('implicit '
     'concatenation '
     "across lines")
print(s)
print('''single ''triple'' quotes''', """a "b" c""")
