x = 5
assert x < 3, "x too big: %d" % x
