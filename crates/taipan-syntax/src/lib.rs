//! taipan-syntax: Python source text to an AST with spans.
//!
//! **API boundary:** [`parse`] / [`parse_module`], [`ast`], [`SyntaxError`],
//! [`LineIndex`]. The lexer and the lalrpop grammar are private so the parser
//! generator can be swapped without touching other crates.
//!
//! **Invariant:** no input makes this crate panic; every failure is a
//! [`SyntaxError`] carrying CPython's message and location.
//!
//! Layout: `lexer` (logos raw tokens, then NEWLINE/INDENT/DEDENT, bracket
//! tracking, soft keywords, a nesting-depth guard) feeds the lalrpop grammar
//! `python.lalrpop` (generated into OUT_DIR by `build.rs`), whose actions
//! live in `builder` (targets are parsed as expressions and validated there,
//! as CPython's old parser did). `strings` decodes literals and splits
//! f-strings, parsing each field with the same grammar. `parser` runs the
//! grammar and turns its failures into CPython 3.11's messages. [`dump`]
//! prints a tree the way `ast.dump` does, which the tests use to compare
//! with CPython (`tests/cpython_compare.py`).

pub mod ast;
mod builder;
pub mod dump;
mod error;
mod lexer;
mod line_index;
mod parser;
mod strings;
mod token;
mod unicode_names;

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
    parser::parse(source, mode)
}

/// For a REPL: true when `source` fails to parse only because it ended too
/// early (an open bracket, an unterminated triple-quoted string, a trailing
/// backslash, a block header such as `if x:` still waiting for its body), so
/// reading more lines may complete it.
pub fn is_incomplete_input(source: &str, mode: Mode) -> bool {
    parser::is_incomplete(source, mode)
}

/// Parses the expression of an f-string replacement field `src[start..end]`.
pub(crate) fn parse_fexpr(src: &str, start: u32, end: u32) -> Result<ast::Expr, SyntaxError> {
    parser::parse_fexpr(src, start, end)
}

/// Tokenizes `source` and returns the number of tokens (for benchmarks of
/// the lexer alone; not part of the stable API).
#[doc(hidden)]
pub fn token_count(source: &str) -> usize {
    lexer::tokenize(source).tokens.len()
}
