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
pub mod range;
pub mod set;
pub mod stdlib;
pub mod strmethods;
pub mod support;
pub mod types;
pub mod value;

pub use interp::{Interp, Options, PyResult};

/// Builds the higher tier for a new interpreter (called on its thread).
pub type Tier2Factory = fn(&Options) -> Option<Box<dyn Tier2>>;
pub use value::Value;

/// What the interpreter asks of a higher tier. The CLI installs an
/// implementation built from taipan-uops / taipan-jit.
///
/// Protocol: when a `JUMP_BACKWARD` gets hot, tier 1 calls [`Tier2::start`];
/// if it accepts, tier 1 calls [`Tier2::record`] before executing each
/// instruction (of any frame) until it answers `Abort` or `Done`. A `Done`
/// executor is installed on that `JUMP_BACKWARD` and entered every time the
/// back edge is taken, with the frame at the loop head.
pub trait Tier2 {
    /// A short name for `-X jit-stats` output.
    fn name(&self) -> &'static str;
    /// Begins recording the loop closed by instruction `jump` of the top
    /// frame (index `fi`); the frame's ip is the loop head. False declines.
    fn start(&mut self, it: &Interp, fi: usize, jump: usize) -> bool;
    /// Begins recording a side trace at instruction `ip` of the top frame
    /// (index `fi`), where a hot side exit of a trace resumes; `link` is the
    /// executor's token for attaching it (see [`ExecExit::RecordSide`]).
    fn start_side(&mut self, it: &Interp, fi: usize, ip: usize, link: usize) -> bool;
    /// Sees instruction `ip` of the top frame before tier 1 executes it.
    fn record(&mut self, it: &Interp, ip: usize) -> Recording;
    /// The `-X jit-stats` report, printed at exit.
    fn report(&self, it: &Interp) -> String;
}

/// What recording one more instruction led to.
pub enum Recording {
    Continue,
    Abort,
    /// The trace is finished: install `exec` on instruction `jump` of code
    /// object `code` (`jump == usize::MAX`: a side trace, already linked to
    /// its parent; tier 1 only keeps it alive).
    Done {
        exec: Box<dyn Executor>,
        code: Value,
        jump: usize,
    },
}

/// A compiled trace, entered by tier 1 at a loop head.
pub trait Executor {
    /// Runs the trace on the top frame (index `fi`, ip at the loop head)
    /// with the value stack as `it.stack`; leaves `it.stack` at the exit's
    /// depth and says where tier 1 resumes.
    fn run(&self, it: &mut Interp, fi: usize) -> ExecExit;
    /// Marks the heap values the trace holds (GC roots).
    fn roots(&self, mark: &mut dyn FnMut(Value));
    /// An identity for the tier that made it (e.g. its address).
    fn id(&self) -> usize;
}

/// How a trace left.
pub enum ExecExit {
    /// Continue tier 1 at this instruction.
    Resume(usize),
    /// Instruction `ip` raised `exc`.
    Raise(usize, Value),
    /// Continue at `ip`, a hot side exit: record a side trace from there
    /// ([`Tier2::start_side`] with this `link`).
    RecordSide { ip: usize, link: usize },
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
    tier2: Option<Tier2Factory>,
) -> i32 {
    let h = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let mut it = Interp::new();
            it.tier2 = tier2.and_then(|f| f(&options));
            it.jit_threshold = options.jit_threshold.unwrap_or(16).max(1);
            it.options = options;
            modules::set_argv_path(&mut it, &argv, script_dir.as_deref());
            let rc = it.run_main(&src, &filename);
            if it.options.jit_stats {
                if let Some(t) = &it.tier2 {
                    eprintln!("{}", t.report(&it));
                }
            }
            rc
        });
    match h {
        Ok(h) => h.join().unwrap_or(70),
        Err(_) => 70,
    }
}
