//! taipan-syntax: Python source text to an AST with spans.
//!
//! **API boundary:** [`parse`] / [`parse_module`], [`ast`], [`SyntaxError`],
//! [`LineIndex`]. The lexer and the lalrpop grammar are private so the parser
//! generator can be swapped without touching other crates.
//!
//! **Invariant:** no input makes this crate panic; every failure is a
//! [`SyntaxError`] carrying CPython's message and location.

pub mod ast;
mod error;
mod line_index;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;

use ast::{Mode, Module};

/// Parses a whole module (`exec` mode).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    parse(source, Mode::Exec)
}

/// Parses `source` in the given mode. In `Eval` mode the result holds exactly
/// one `StmtKind::Expr`.
pub fn parse(source: &str, mode: Mode) -> Result<Module, SyntaxError> {
    let _ = (source, mode);
    Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, "parser not built yet", 0, 0))
}
