class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__], D().who(), D().chain())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who(), E().chain())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass
print([k.__name__ for k in V.__mro__])
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class O1: pass
class O2: pass
class O3: pass
class K1(O1, O2): pass
class K2(O2, O3): pass
class K3(O1, O3): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__], M.mro() == list(M.__mro__))
