counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def outer():
    a = 1
    b = 1
    def middle():
        nonlocal a
        a += 10
        def inner():
            nonlocal a, b
            a += 100
            b += 100
        inner()
    middle()
    return a, b
print(outer())
def g1():
    global late_var
    late_var = "defined in function"
g1()
print(late_var)
x = 1
def reads_global():
    return x + 1
def shadows():
    x = 50
    def inner():
        return x
    return inner()
print(reads_global(), shadows(), x)
def loop_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(10):
        add(i)
    return total
print(loop_closure())
