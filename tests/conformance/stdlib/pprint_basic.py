# pprint: pformat/pprint of nested containers, width/depth/compact/sort_dicts, recursion, dataclasses.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
from dataclasses import dataclass

data = {'name': 'taipan', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4)}], 'z': None},
        'text': 'the quick brown fox jumps over the lazy dog ' * 3, 'tuple': tuple(range(12)),
        'set': {1, 2, 3}, 'fs': frozenset({5}), 'bytes': b'x' * 100, 'float': 1.5}
pprint.pprint(data)
print(pprint.pformat(data, width=40, depth=2))
print(pprint.pformat(data['numbers'], compact=True, width=30))
print(pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False), pprint.pformat({'b': 1, 'a': 2}))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.saferepr(r).startswith("[1, 2, <Recursion on list with id="))
print(pprint.pformat(OrderedDict((str(i), i) for i in range(8)), width=30))
dd = defaultdict(list, {'k': list(range(20))})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(Counter('abracadabra'), width=20))
print(pprint.pformat(deque(range(25)), width=40))
P = namedtuple('P', 'x y')
print(pprint.pformat([P(1, 2)] * 5, width=30))


@dataclass
class Node:
    name: str
    children: list


print(pprint.pformat(Node('root', [Node('child%d' % i, []) for i in range(3)]), width=40))
pp = pprint.PrettyPrinter(indent=4, width=50)
pp.pprint({'key%d' % i: [i] * i for i in range(6)})
