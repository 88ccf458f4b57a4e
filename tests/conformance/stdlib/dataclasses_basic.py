# dataclasses: generated methods, defaults, frozen, order, hash rules, helpers, errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, make_dataclass)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0


p = Point(1)
print(p, Point(1, 2, ['a']), p == Point(1), p == Point(2), p != Point(1, 1))
print(Point.__init__.__qualname__, Point.__match_args__, [f.name for f in fields(Point)])
print(asdict(Point(3, 4, [1])), astuple(Point(3, 4)), replace(p, y=9), is_dataclass(p), is_dataclass(int))
print(Point.__hash__, Point.count, Point.y, hasattr(Point, 'tags'))
p.x = 10
print(p, Point.__doc__, WithDoc.__doc__ if False else "")


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(1, 0, 'b'), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2, 'x')), {Version(1): 'one'}[Version(1, 0, 'z')])
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del Version(1).minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass
class Node:
    value: int
    children: List['Node'] = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False)


root = Node(1)
root.children.append(Node(2, parent=root))
print(root, asdict(Node(5, [Node(6)])))


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


print(WithPost(3), WithPost(3, 5).b, [f.name for f in fields(WithPost)])


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(KW(0, c=5), KW(1))


@dataclass(unsafe_hash=True)
class H:
    a: int


@dataclass(eq=False)
class NoEq:
    a: int


print(hash(H(1)) == hash(H(1)), NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass
class Base:
    a: int = 1


@dataclass
class Derived(Base):
    b: int = 2


print(Derived(), Derived(5, 6), [f.name for f in fields(Derived())])
M = make_dataclass('M', [('x', int), ('y', int, field(default=3))])
print(M(1), M(1, 2) == M(1, 2))


@dataclass(slots=True)
class S:
    a: int
    b: str = 'b'


s = S(1)
print(s, S.__slots__)

for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: fields(3), lambda: asdict(3),
            lambda: field(default=1, default_factory=list), lambda: replace(p, z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e:
    print(type(e).__name__, e)
print(Version.__doc__, KW.__doc__, Node.__doc__, WithPost.__doc__)


@dataclass
class Documented:
    """Own doc."""
    a: int


print(Documented.__doc__)
