for n in range(-2, 3):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)
print(["fizzbuzz" if i % 15 == 0 else "fizz" if i % 3 == 0 else "buzz" if i % 5 == 0 else i for i in range(1, 21)])
x = None
print(x if x is not None else "default", (x or "or-default"), (0 or None) if True else 1)
f = (lambda v: "even" if v % 2 == 0 else "odd")
print([f(i) for i in range(4)])
print(1 if [] else 2, "a" if "b" else "c", (3 if False else 4) * 2)
