print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{0}{0}{1}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3), "{:>5}|{:<5}|{:^5}|".format("r", "l", "c"))
print("{:*^11}".format("mid"), "{:08.3f}".format(3.14159), "{:,}".format(1234567), "{:x}".format(255), "{:#b}".format(5))
print("{!r} {!s} {!a}".format("s", "s", "é"), "{{literal}} {}".format(7), "{:10}|{:<10}|".format(42, 42))
print("{:+d} {: d} {:-d}".format(5, 5, -5), "{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:e}".format(12345.678))
print("{:%}".format(0.256), "{:.1%}".format(1 / 3), "{:g}".format(1e-5), "{:n}".format(1234))
w = 10
print("{:{w}}|".format("dyn", w=w), "{:{}.{}f}".format(3.14159, 8, 2), "{:>{}}".format("x", 4))
print(format("abc", "^9"), format(123, ""), format("s", ""), format([1, 2]), format(None), format(True), format(True, "d"))
for bad in ["{", "}", "{0", "{:d}", "{1}", "{x}"]:
    try:
        print(bad.format("str"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{:hello}".format(P()), format(P(), "x"), f"{P():spec!}")
