# '%.*f' with a huge precision must not panic.
s = '%.*f' % (74532, 31.43)
print(len(s), s[:8])
