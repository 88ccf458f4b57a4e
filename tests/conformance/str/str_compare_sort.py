words = "the quick brown fox jumps over the lazy dog THE Quick".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(words)), max(words), min(words), max(words, key=len), min(words, key=len))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (p[1], p[0]), reverse=True))
print("apple" < "apples", "Zebra" < "apple", "a" < "é", "10" < "9", "abc" <= "abc", "b" >= "abc")
print(["b", "a"] < ["b", "b"], ("a", 1) < ("a", 2), "é" > "z", "日" > "a")
