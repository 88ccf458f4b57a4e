# Import forms over the embedded stdlib: star imports, submodules, aliases, heapq additions.
from collections.abc import Iterable, Mapping
import collections.abc
from typing import *
from itertools import *
from functools import *
from operator import *
import os.path as osp
from os import path
import heapq
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8], key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])))
print(isinstance([], Iterable), osp.join('a', 'b'), path.basename('/x/y'))
print(List[int], reduce(add, range(5)), list(accumulate(range(5))))
import string, copy, json, struct, hashlib, base64, textwrap, enum, dataclasses, contextlib, abc, types, keyword, reprlib
print(keyword.iskeyword('for'), keyword.kwlist[:3])
print(types.SimpleNamespace(a=1, b='x'))
import sys
print('collections' in sys.modules, sys.modules['os.path'] is osp)
