"""Half of an import cycle with cyclic_a."""
NAME = "b"

def from_a():
    import _helpers.cyclic_a as a
    return a.NAME
