//! Data-driven parser tests: every `tests/fixtures/valid/*.py` parses and its
//! tree (in `ast.dump(..., include_attributes=True)` form, one statement per
//! line) matches its snapshot; every `tests/fixtures/invalid/*.py` fails with
//! the snapshotted CPython message and location (start, and end). The snapshots were checked
//! against CPython 3.11 with `tests/cpython_compare.py`.

use std::path::{Path, PathBuf};

use taipan_syntax::{ast::Module, dump, parse_module, LineIndex};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

fn one_statement_per_line(m: &Module, src: &str) -> String {
    let mut out = String::new();
    for s in &m.body {
        let one = Module { body: vec![s.clone()] };
        let text = dump::dump_module_with_attributes(&one, src);
        let inner =
            text.strip_prefix("Module(body=[").and_then(|t| t.strip_suffix("], type_ignores=[])")).unwrap_or(&text);
        out.push_str(inner);
        out.push('\n');
    }
    out
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

#[test]
fn valid_fixtures() {
    let files = fixtures("valid");
    assert!(!files.is_empty());
    for path in files {
        let src = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let module = match parse_module(&src) {
            Ok(m) => m,
            Err(e) => panic!("{name}: unexpected {e} at byte {}", e.start),
        };
        let text = one_statement_per_line(&module, &src);
        settings().bind(|| insta::assert_snapshot!(format!("valid@{name}"), text));
    }
}

#[test]
fn invalid_fixtures() {
    let files = fixtures("invalid");
    assert!(!files.is_empty());
    for path in files {
        let src = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let text = match parse_module(&src) {
            Ok(m) => format!("parsed without error:\n{}", dump::dump_module(&m)),
            Err(e) => {
                let idx = LineIndex::new(&src);
                let (line, col) = idx.line_col(&src, e.start);
                let (end_line, end_col) = idx.line_col(&src, e.end);
                // CPython's `e.lineno` and 1-based `e.offset`, then the end
                // (`e.end_lineno`, `e.end_offset` where CPython has one).
                format!("{}: {} ({line}, {}) to ({end_line}, {})\n", e.kind.python_name(), e.msg, col + 1, end_col + 1)
            }
        };
        settings().bind(|| insta::assert_snapshot!(format!("invalid@{name}"), text));
    }
}
