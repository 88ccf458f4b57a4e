REGISTRY = {}
def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls
class Plugin:
    name = "base"
    def run(self, x):
        raise NotImplementedError(self.name)
@register
class Upper(Plugin):
    name = "upper"
    def run(self, x):
        return x.upper()
@register
class Reverse(Plugin):
    name = "reverse"
    def run(self, x):
        return x[::-1]
@register
class Double(Plugin):
    name = "double"
    def run(self, x):
        return x * 2
print(sorted(REGISTRY))
for key in ["upper", "reverse", "double", "missing"]:
    cls = REGISTRY.get(key)
    print(key, cls().run("abc") if cls else "no plugin")
pipeline = [REGISTRY[k]() for k in ("double", "reverse", "upper")]
value = "xy"
for p in pipeline:
    value = p.run(value)
print(value)
try:
    Plugin().run("x")
except NotImplementedError as e:
    print(type(e).__name__, e)
