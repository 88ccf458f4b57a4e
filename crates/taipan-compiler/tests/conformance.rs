//! Compiles every `.py` file of the conformance corpus (`/tests/conformance`)
//! and runs the bytecode verifier on the result.
//!
//! Files the parser rejects are not the compiler's business and are skipped
//! (listed on stderr); files the parser accepts must compile, unless CPython
//! (`python3`, the oracle) rejects them too, and must pass `verify`.

use std::path::{Path, PathBuf};
use std::process::Command;

use taipan_compiler::{compile, verify, Mode};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn cpython_accepts(path: &Path) -> Option<bool> {
    let script = "import sys\nsrc = open(sys.argv[1], encoding='utf-8').read()\ncompile(src, sys.argv[1], 'exec')";
    let st = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .ok()?;
    Some(st.status.success())
}

#[test]
fn conformance_corpus_compiles_and_verifies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut failures = Vec::new();
    let (mut compiled, mut skipped) = (0, 0);
    for path in &files {
        let source = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(_) => continue,
        };
        let name = path.display().to_string();
        // A recorded compile-time error (`.err` naming a SyntaxError) the
        // parser lets through must come from the compiler, with CPython's message.
        let expected_err = std::fs::read_to_string(path.with_extension("err"))
            .ok()
            .map(|e| e.trim().to_string())
            .filter(|e| {
                e.starts_with("SyntaxError:")
                    || e.starts_with("IndentationError:")
                    || e.starts_with("TabError:")
            });
        let parsed = std::panic::catch_unwind(|| taipan_syntax::parse(&source, Mode::Exec));
        let module = match parsed {
            Ok(Ok(m)) => m,
            Ok(Err(e)) => {
                eprintln!("skipped (parser: {e}): {name}");
                skipped += 1;
                continue;
            }
            Err(_) => {
                eprintln!("skipped (parser panicked): {name}");
                skipped += 1;
                continue;
            }
        };
        let result = std::panic::catch_unwind(|| compile(&module, &source, &name, Mode::Exec));
        match result {
            Err(_) => failures.push(format!("{name}: compiler panicked")),
            Ok(Err(e)) if expected_err.is_some() => {
                let got = format!("{e}");
                if Some(&got) != expected_err.as_ref() {
                    failures.push(format!(
                        "{name}: got {got:?}, CPython reports {:?}",
                        expected_err.unwrap_or_default()
                    ));
                }
            }
            Ok(Err(e)) => {
                if cpython_accepts(path) != Some(false) {
                    failures.push(format!("{name}: {e} at {}..{}", e.start, e.end));
                }
            }
            Ok(Ok(_)) if expected_err.is_some() => {
                failures.push(format!(
                    "{name}: compiled, but CPython reports {:?}",
                    expected_err.unwrap_or_default()
                ));
            }
            Ok(Ok(code)) => {
                compiled += 1;
                if let Err(e) = verify::verify(&code) {
                    failures.push(format!("{name}: verifier: {e}"));
                }
            }
        }
    }
    eprintln!(
        "conformance corpus: {compiled} compiled and verified, {skipped} skipped by the parser"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
