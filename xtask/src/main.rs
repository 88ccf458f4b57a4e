//! `cargo xtask <command>`: project automation (bless the conformance corpus, run benchmarks).

mod bench;
mod bless;
mod corpus;
mod proc;
mod pyfuzz;
mod stencils;

use std::path::PathBuf;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  bless [--python CMD] [filter]
        record expected outputs of tests/conformance/**/*.py from python3
        (TAIPAN_ORACLE=CMD also picks the interpreter, TAIPAN_BLESS_JOBS=N the parallelism)
  bench [--vs CMD] [--runs N] [--taipan-args 'ARGS'] [--size N] [--taipan PATH]
        [--no-build] [--no-record] [filter]
        build taipan (release), time benchmarks/*.py under taipan and CMD (python3), runs
        interleaved; print medians and speedups; append the table to benchmarks/RESULTS.md
  stencils [--check]
        regenerate the JIT's checked-in stencil file (--check: fail if it is stale)
  pyfuzz [--seed N] [--cases N] [--taipan PATH] [--mode gen|mutate|both] [--minutes M]
        differential fuzzing against python3; minimised failures go to tests/fuzz-regressions/
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("bless") => bless::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("stencils") => stencils::run(&args[1..]),
        Some("pyfuzz") => pyfuzz::run(&args[1..]),
        Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(cmd) => Err(format!("unknown command {cmd}\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    if let Err(msg) = result {
        eprintln!("xtask: {msg}");
        std::process::exit(2);
    }
}

/// The workspace root (the parent of this crate's manifest directory).
pub fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}
