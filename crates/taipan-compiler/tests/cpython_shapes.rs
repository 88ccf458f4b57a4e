//! Compares the shape of every code object we produce with what CPython
//! 3.11 (`python3`, the oracle) produces for the same source: names,
//! qualnames, first lines, argument counts, flags, cell/free variables,
//! local variable names and the names table. Runs over the fixtures and the
//! conformance corpus.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use taipan_compiler::bytecode::{flags, CodeObject, Constant};
use taipan_compiler::{compile, Mode};

const SCRIPT: &str = r#"
import sys
def walk(co, out):
    flags = co.co_flags & 0x3f
    out.append("|".join([co.co_qualname, str(co.co_firstlineno), str(co.co_argcount),
        str(co.co_posonlyargcount), str(co.co_kwonlyargcount), hex(flags),
        ",".join(co.co_cellvars), ",".join(co.co_freevars),
        ",".join(sorted(co.co_varnames)), ",".join(sorted(set(co.co_names))),
        ",".join(str(l) for l in sorted(set(l for _, _, l in co.co_lines() if l and l != co.co_firstlineno)))]))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c, out)
for path in sys.argv[1:]:
    src = open(path, encoding="utf-8").read()
    try:
        co = compile(src, path, "exec", dont_inherit=True)
    except SyntaxError:
        print("FILE\t" + path + "\tSYNTAXERROR")
        continue
    out = []
    walk(co, out)
    print("FILE\t" + path + "\t" + "\t".join(out))
"#;

/// Names CPython 3.11 puts in `co_names` that our bytecode does not need.
fn line(co: &CodeObject, out: &mut Vec<String>) {
    let fl = co.flags
        & (flags::OPTIMIZED
            | flags::NEWLOCALS
            | flags::VARARGS
            | flags::VARKEYWORDS
            | flags::NESTED
            | flags::GENERATOR);
    let mut varnames = co.varnames.clone();
    varnames.sort();
    let mut names = co.names.clone();
    names.sort();
    names.dedup();
    out.push(
        [
            co.qualname.clone(),
            co.firstlineno.to_string(),
            co.argcount.to_string(),
            co.posonlyargcount.to_string(),
            co.kwonlyargcount.to_string(),
            format!("{fl:#x}"),
            co.cellvars.join(","),
            co.freevars.join(","),
            varnames.join(","),
            names.join(","),
            lines(co),
        ]
        .join("|"),
    );
    for c in &co.consts {
        if let Constant::Code(inner) = c {
            line(inner, out);
        }
    }
}

/// The sorted set of source lines that have instructions (without the
/// first line, where CPython puts its `RESUME`).
fn lines(co: &CodeObject) -> String {
    let mut v: Vec<u32> = co
        .locations
        .iter()
        .map(|l| l.line)
        .filter(|&l| l > 0 && l != co.firstlineno)
        .collect();
    v.sort();
    v.dedup();
    v.iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

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

#[test]
fn code_object_shapes_match_cpython() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&manifest.join("tests/fixtures"), &mut files);
    collect(&manifest.join("../../tests/conformance"), &mut files);
    // Extra corpora (e.g. CPython's Lib/) can be compared ad hoc.
    if let Ok(extra) = std::env::var("TAIPAN_SHAPES_EXTRA") {
        collect(Path::new(&extra), &mut files);
    }
    files.sort();
    let Ok(output) = Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .args(&files)
        .output()
    else {
        panic!("python3 (the oracle) is required for this test");
    };
    assert!(
        output.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for l in text.lines() {
        let mut parts = l.split('\t');
        if parts.next() != Some("FILE") {
            continue;
        }
        let path = parts.next().unwrap_or_default().to_string();
        expected.insert(path, parts.map(str::to_string).collect());
    }
    let mut failures = Vec::new();
    let mut compared = 0;
    for path in &files {
        let key = path.display().to_string();
        let Some(want) = expected.get(&key) else {
            continue;
        };
        if want.first().map(String::as_str) == Some("SYNTAXERROR") {
            continue;
        }
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let Ok(module) = taipan_syntax::parse(&source, Mode::Exec) else {
            continue;
        };
        let code = match compile(&module, &source, &key, Mode::Exec) {
            Ok(c) => c,
            Err(e) if e.msg.contains("not supported yet") => continue,
            Err(e) => {
                failures.push(format!("{key}: {e}"));
                continue;
            }
        };
        if let Err(e) = taipan_compiler::verify::verify(&code) {
            failures.push(format!("{key}: verifier: {e}"));
        }
        let mut got = Vec::new();
        line(&code, &mut got);
        let mut want_sorted = want.clone();
        want_sorted.sort();
        want_sorted.dedup();
        got.sort();
        got.dedup();
        compared += 1;
        if got != want_sorted {
            let missing: Vec<_> = want_sorted.iter().filter(|w| !got.contains(w)).collect();
            let extra: Vec<_> = got.iter().filter(|g| !want_sorted.contains(g)).collect();
            failures.push(format!(
                "{key}:\n  cpython: {missing:?}\n  taipan:  {extra:?}"
            ));
        }
    }
    eprintln!("compared {compared} files with CPython");
    assert!(
        failures.is_empty(),
        "{} files differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
