//! taipan-compiler: AST to code objects.
//!
//! **API boundary:** [`compile`], [`compile_source`], [`bytecode`], [`dis`],
//! [`verify`], [`symtable`].
//!
//! **Invariant:** the compiler knows nothing of the interpreter's value
//! representation; constants are [`bytecode::Constant`] data.
//!
//! Conventions the interpreter relies on (beyond `bytecode.rs`):
//! - a function's docstring is both `CodeObject::docstring` and `consts[0]`
//!   (functions without a docstring do not reserve `consts[0]`);
//! - decorators, comprehension calls and `assert x, msg` use CPython's
//!   "callable in the self slot" trick: `Call(0)` on `[deco, func]` calls
//!   `deco(func)`, `[comp_fn, iter]` calls `comp_fn(iter)`;
//! - `with` exits call `Call(2)` on `[exit, None, None, None]`: a `None` in
//!   the self slot is an ordinary argument (only `PushNull`'s NULL is "no self");
//! - class bodies that need `__class__` end with
//!   `LoadClosure(__class__); StoreName("__classcell__"); LoadConst None; ReturnValue`;
//! - `Mode::Single` expression statements end with `PrintExpr` (sys.displayhook).

pub mod assemble;
pub mod bytecode;
mod codegen;
pub mod dis;
mod fold;
mod pattern;
pub mod symtable;
pub mod verify;

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
    codegen::compile_module(module, source, filename, mode)
}

/// Parses and compiles `source`.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    let module = taipan_syntax::parse(source, mode)?;
    compile(&module, source, filename, mode)
}
