def gen():
    yield 1
    yield 2
    raise ValueError("generator failed at step 3")
for v in gen():
    print("got", v)
