//! The syntax error type shared by the parser and the compiler.

use std::fmt;

/// Which Python exception class the error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn python_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error located by byte offsets into the source (`end` may equal
/// `start`). Callers turn offsets into line/column with [`crate::LineIndex`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's message, e.g. `invalid syntax` or `'return' outside function`.
    pub msg: String,
    pub start: u32,
    pub end: u32,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, start: u32, end: u32) -> Self {
        SyntaxError { kind, msg: msg.into(), start, end }
    }
    pub fn syntax(msg: impl Into<String>, start: u32, end: u32) -> Self {
        Self::new(SyntaxErrorKind::SyntaxError, msg, start, end)
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.python_name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}
