//! taipan-interp: the object model and the tier-1 interpreter.
//!
//! **API boundary:** [`Tier2`] is how the interpreter hands hot code to a
//! higher tier; this crate never names the uop or JIT crates.

/// Pure-Rust algorithms behind CPython runtime semantics (formatting, parsing, hashing...).
pub mod support;

/// What the interpreter asks of a higher tier. The CLI installs an
/// implementation built from taipan-uops / taipan-jit.
pub trait Tier2 {
    /// A short name for `-X jit-stats` output.
    fn name(&self) -> &'static str;
}
