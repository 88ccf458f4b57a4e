"""Half of an import cycle with cyclic_b."""
import _helpers.cyclic_b as b
NAME = "a"

def from_b():
    return b.NAME
