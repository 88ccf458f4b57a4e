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
//! - `Mode::Single` expression statements end with `PrintExpr` (sys.displayhook);
//! - comprehensions are nested functions taking the outermost iterator as
//!   their only argument `.0` (`varnames[0]`, argcount 1); generator
//!   expressions carry the GENERATOR flag;
//! - exception handling follows CPython 3.11's shape: a `try` body's handler
//!   entry has the depth of the stack at the `try`; handlers start with
//!   `PushExcInfo` and are themselves covered by a `lasti` cleanup entry
//!   (`Copy 3; PopExcept; Reraise 1`); `except E as e` stores `e`, runs the
//!   body under another `lasti` entry, then does `e = None; del e`;
//!   `finally` bodies are emitted twice (normal and exceptional path) and
//!   once more for each `return`/`break`/`continue` that leaves them;
//! - `f(*x)` passes `x` itself to `CallFunctionEx` (non-tuples are converted
//!   by the callee side, as in CPython); other star calls build a tuple;
//! - a set display of more than two constants is `BuildSet 0; LoadConst
//!   frozenset; SetUpdate 1` (CPython's shape; element order is source order).
//!
//! Pipeline: [`symtable`] (scopes) -> `codegen` (labels, lexical handler
//! stack, fblock unwinding as compile.c) -> [`assemble`] (label resolution,
//! unreachable code and redundant NOP removal, stack depths, exception table)
//! -> [`verify`] in tests. `fold` does literal constant folding and
//! `pattern` compiles `match`. `async`/`await` and `except*` are rejected
//! with a SyntaxError naming the feature.
//!
//! Tests: `dis` snapshots of `tests/fixtures`, CPython-message SyntaxErrors,
//! code-object shapes against CPython's own compiler, the conformance corpus
//! through the verifier, and every conformance program executed from our
//! bytecode on `tests/pyvm/vm.py` (a reference interpreter in Python).

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
