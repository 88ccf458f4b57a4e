"""Object allocation and float attributes: a point class in a tight loop."""
import math
import sys


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)

    def scaled(self, k):
        return Point(self.x * k, self.y * k, self.z * k)


def run(n):
    points = [Point(i, i * 0.5, i * 0.25) for i in range(1, n + 1)]
    for p in points:
        p.x = math.sin(p.x) * 3.0
        p.y = math.cos(p.y) * 2.0
        p.z = p.x * p.x / 2.0
        p.normalize()
    acc = points[0]
    for p in points[1:]:
        acc = acc.maximize(p)
    total = Point(0.0, 0.0, 0.0)
    for p in points:
        total = total + p.scaled(0.5)
    return acc, total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    for _ in range(3):
        acc, total = run(n)
    print("max %.9f %.9f %.9f" % (acc.x, acc.y, acc.z))
    print("sum %.6f %.6f %.6f" % (total.x, total.y, total.z))


main()
