//! taipan-interp: the object model and the tier-1 interpreter.
//!
//! **API boundary:** [`Interp`] (create, `run_main`), [`Value`], and [`Tier2`],
//! which is how the interpreter hands hot code to a higher tier; this crate
//! never names the uop or JIT crates.

pub mod builtins;
pub mod complex;
pub mod dict;
pub mod eval;
pub mod interp;
pub mod methods;
pub mod modules;
pub mod object;
pub mod ops;
pub mod protocols;
pub mod random_mod;
pub mod set;
pub mod strmethods;
pub mod support;
pub mod types;
pub mod value;

pub use interp::{Interp, Options, PyResult};
pub use value::Value;

/// What the interpreter asks of a higher tier. The CLI installs an
/// implementation built from taipan-uops / taipan-jit.
pub trait Tier2 {
    /// A short name for `-X jit-stats` output.
    fn name(&self) -> &'static str;
}

/// Runs `src` as `__main__` and returns (captured stdout, exit status); for tests.
pub fn run_captured(src: &str) -> (String, i32) {
    let src = src.to_string();
    let h = std::thread::Builder::new()
        .stack_size(1 << 28)
        .spawn(move || {
            let mut it = Interp::new();
            it.capture_stdout = true;
            let rc = it.run_main(&src, "<test>");
            (String::from_utf8_lossy(&it.out).into_owned(), rc)
        });
    match h {
        Ok(h) => h.join().unwrap_or((String::new(), 70)),
        Err(_) => (String::new(), 70),
    }
}

/// Runs `src` as `__main__` on a thread with a large native stack (deep
/// native re-entry stays bounded by the recursion limit, not the OS stack).
/// Returns the process exit status.
pub fn run_program(
    src: String,
    filename: String,
    argv: Vec<String>,
    script_dir: Option<String>,
    options: Options,
) -> i32 {
    let h = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let mut it = Interp::new();
            it.options = options;
            modules::set_argv_path(&mut it, &argv, script_dir.as_deref());
            it.run_main(&src, &filename)
        });
    match h {
        Ok(h) => h.join().unwrap_or(70),
        Err(_) => 70,
    }
}
