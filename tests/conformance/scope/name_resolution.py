len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_builtin():
    return max([3, 7, 1])
max = min
print(uses_builtin())
del max
print(uses_builtin())
import builtins
print(builtins.len("abc"), builtins.abs(-3))
def f():
    return g()
def g():
    return "g defined after f"
print(f())
class A:
    val = 1
    def get(self):
        return val
val = "global val"
print(A().get())
