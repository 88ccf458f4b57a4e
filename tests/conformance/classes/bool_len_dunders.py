class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        print("bool called")
        return bool(self.items)
print(len(Box([1, 2])), bool(Box([])), "yes" if Box([1]) else "no", not Box([]))
class LenOnly:
    def __len__(self):
        return 3
print(bool(LenOnly()), len(LenOnly()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
