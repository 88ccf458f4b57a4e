x = "module"
class C:
    x = "class"
    y = x + "!"
    def get_x(self):
        return x
    items = [x for _ in range(2)]
print(C.y, C().get_x(), C.items)
class Counter:
    n = 0
    def bump(self):
        self.n += 1
        return self.n
c = Counter()
print(c.bump(), c.bump(), Counter.n, Counter().bump())
def factory(tag):
    class Tagged:
        def tag(self):
            return tag
    return Tagged
print(factory("a")().tag(), factory("b")().tag(), factory("a") is factory("a"))
