"""Module docstring."""
# A comment line
def f():
    """Function docstring."""
    # comment inside
    return 1  # trailing comment
class C:
    """Class docstring."""
    def m(self):
        "Single-quoted docstring."
        return 2
print(__doc__, f.__doc__, C.__doc__, C.m.__doc__, f(), C().m())
def nodoc():
    x = "not a docstring"
    return x
print(nodoc.__doc__)
s = "# not a comment"
print(s, "a # b")
