# typing with postponed annotations: Generic classes, Protocol, NamedTuple forward references.
from __future__ import annotations
from typing import Protocol, Generic, TypeVar, Iterator, Optional, runtime_checkable, Callable, Any, Dict, List, Tuple, overload, Final, Literal, NamedTuple, TYPE_CHECKING
T = TypeVar('T')
K = TypeVar('K', bound=int)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def __iter__(self) -> Iterator[T]:
        return iter(self.items)
s = Stack[int]()
s.push(3)
print(list(s), type(s).__name__, Stack.__mro__[1:], repr(Stack[int]))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self) -> None: pass
print(isinstance(F(), object), Closer.__name__)
def apply(f: Callable[[int], int], x: int) -> int: return f(x)
print(apply(lambda v: v + 1, 1), TYPE_CHECKING, K, repr(Final[int]), repr(Literal['a']))
class Pair(NamedTuple):
    a: int
    b: Optional[str] = None
print(Pair(1), Pair(1, 'x')._asdict(), Pair.__annotations__)
print(Pair.__annotations__ == {'a': 'int', 'b': 'Optional[str]'})
