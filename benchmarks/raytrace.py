"""Classes, floats and method calls: a tiny ray tracer producing an image checksum."""
import math
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        length = math.sqrt(self.dot(self))
        return Vec(self.x / length, self.y / length, self.z / length)


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center, self.radius, self.color, self.reflect = center, radius, color, reflect

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        sq = math.sqrt(disc)
        t = -b - sq
        if t > 1e-6:
            return t
        t = -b + sq
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.center).norm()


SCENE = [
    Sphere(Vec(0.0, -1.0, 3.0), 1.0, Vec(1.0, 0.2, 0.2), 0.3),
    Sphere(Vec(2.0, 0.0, 4.0), 1.0, Vec(0.2, 0.2, 1.0), 0.5),
    Sphere(Vec(-2.0, 0.0, 4.0), 1.0, Vec(0.2, 1.0, 0.2), 0.1),
    Sphere(Vec(0.0, -5001.0, 0.0), 5000.0, Vec(1.0, 1.0, 0.6), 0.2),
]
LIGHT = Vec(1.0, 1.0, -1.0).norm()


def trace(origin, direction, depth):
    nearest, hit = None, None
    for s in SCENE:
        t = s.intersect(origin, direction)
        if t is not None and (nearest is None or t < nearest):
            nearest, hit = t, s
    if hit is None:
        return Vec(0.1, 0.1, 0.15)
    p = origin + direction * nearest
    n = hit.normal(p)
    shadow = False
    for s in SCENE:
        if s.intersect(p, LIGHT) is not None:
            shadow = True
            break
    diffuse = 0.0 if shadow else max(0.0, n.dot(LIGHT))
    color = hit.color * (0.1 + 0.9 * diffuse)
    if depth < 3 and hit.reflect > 0:
        r = direction - n * (2 * direction.dot(n))
        color = color * (1 - hit.reflect) + trace(p, r.norm(), depth + 1) * hit.reflect
    return color


def render(w, h):
    checksum = 0
    eye = Vec(0.0, 0.0, -1.0)
    for j in range(h):
        for i in range(w):
            x = (2 * (i + 0.5) / w - 1) * w / h
            y = 1 - 2 * (j + 0.5) / h
            c = trace(eye, Vec(x, y, 1.0).norm(), 0)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return checksum


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 320
    print("checksum", render(size, size * 3 // 4))


main()
