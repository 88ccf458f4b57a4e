a = "abc"
b = "def"
print(a + b, a * 3, 3 * a, a * 0, a * -1, (a + b) * 2, "" * 100, "-" * 20)
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for i in range(5):
    parts.append(chr(ord("a") + i) * (i + 1))
print("".join(parts), "|".join(parts))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "Z" > "A", "abc" == "abc", "a" != "A")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), max("hello"), min("hello"))
print("abc" "def", "multi" 'ple' """ quotes""")
