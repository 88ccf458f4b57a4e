# collections: UserDict/UserList/UserString, ChainMap, Counter and OrderedDict details.
from collections import UserDict, UserList, UserString, ChainMap, OrderedDict, Counter
class D(UserDict):
    def __missing__(self, k): return k * 2
d = D(a=1); d['b'] = 2
print(d, d['zz'], len(d), 'a' in d, dict(d), d.get('q', 0), sorted(d.keys()))
l = UserList([3, 1, 2]); l.append(0); l.sort(); print(l, l[1:], l + [9], len(l), l * 2)
s = UserString('Hello'); print(s.upper(), s[1:3], s + '!', len(s), s.replace('l', 'L'), 'ell' in s)
cm = ChainMap({'a': 1}, {'b': 2}); print(cm, dict(cm), list(cm.items()))
c = Counter(a=3, b=-1); print(c.most_common(), +c, c.total(), Counter('abc') <= Counter('aabbcc'))
print(Counter('hello').elements is not None, sorted(Counter('hello').elements()))
c.update({'a': 1}); print(c); c.subtract(a=10); print(c)
print(repr(Counter()), Counter(a=1) == Counter(a=1, b=0))
o = OrderedDict.fromkeys('abc'); o.move_to_end('a'); print(list(reversed(o)), o.pop('b'), o)
import copy; print(copy.deepcopy(d), copy.copy(l))
