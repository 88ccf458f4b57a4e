//! Pure-Rust algorithms behind CPython runtime semantics (number formatting, parsing,
//! hashing, the Mersenne Twister, str methods, math), independent of the object model.
//!
//! Every function here reproduces one documented piece of CPython 3.11 behaviour; errors
//! are returned as [`SupportError`] values carrying the Python exception type name and
//! CPython's exact message, never as panics.

pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod math;
pub mod numparse;
pub mod percent;
pub mod random;
pub mod str_format;
pub mod strings;
pub mod unicode_tables;

/// A Python-level error produced by a support algorithm: the exception type's name
/// (e.g. `"ValueError"`) and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportError {
    /// The Python exception class name, e.g. `"ValueError"`, `"OverflowError"`.
    pub kind: &'static str,
    /// The exception message, exactly as CPython formats it.
    pub msg: String,
}

impl SupportError {
    /// Builds an error of exception type `kind` with message `msg`.
    pub fn new(kind: &'static str, msg: impl Into<String>) -> Self {
        SupportError {
            kind,
            msg: msg.into(),
        }
    }
    /// A `ValueError` with the given message.
    pub fn value(msg: impl Into<String>) -> Self {
        Self::new("ValueError", msg)
    }
    /// A `TypeError` with the given message.
    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new("TypeError", msg)
    }
    /// An `OverflowError` with the given message.
    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new("OverflowError", msg)
    }
}

impl std::fmt::Display for SupportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for SupportError {}

/// Result alias for support algorithms.
pub type SResult<T> = Result<T, SupportError>;
