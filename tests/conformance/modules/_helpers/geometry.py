"""Helper module imported by the modules/ conformance cases."""
PI_ISH = 3.14
_private = "hidden"
calls = 0
print("geometry module initialised")

def area(r):
    global calls
    calls += 1
    return PI_ISH * r * r

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
