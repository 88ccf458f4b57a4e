# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique; reprs, lookups, errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class C(Enum):
    R = 1
    G = 2
    B = 'x'
    A = 1

    def describe(self):
        return self.name.lower()

    @property
    def p(self):
        return 5


print(repr(C.R), str(C.R), C.R.name, C.R.value, C(2), C['B'], list(C), C.A is C.R, len(C), C.R in C)
print(C.__members__)
print(format(C.R), f'{C.R}', C.R.describe(), C.R.p, hash(C.R) == hash(C.R), C.R == 1, C.R == C.R, C.R != C.G)
print(type(C.R), C, repr(C), isinstance(C.R, C), isinstance(C.R, Enum), list(reversed(C)))
for bad in ['C(5)', 'C["Z"]', 'setattr(C, "R", 3)', 'C.R < C.G', 'delattr(C, "R")']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    class D(C):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class N(IntEnum):
    ONE = 1
    TWO = auto()


print(repr(N.ONE), str(N.ONE), N.TWO + 1, N(2), N.ONE < N.TWO, f'{N.TWO}', format(N.ONE, '03d'),
      isinstance(N.ONE, int), sorted([N.TWO, N.ONE]), N.ONE == 1, [1, 2, 3][N.ONE])


class S(str, Enum):
    A = 'a'


print(repr(S.A), str(S.A), S.A == 'a', S.A.upper(), S('a'))


class SE(StrEnum):
    X = auto()
    Y = 'why'


print(repr(SE.X), str(SE.X), f'{SE.Y}', SE.X == 'x', list(SE))


class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


print(list(A), A.W.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'sq':
            return cls.SQUARE
        return None


print(Shape('sq'), Shape(1))
try:
    Shape('zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        a = 1
        b = 1
        c = 2
        d = 2
except ValueError as e:
    print(type(e).__name__, e)


class Fl(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Fl.R | Fl.W
print(rw, repr(rw), Fl.R in rw, Fl.X in rw, bool(Fl(0)), Fl(3), repr(Fl(0)), str(Fl(0)), list(rw), len(rw))
print(Fl.R & Fl.W, ~Fl.R, Fl.R ^ rw, Fl(7), [m.value for m in Fl])


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R + 1, Perm(7) == 7, repr(Perm(5)), str(Perm.X))
Dyn = Enum('Dyn', 'a b c')
print(Dyn, list(Dyn), list(Enum('D2', [('x', 5), ('y', 9)])), Dyn.b.value)
Cfg = IntEnum('Cfg', {'LOW': 1, 'HIGH': 9})
print(Cfg.HIGH, repr(Cfg.LOW))
d = {C.R: 'red', N.ONE: 'one'}
print(d[C.R], d[N.ONE], d.get(1))
