class MyError(Exception):
    pass
def inner():
    raise MyError("something went wrong: code 7")
def outer():
    inner()
print("start")
outer()
