//! Snapshot tests of `--uops`: the traces tier 2 builds for small fixture
//! programs (int, float, list, attribute, global/builtin-call, branchy and
//! nested loops), as printed to stderr when they are built. The dump shows
//! operands by meaning (no addresses), so it is deterministic; the JIT
//! records the same traces as the uop interpreter, and the programs print
//! what CPython prints.
//!
//! Update with `INSTA_UPDATE=always cargo test -p taipan-cli --test uops_dump`
//! (or `cargo insta review`) and review the diff.

use std::process::Command;

/// (snapshot name, program, CPython's stdout)
const FIXTURES: &[(&str, &str, &str)] = &[
    (
        "int_loop",
        "\
def f(n):
    i = 0
    total = 0
    while i < n:
        total = total + i * 3 - (i & 7)
        i = i + 1
    return total
print(f(100))
",
        "14508\n",
    ),
    (
        "float_loop",
        "\
def f(n):
    x = 0.0
    for i in range(n):
        x = x * 0.5 + i / 4.0 - 1.5
    return x
print(f(50))
",
        "21.000000000000004\n",
    ),
    (
        "list_loop",
        "\
def f(xs):
    out = []
    for x in xs:
        out.append(x * 2)
    s = 0
    for i in range(len(xs)):
        s += xs[i] - out[i]
        xs[i] = s
    return s, xs[:3]
print(f(list(range(20))))
",
        "(-190, [0, -1, -3])\n",
    ),
    (
        "attribute_loop",
        "\
class P:
    def __init__(self):
        self.x = 0
        self.y = 1
    def step(self, k):
        return self.x + k
def f(n):
    p = P()
    for i in range(n):
        p.x = p.step(i) + p.y
    return p.x
print(f(30))
",
        "465\n",
    ),
    (
        "global_and_builtin_calls",
        "\
import math
K = 3
def g(v):
    return v + K
def f(n):
    t = 0
    for i in range(n):
        t += g(i) + abs(-i) + len('ab') + math.floor(1.5)
    return t
print(f(25))
",
        "750\n",
    ),
    (
        "branch_loop",
        "\
def f(n):
    evens = 0
    odds = None
    for i in range(n):
        if i % 2 == 0:
            evens += i
        else:
            odds = i
        if odds is None:
            continue
    return evens, odds
print(f(40))
",
        "(380, 39)\n",
    ),
    (
        "nested_loop",
        "\
def f(n):
    total = 0
    for i in range(n):
        j = 0
        while j < i:
            total += j
            j += 1
    return total
print(f(12))
",
        "220\n",
    ),
];

/// Runs `program` with tier 2 (`jit`: `uops` or `1`) at threshold 2 and
/// `--uops`; returns (stdout, stderr).
fn run(program: &str, jit: &str) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(["-X", &format!("jit={jit}"), "-X", "jit-threshold=2"])
        .args(["--uops", "-c", program])
        .output()
        .expect("runs taipan");
    assert!(out.status.success(), "{program}: {out:?}");
    (
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

#[test]
fn uops_dumps() {
    for (name, program, want_stdout) in FIXTURES {
        let (stdout, dump) = run(program, "uops");
        assert_eq!(&stdout, want_stdout, "{name}: output");
        assert!(
            dump.starts_with("-- trace for loop at "),
            "{name}: no trace built:\n{dump}"
        );
        assert!(!dump.contains("0x"), "{name}: an address in the dump");
        let (jit_stdout, jit_dump) = run(program, "1");
        assert_eq!(&jit_stdout, want_stdout, "{name}: output with the JIT");
        assert_eq!(jit_dump, dump, "{name}: the JIT records other traces");
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(*name, dump);
        });
    }
}

/// A small-int multiply that overflows on most iterations side-exits; the
/// trace built at that exit must not re-specialize the same multiply (it
/// overflows again at once, and each new exit trace adds one more link to
/// a chain every iteration walks: traces grow with n, entries with n²).
#[test]
fn overflow_side_exits_do_not_chain_traces() {
    let program = "\
def f(n):
    state = 42
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
    return state
print(f(20000))
";
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(["-X", "jit=uops", "-X", "jit-threshold=2", "-X", "jit-stats"])
        .args(["-c", program])
        .output()
        .expect("runs taipan");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "595334538\n");
    let stats = String::from_utf8_lossy(&out.stderr);
    let count = |what: &str| -> u64 {
        let end = stats
            .find(what)
            .unwrap_or_else(|| panic!("{what} in {stats}"));
        let start = stats[..end].trim_end().rfind(' ').map_or(0, |i| i + 1);
        stats[start..end].trim().parse().expect("a count")
    };
    let (traces, entries) = (count(" traces built"), count(" trace entries"));
    assert!(traces <= 8, "{traces} traces built: {stats}");
    // 20000 iterations: each enters the loop trace and, after its overflow
    // exit, the linked side trace (entries count chained runs too).
    assert!(entries <= 45000, "{entries} trace entries: {stats}");
}
