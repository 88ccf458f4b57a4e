//! End-to-end checks of the interpreter core: each case runs a small program
//! and compares its stdout with what CPython 3.11 prints.

use taipan_interp::run_captured;

fn check(src: &str, want: &str) {
    let (out, rc) = run_captured(src);
    assert_eq!(rc, 0, "exit status for:\n{src}\nstdout so far:\n{out}");
    assert_eq!(out, want, "program:\n{src}");
}

#[test]
fn arithmetic_and_immediates() {
    check(
        "print(7 // -2, 7 % -2, -7 // 2, 2 ** 100, 2 ** -1, 1 == 1.0, hash(1) == hash(1.0) == hash(True))",
        "-4 -1 -4 1267650600228229401496703205376 0.5 True True\n",
    );
    check(
        "x = 2 ** 47\nprint(x, x * 2, -x - 1, (x * 4) // 4 == x)",
        "140737488355328 281474976710656 -140737488355329 True\n",
    );
    check(
        "print(0.1 + 0.2, 1e300 * 1e10, 3 / 2, -0.0, divmod(-7, 2), round(2.5), round(3.5))",
        "0.30000000000000004 inf 1.5 -0.0 (-4, 1) 2 4\n",
    );
}

#[test]
fn set_iteration_order_matches_cpython() {
    check(
        "print({3, 1, 2}, {100, 5, 33}, {-1, -2, 3, 2, 1, 0})",
        "{1, 2, 3} {33, 100, 5} {0, 1, 2, 3, -2, -1}\n",
    );
}

#[test]
fn classes_shapes_and_inline_caches() {
    let src = "
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
class Q(P):
    def get(self):
        return super().get() * 10
t = 0
for i in range(100):
    o = P(i) if i % 2 else Q(i)
    t += o.get()
    o.x = 1
    t += o.x
print(t)
";
    check(src, "27100\n");
}

#[test]
fn exceptions_and_finally() {
    let src = "
def f():
    try:
        raise KeyError('k')
    finally:
        print('fin')
try:
    f()
except LookupError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    try:
        raise ValueError('v') from e
    except ValueError as v:
        print(repr(v), repr(v.__cause__))
";
    check(
        src,
        "fin\nKeyError 'k'\nValueError('v') ZeroDivisionError('division by zero')\n",
    );
}

#[test]
fn deep_recursion_raises_recursion_error() {
    let src = "
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print(e)
";
    check(src, "maximum recursion depth exceeded\n");
}

#[test]
fn generators_send_and_yield_from() {
    let src = "
def inner():
    x = yield 1
    yield x * 2
    return 'done'
def outer():
    r = yield from inner()
    yield r
g = outer()
print(next(g), g.send(21), next(g))
";
    check(src, "1 42 done\n");
}

#[test]
fn garbage_is_collected() {
    let src = "
class Node:
    def __init__(self):
        self.other = None
for i in range(300000):
    a = Node(); b = Node(); a.other = b; b.other = a
print('ok')
";
    check(src, "ok\n");
}
