//! End-to-end test of the compiler: runs our bytecode for each conformance
//! program on `tests/pyvm/vm.py`, a small reference interpreter written in
//! Python that follows `bytecode.rs` with CPython objects as values, and
//! compares stdout and exit status with the expectations recorded from
//! CPython (`.out`, `.code`).
//!
//! `TAIPAN_PYVM_FILTER=substring` restricts the run to matching paths;
//! `TAIPAN_PYVM_EXTRA=dir` adds the programs of `dir` (expectations from python3).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use taipan_compiler::bytecode::{CodeObject, Constant};
use taipan_compiler::{compile, Mode};

fn json_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_strs(v: &[String], out: &mut String) {
    out.push('[');
    for (i, s) in v.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_str(s, out);
    }
    out.push(']');
}

fn json_const(c: &Constant, out: &mut String) {
    match c {
        Constant::None => out.push_str("[\"None\"]"),
        Constant::Bool(b) => {
            let _ = write!(out, "[\"Bool\",{b}]");
        }
        Constant::Int(i) => {
            let _ = write!(out, "[\"Int\",\"{i}\"]");
        }
        Constant::Float(f) => {
            let _ = write!(out, "[\"Float\",\"{}\"]", f.to_bits());
        }
        Constant::Complex { real, imag } => {
            let _ = write!(
                out,
                "[\"Complex\",\"{}\",\"{}\"]",
                real.to_bits(),
                imag.to_bits()
            );
        }
        Constant::Str(s) => {
            out.push_str("[\"Str\",");
            json_str(s, out);
            out.push(']');
        }
        Constant::Bytes(b) => {
            let items: Vec<String> = b.iter().map(|x| x.to_string()).collect();
            let _ = write!(out, "[\"Bytes\",[{}]]", items.join(","));
        }
        Constant::Ellipsis => out.push_str("[\"Ellipsis\"]"),
        Constant::Tuple(v) | Constant::FrozenSet(v) => {
            let tag = if matches!(c, Constant::Tuple(_)) {
                "Tuple"
            } else {
                "FrozenSet"
            };
            let _ = write!(out, "[\"{tag}\",[");
            for (i, x) in v.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_const(x, out);
            }
            out.push_str("]]");
        }
        Constant::Code(code) => {
            out.push_str("[\"Code\",");
            json_code(code, out);
            out.push(']');
        }
    }
}

fn json_code(co: &CodeObject, out: &mut String) {
    out.push_str("{\"name\":");
    json_str(&co.name, out);
    out.push_str(",\"qualname\":");
    json_str(&co.qualname, out);
    out.push_str(",\"filename\":");
    json_str(&co.filename, out);
    let _ = write!(
        out,
        ",\"firstlineno\":{},\"argcount\":{},\"posonlyargcount\":{},\"kwonlyargcount\":{},\"flags\":{}",
        co.firstlineno, co.argcount, co.posonlyargcount, co.kwonlyargcount, co.flags
    );
    out.push_str(",\"code\":[");
    for (i, ins) in co.instructions.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "[\"{}\",{}]", ins.op.name(), ins.arg);
    }
    out.push_str("],\"exc\":[");
    for (i, e) in co.exception_table.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            "[{},{},{},{},{}]",
            e.start, e.end, e.target, e.depth, e.push_lasti
        );
    }
    out.push_str("],\"consts\":[");
    for (i, c) in co.consts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_const(c, out);
    }
    out.push_str("],\"names\":");
    json_strs(&co.names, out);
    out.push_str(",\"varnames\":");
    json_strs(&co.varnames, out);
    out.push_str(",\"cellvars\":");
    json_strs(&co.cellvars, out);
    out.push_str(",\"freevars\":");
    json_strs(&co.freevars, out);
    out.push_str(",\"docstring\":");
    match &co.docstring {
        Some(d) => json_str(d, out),
        None => out.push_str("null"),
    }
    out.push('}');
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

/// Programs whose output depends on the reference VM itself rather than on
/// the bytecode (recursion depth, object identity/addresses, tracebacks, the
/// hash-table layout CPython's own frozenset constants produce).
const VM_LIMITED: &[&str] = &[
    "recursion/",
    "gc/",
    "errors/",
    "syntax/",
    "set/int_order.py",
    "set/inplace_order.py",
    "regressions/set-xor-order",
    "modules/sys_module.py",
    // `eval` of source strings: the reference VM hands them to its host
    // CPython, which compiles and runs them outside the VM's globals.
    "stdlib/array_basic.py",
    "stdlib/datetime_basic.py",
    "stdlib/fractions_basic.py",
    "stdlib/enum_basic.py",
    // Recursion depth and traceback line numbers are the VM's own.
    "stdlib/limits.py",
    "tier2/error_lines_hot.py",
];

/// Runs one program; `None` when it is skipped, `Some(Err(report))` when it differs.
fn run_one(path: &Path, vm: &Path, tmp: &Path, idx: usize) -> Option<Result<(), String>> {
    let key = path.display().to_string();
    let (expected, want_code) = match std::fs::read_to_string(path.with_extension("out")) {
        Ok(e) => {
            let code = std::fs::read_to_string(path.with_extension("code"))
                .ok()
                .and_then(|s| s.trim().parse().ok())
                .unwrap_or(0);
            (e, code)
        }
        Err(_)
            if key.contains("tests/programs")
                || std::env::var("TAIPAN_PYVM_EXTRA").is_ok_and(|d| key.starts_with(&d)) =>
        {
            let out = Command::new("python3")
                .arg(path)
                .output()
                .expect("python3 (the oracle)");
            (
                String::from_utf8_lossy(&out.stdout).into_owned(),
                out.status.code().unwrap_or(-1),
            )
        }
        Err(_) => return None,
    };
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let module = taipan_syntax::parse(&source, Mode::Exec).ok()?;
    let code = compile(&module, &source, &key, Mode::Exec).ok()?;
    let mut json = String::new();
    json_code(&code, &mut json);
    let jpath = tmp.join(format!("{idx}.json"));
    std::fs::write(&jpath, json).expect("write json");
    let stdin = match std::fs::File::open(path.with_extension("in")) {
        Ok(f) => std::process::Stdio::from(f),
        Err(_) => std::process::Stdio::null(),
    };
    let out = Command::new("python3")
        .arg(vm)
        .arg(&jpath)
        .arg(path)
        .current_dir(path.parent().unwrap_or(Path::new(".")))
        .stdin(stdin)
        .output()
        .expect("python3 (the oracle) is required for this test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let got_code = out.status.code().unwrap_or(-1);
    if stdout == expected && got_code == want_code {
        return Some(Ok(()));
    }
    let first_diff = stdout
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(stdout.lines().count().min(expected.lines().count()));
    Some(Err(format!(
        "{key}: exit {got_code} (want {want_code}); first differing line {}: got {:?} want {:?}\n  stderr: {}",
        first_diff + 1,
        stdout.lines().nth(first_diff).unwrap_or(""),
        expected.lines().nth(first_diff).unwrap_or(""),
        String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("")
    )))
}

#[test]
fn conformance_programs_run_on_reference_vm() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let vm = manifest.join("tests/pyvm/vm.py");
    let mut files = Vec::new();
    collect(&manifest.join("../../tests/conformance"), &mut files);
    // Programs written to stress the compiler; CPython gives the expectation.
    collect(&manifest.join("tests/programs"), &mut files);
    // Extra programs (expectations from python3) can be run ad hoc.
    let extra = std::env::var("TAIPAN_PYVM_EXTRA").ok();
    if let Some(dir) = &extra {
        collect(Path::new(dir), &mut files);
    }
    files.sort();
    let filter = std::env::var("TAIPAN_PYVM_FILTER").ok();
    files.retain(|p| {
        let key = p.display().to_string();
        !VM_LIMITED.iter().any(|d| key.contains(d))
            && filter.as_ref().is_none_or(|f| key.contains(f.as_str()))
    });
    let tmp = std::env::temp_dir().join(format!("taipan-pyvm-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    // Two workers: the programs are independent.
    let results: Vec<Option<Result<(), String>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|w| {
                let (files, vm, tmp) = (&files, &vm, &tmp);
                s.spawn(move || {
                    files
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i % 2 == w)
                        .map(|(i, p)| run_one(p, vm, tmp, i))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let _ = std::fs::remove_dir_all(&tmp);
    let ran = results.iter().flatten().count();
    let failures: Vec<String> = results
        .into_iter()
        .flatten()
        .filter_map(Result::err)
        .collect();
    eprintln!("ran {ran} programs on the reference VM");
    assert!(
        failures.is_empty(),
        "{} of {ran} programs differ (a difference is a compiler bug unless the program \
         observes the reference VM itself -- frames, recursion depth, GC, object identity; \
         then list it in VM_LIMITED):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
