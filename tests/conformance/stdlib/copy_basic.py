# copy: shallow and deep copies, memo and cycles, __copy__/__deepcopy__, reduce protocol.
import copy
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque

a = [1, [2, 3], {'k': (4, [5])}]
b = copy.copy(a)
c = copy.deepcopy(a)
c[1].append(9)
c[2]['k'][1].append(6)
print(a, b[1] is a[1], c, c[2]['k'][0])
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d is not cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)


class P:
    def __init__(self):
        self.v = [1]
        self.me = self


p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.v is p.v, r.v is p.v, r.v, r.me is r, type(r).__name__)


class S:
    __slots__ = ('x', 'y')


s = S()
s.x = [1]
t2 = copy.deepcopy(s)
print(t2.x, t2.x is s.x, hasattr(t2, 'y'))


class Custom:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        return Custom(self.n + 100)

    def __deepcopy__(self, memo):
        return Custom(self.n + 1000)


print(copy.copy(Custom(1)).n, copy.deepcopy(Custom(1)).n, copy.deepcopy([Custom(2)])[0].n)


class State:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': self.a * 10}

    def __setstate__(self, st):
        self.a = st['a'] + 1


print(copy.copy(State()).a, copy.deepcopy(State()).a)
N = namedtuple('N', 'a b')
print(copy.deepcopy(N(1, [2])), copy.copy(defaultdict(int, a=1)), copy.deepcopy(OrderedDict(a=[1])))
print(copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], 5)))
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(len) is len, copy.deepcopy(P) is P)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
