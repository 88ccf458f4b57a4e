# itertools: results, reprs and CPython's error messages.
import itertools as it
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, starmap, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement, pairwise)
import operator


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
print(repr(count()), repr(count(5)), repr(count(1, 2)), repr(count(1.5)), repr(count(2, 0.5)))
c = count(3); next(c); print(repr(c))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), repr(repeat(1, 2)), repr(repeat('a')), repr(repeat(1, -1)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)),
      list(accumulate([], initial=7)), list(accumulate([3, 1, 2], max, initial=0)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(filterfalse(lambda x: x % 2, range(7))))
print([(k, list(g)) for k, g in groupby('aaabccdd')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(operator.add, [[1, 2]])))
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee('ab', 3)), tee([], 0))
a, b = tee(iter(range(4)))
print(next(a), next(a), next(b), list(a), list(b))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(product('ab', repeat=2)), list(product([1, 2], 'x')), list(product()), list(product([], [1])))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))), list(permutations([1], 2)))
print(list(combinations('abcd', 2)), list(combinations([1, 2], 0)), list(combinations([1], 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 1)))
print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])))
print(type(chain()).__name__, type(count()).__name__, isinstance(groupby(''), groupby))

show('count str', lambda: count('a'))
show('islice -1', lambda: islice([], -1))
show('islice start -1', lambda: islice([], -1, 3))
show('islice stop bad', lambda: islice([], 1, 'x'))
show('islice step 0', lambda: islice([], 0, 1, 0))
show('islice noiter', lambda: islice(1, 2))
show('permutations neg', lambda: permutations([1], -1))
show('combinations neg', lambda: combinations([1], -1))
show('product neg', lambda: product([1], repeat=-1))
show('tee neg', lambda: tee([], -1))
show('chain bad', lambda: list(chain([1], 2)))
show('cycle bad', lambda: cycle(5))
show('takewhile args', lambda: takewhile(len))
show('starmap args', lambda: starmap(len))
