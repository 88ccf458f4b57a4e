words = ["apple", "Äpfel", "zebra", "Zebra", "éclair", "eclair", "日本", "abc", "ABC", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print([w.upper() for w in words], [w.lower() for w in words])
print(max(words), min(words), [ord(w[0]) if w else None for w in words])
print("a" < "b" < "c", "Z" < "a", "é" > "z", "abc" < "abcd", "" < " ")
