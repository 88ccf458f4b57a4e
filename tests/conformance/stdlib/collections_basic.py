# collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
import collections


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 3 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
d.reverse(); print(d, d.count(5), d.index(5))
d.remove(5); d.insert(1, 'x'); print(d)
d[0] = 'first'; del d[1]; print(d, list(reversed(d)))
print(deque('abc') == deque('abc'), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), deque([1]) * 3)
m = deque(range(5), maxlen=3); print(m, m.maxlen)
m.append(9); print(m); m.appendleft(7); print(m); m.extend([1, 2]); print(m)
print(deque(), deque(maxlen=0), repr(deque([1], 2)), m.copy(), bool(deque()))
dq = deque()
for i in range(100):
    dq.append(i)
    if i % 3 == 0:
        dq.popleft()
print(len(dq), dq[0], dq[-1], sum(dq))
dq.clear(); print(dq)
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())
show('remove missing', lambda: deque([1]).remove(2))
show('index missing', lambda: deque([1]).index(2))
show('index range', lambda: deque([1])[5])
show('bad maxlen', lambda: deque([], -1))
show('insert full', lambda: deque([1], 1).insert(0, 2))
show('slice', lambda: deque([1])[0:1])
show('concat', lambda: deque([1]) + [1])


def mutate():
    q = deque([1, 2])
    for x in q:
        q.append(x)

show('mutate', mutate)

dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dd['a'], len(dd), 'c' in dd)
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(sorted(di.items()), di.default_factory)
print(defaultdict(None, {1: 2}), defaultdict(lambda: 0).default_factory is not None)
show('no factory', lambda: defaultdict()['x'])
show('bad factory', lambda: defaultdict(5))
print(dd.copy(), type(dd.copy()).__name__, isinstance(dd, dict))

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.total())
print(sorted(c.elements()))
c.update('aaz'); c.subtract({'a': 1}); print(c.most_common(3))
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3, -Counter(a=-2, b=3), +Counter(a=-1, b=1))
print(Counter({'x': 2}) == Counter(x=2), Counter([1, 1, 2]), Counter())
print(Counter('aab').most_common(), list(Counter('hello').keys()))

o = OrderedDict()
o['x'] = 1; o['y'] = 2; o['z'] = 3
o.move_to_end('x'); print(o)
o.move_to_end('z', last=False); print(o, list(o))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(), OrderedDict.fromkeys('ab', 0))
show('popitem empty', lambda: OrderedDict().popitem())
show('move missing', lambda: OrderedDict().move_to_end('q'))

Point = namedtuple('Point', ['x', 'y'])
pt = Point(1, y=2)
print(pt, pt.x, pt[1], pt._fields, pt._asdict(), pt._replace(x=10), Point._make([5, 6]))
x, y = pt; print(x + y, pt == (1, 2), isinstance(pt, tuple), len(pt))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', 'a def a', rename=True)
print(R._fields)
show('bad name', lambda: namedtuple('X', 'a 1b'))
show('dup', lambda: namedtuple('X', 'a a'))
show('too many', lambda: Point(1, 2, 3))
show('replace bad', lambda: pt._replace(z=1))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
cm['c'] = 4; print(cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents)
print(isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.Sequence),
      isinstance(deque(), collections.abc.MutableSequence), isinstance(3, collections.abc.Iterable))
