# json: dumps/loads with indent, sort_keys, separators, default, hooks, errors.
import json
from collections import OrderedDict

data = {'name': 'taipan', 'n': [1, 2.5, -3, 10**20], 'ok': True, 'none': None,
        'nested': {'z': 1, 'a': [{}, []]}, 'uni': 'caf\u00e9 \u2603 "q" \\ \n\t'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps({'a': 1}, indent=0), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps((1, 2)), json.dumps('x'), json.dumps(3.0), json.dumps(1e300 * 10), json.dumps(-0.0))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps({(1, 2): 'tuple', 'k': 1}, skipkeys=True))
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])), json.dumps(1.1), json.dumps(0.1 + 0.2))


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Pt(1, 2)], default=lambda o: {'x': o.x, 'y': o.y}))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))

for bad in [lambda: json.dumps(Pt(1, 2)), lambda: json.dumps({(1,): 2}),
            lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(float('-inf')))

text = '{"a": [1, 2.0, -3e2, true, false, null], "b": {"c": "\\u00e9\\n"}, "big": 123456789012345678901234}'
v = json.loads(text)
print(v, type(v['a'][1]).__name__, v['big'])
print(json.loads('  [ ]  '), json.loads('"\\ud83d\\ude00"') == '\U0001F600', json.loads('NaN') != json.loads('NaN'))
print(json.loads(b'[1, "x"]'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": 1, "y": {"x": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads(json.dumps(data)) == data)
for s in ['{"a":', '[1,]', 'nul', '', '{"a" 1}', '"\\x"', '[1] x', '{"a": 1,}', '\n\n  [1, 2', '"abc']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
