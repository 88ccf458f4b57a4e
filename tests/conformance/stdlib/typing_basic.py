# typing: names exist, subscript with CPython reprs, runtime checks and NamedTuple.
import typing as t
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, Iterable
T=t.TypeVar('T')
print(repr(t.List), repr(t.List[int]), repr(t.Dict[str,int]), repr(t.Optional[int]), repr(t.Union[int,str]), repr(t.Any), repr(T), repr(t.Callable[[int],str]), repr(t.Tuple[int,...]), repr(t.Union[int]), repr(t.Optional[t.List[T]]), repr(t.Literal[1,'a']), repr(t.ClassVar[int]))
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str,int]))
class G(t.Generic[T]): pass
print(G[int], G.__mro__)
try: t.List()
except TypeError as e: print(e)
print(isinstance([], t.List), isinstance(1, t.Iterable))
try: isinstance([], t.List[int])
except TypeError as e: print(e)
N=t.NewType('N', int); print(N, N(3))
class NT(t.NamedTuple):
  x: int
  y: str = 'a'
print(NT(1), NT._fields, NT.__mro__)
def f(a: List[int], b: Optional[str] = None) -> Dict[str, Any]: return {}
print(f([1]))
from typing import TypedDict, Protocol, cast, overload, Sequence, Mapping, Set, FrozenSet, Type, Iterator, Generator, Deque, DefaultDict
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, m['year'])
print(cast(int, 'no-op'), repr(Sequence[int]), repr(Mapping[str, List[int]]), repr(Type[int]))
print(repr(Union[int, None]), repr(Optional[Union[int, str]]), Union[int, int] is int)
print(NT(2, 'b')._replace(y='c'), NT._field_defaults)
P2 = NamedTuple('P2', [('a', int), ('b', float)])
print(P2(1, 2.0), P2._fields)
for bad in [lambda: Dict(), lambda: Any(), lambda: List[int, str], lambda: Union[()]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance({}, Mapping), isinstance([], Sequence), issubclass(list, Iterable))
