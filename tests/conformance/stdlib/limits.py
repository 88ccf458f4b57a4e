# Resource limits in the stdlib: deep JSON nesting, deep copies, huge combinatorics, struct sizes.
import json, itertools, struct, copy
for s in ['[' * 100000 + ']' * 100000, '{"a":' * 50000 + '1' + '}' * 50000]:
    try:
        json.loads(s)
    except RecursionError as e:
        print('RecursionError')
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError:
    print('RecursionError dumps')
try:
    copy.deepcopy(x)
except RecursionError:
    print('RecursionError deepcopy')
for f in [lambda: itertools.combinations_with_replacement('ab', 10**12),
          lambda: itertools.combinations_with_replacement('ab', 2**70),
          lambda: itertools.permutations('abc', 10**12), lambda: itertools.combinations('abc', 2**64),
          lambda: itertools.islice([], 2**64)]:
    try:
        f()
        print('ok')
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(list(itertools.product([], repeat=0)), list(itertools.permutations('abc', 10)))
for f in ['x' * 1000, '1000000000000s', '99999999999999999999i', '0s', '3p', '?x?']:
    try:
        print(struct.calcsize(f))
    except struct.error as e:
        print(type(e).__name__, e)
