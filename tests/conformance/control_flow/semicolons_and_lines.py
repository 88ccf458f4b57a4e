a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("inline if")
for i in range(2): print("inline for", i)
while a < 3: a += 1
print(a)
total = (1 +
         2 +
         3)
items = [
    1,
    2,
    3,
]
d = {
    "k": "v",
}
print(total, items, d)
long_string = "abc" \
    "def"
x = 1 + \
    2
print(long_string, x)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
