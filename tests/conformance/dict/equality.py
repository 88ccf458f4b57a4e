print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: [1, 2]} == {1: [1, 2]}, {} == {}, {1: 1} == [(1, 1)])
print(dict(a=1) == {"a": 1}, {"a": {"b": 1}} == {"a": {"b": 1.0}}, {1: float("nan")} == {1: float("nan")})
nan = float("nan")
print({1: nan} == {1: nan})
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print(type(e).__name__, e)
print(repr({"a": "b", 1: (2,)}), str({1: "x"}), {1: {2: {3: {}}}})
