//! taipan-compiler: AST to code objects.
//!
//! **API boundary:** [`compile`], [`compile_source`], [`bytecode`], [`dis`].
//!
//! **Invariant:** the compiler knows nothing of the interpreter's value
//! representation; constants are [`bytecode::Constant`] data.

pub mod bytecode;

pub use bytecode::{CodeObject, Constant, Instr, Opcode};
pub use taipan_syntax::ast::Mode;
pub use taipan_syntax::{SyntaxError, SyntaxErrorKind};

/// Compiles a parsed module. `source` is used for line/column computation.
pub fn compile(
    module: &taipan_syntax::ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<CodeObject, SyntaxError> {
    let _ = (module, source, filename, mode);
    Err(SyntaxError::syntax("compiler not built yet", 0, 0))
}

/// Parses and compiles `source`.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    let module = taipan_syntax::parse(source, mode)?;
    compile(&module, source, filename, mode)
}

/// A `dis`-like listing of a code object and the code objects nested in it.
pub mod dis {
    use super::CodeObject;

    /// Renders `code` as text.
    pub fn disassemble(code: &CodeObject) -> String {
        format!("{code:?}")
    }
}
