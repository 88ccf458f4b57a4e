def todo():
    pass
class Empty:
    pass
def stub():
    ...
print(todo(), stub(), Empty.__name__, ..., type(...).__name__, Ellipsis is ...)
for _ in range(2):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print("all passes ok")
