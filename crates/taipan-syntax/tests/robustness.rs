//! The parser never panics or hangs: on truncated real programs, on random
//! bytes, on random token soups, and on deeply nested input.

use std::path::{Path, PathBuf};

use taipan_syntax::{ast::Mode, parse, parse_module};

fn py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn corpus() -> Vec<(PathBuf, String)> {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = crate_dir.join("../..");
    let mut files = Vec::new();
    for dir in [root.join("tests"), root.join("benchmarks"), crate_dir.join("tests/fixtures")] {
        py_files(&dir, &mut files);
    }
    files.sort();
    files.into_iter().filter_map(|p| std::fs::read_to_string(&p).ok().map(|s| (p, s))).collect()
}

/// Parses in every mode; a panic, a hang or an error located outside the
/// input fails the test.
fn parse_all_modes(src: &str) {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        if let Err(e) = parse(src, mode) {
            assert!(
                e.start as usize <= src.len() && e.start <= e.end.max(e.start),
                "{mode:?} {src:?}: error {e:?} outside the input"
            );
            assert!(!e.msg.is_empty());
        }
    }
}

#[test]
fn corpus_truncated_every_7th_byte() {
    let files = corpus();
    assert!(files.len() >= 8, "expected the fixtures at least, found {}", files.len());
    for (path, src) in &files {
        let mut cut = 0;
        while cut <= src.len() {
            if src.is_char_boundary(cut) {
                let prefix = &src[..cut];
                let r = std::panic::catch_unwind(|| {
                    if let Err(e) = parse_module(prefix) {
                        assert!(e.start as usize <= prefix.len(), "error {e:?} outside the input");
                    }
                });
                assert!(r.is_ok(), "panic on {} truncated at byte {cut}", path.display());
            }
            cut += 7;
        }
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let alphabet = b" \t\n\r\\#'\"(){}[]:;,.=+-*/%<>!&|^~@0123456789abcdefxobjrufABCDEF_\x0c";
    for _ in 0..3000 {
        let len = rng.below(60);
        let bytes: Vec<u8> = (0..len)
            .map(|_| if rng.below(10) == 0 { rng.next() as u8 } else { alphabet[rng.below(alphabet.len())] })
            .collect();
        let src = String::from_utf8_lossy(&bytes).into_owned();
        parse_all_modes(&src);
    }
}

#[test]
fn random_token_soup() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let pieces = [
        "x",
        "y",
        "f",
        "1",
        "2.5",
        "3j",
        "'s'",
        "b'b'",
        "f'{x}'",
        "f'{x!r:>{y}}'",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        ";",
        "=",
        "==",
        "+",
        "-",
        "*",
        "**",
        "/",
        "//",
        "%",
        "@",
        "<",
        ">",
        "<=",
        "!=",
        "|",
        "&",
        "^",
        "~",
        "<<",
        ">>",
        ".",
        "...",
        "->",
        ":=",
        "+=",
        "if",
        "else",
        "elif",
        "for",
        "in",
        "while",
        "def",
        "class",
        "return",
        "yield",
        "lambda",
        "not",
        "and",
        "or",
        "is",
        "try",
        "except",
        "finally",
        "with",
        "as",
        "import",
        "from",
        "global",
        "nonlocal",
        "del",
        "pass",
        "break",
        "continue",
        "raise",
        "assert",
        "async",
        "await",
        "match",
        "case",
        "_",
        "None",
        "True",
        "\n",
        "\n    ",
        "\n  ",
        "\n\t",
        " ",
        " ",
        " ",
        "\\\n",
        "#c\n",
        "*a",
        "**k",
    ];
    for _ in 0..4000 {
        let n = rng.below(30);
        let src: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect::<Vec<_>>().join("");
        parse_all_modes(&src);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let cases = [
        "(".repeat(10_000),
        format!("{}1{}", "(".repeat(150), ")".repeat(150)),
        format!("{}1", "-".repeat(100_000)),
        format!("x = {}", vec!["1"; 100_000].join("+")),
        format!("x = a{}", ".b".repeat(100_000)),
        format!("x = {}1", "not ".repeat(50_000)),
        format!("x = {}1", "lambda: ".repeat(50_000)),
        format!("x = f{}", "(1)".repeat(50_000)),
        format!("x = {}", vec!["1"; 50_000].join(" if 1 else ")),
        format!("x = {}", vec!["2"; 50_000].join("**")),
        format!("x = [{}]", vec!["1"; 50_000].join(", ")),
    ];
    for src in &cases {
        let r = parse_module(src);
        if let Err(e) = &r {
            assert!(!e.msg.is_empty());
        }
    }
    let e = parse_module(&"(".repeat(10_000)).unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    // Wide but shallow input is fine, as are long flat chains.
    assert!(parse_module(&format!("x = {}", vec!["a"; 5_000].join(" and "))).is_ok());
    assert!(parse_module(&format!("x = {}", vec!["a"; 5_000].join(" < "))).is_ok());
    assert!(parse_module(&format!("x = {}", vec!["'s'"; 5_000].join(" "))).is_ok());
    assert!(parse_module(&format!("x = [{}]", vec!["1"; 50_000].join(", "))).is_ok());
    assert!(parse_module(&format!("x = {}1", "-".repeat(500))).is_ok());
}

#[test]
fn big_file_parses_quickly() {
    let mut src = String::new();
    for i in 0..2_000 {
        src.push_str(&format!(
            "def f{i}(a, b=1, *c, **d):\n    x = [a + b * {i} for a in range(10) if a % 2]\n    return {{'k': x, 'v': f'{{a!r}}'}}\n\n\n"
        ));
    }
    let start = std::time::Instant::now();
    let m = parse_module(&src).expect("parses");
    assert_eq!(m.body.len(), 2_000);
    // Generous bound for unoptimized test builds on a shared machine.
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

#[test]
fn incomplete_input_for_the_repl() {
    use taipan_syntax::is_incomplete_input as inc;
    for src in
        ["if x:\n", "if x:", "x = (1,\n", "def f(a,", "s = '''abc\n", "x = 1 + \\\n", "for x in y:\n", "class A:\n"]
    {
        assert!(inc(src, Mode::Single), "{src:?} should be incomplete");
    }
    for src in ["x = 1\n", "1 +\n", "x = )\n", "if x:\n  pass\n", "print('a')\n", "s = 'abc\n", ""] {
        assert!(!inc(src, Mode::Single), "{src:?} should not be incomplete");
    }
}
