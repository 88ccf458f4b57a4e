//! Code generation: AST + symbol table -> `CodeObject`s in CPython 3.11/3.12 shape.
//!
//! Each code unit is emitted as a list of instructions whose jump arguments
//! are labels and which remember the exception handler active when they were
//! emitted (a lexical handler stack mirroring CPython's SETUP_*/POP_BLOCK
//! pseudo-instructions). [`crate::assemble`] then resolves labels, removes
//! unreachable code, computes stack depths and builds the exception table.

use taipan_syntax::ast::*;
use taipan_syntax::{LineIndex, SyntaxError};

use crate::assemble::{self, Handler, IInstr, Label};
use crate::bytecode::{flags, BinaryOpArg, CodeObject, CompareOpArg, Constant, Location, Opcode};
use crate::fold;
use crate::symtable::{self, mangle, CompKind, NameScope, ScopeId, ScopeKind, SymbolTable};

type R<T> = Result<T, SyntaxError>;

fn err<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(SyntaxError::syntax(msg, span.start, span.end))
}

/// Compiles a parsed module to its code object.
pub fn compile_module(module: &Module, source: &str, filename: &str, mode: Mode) -> R<CodeObject> {
    let table = symtable::build(module, mode)?;
    let mut c = Compiler {
        source,
        index: LineIndex::new(source),
        filename: filename.to_string(),
        table,
        mode,
        units: Vec::new(),
        stmt_span: Span::default(),
        future_annotations: has_future_annotations(module),
    };
    c.module(module)
}

#[derive(Clone)]
enum FBlock<'a> {
    WhileLoop { start: Label, exit: Label },
    ForLoop { start: Label, exit: Label },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    HandlerCleanup(Option<String>),
    PopValue,
    ExceptionHandler,
}

struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    firstlineno: u32,
    instrs: Vec<IInstr>,
    labels: Vec<u32>,
    handlers: Vec<Handler>,
    handler_stack: Vec<u32>,
    fblocks: Vec<FBlock<'a>>,
    consts: Vec<Constant>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    docstring: Option<String>,
    loc: Location,
    private: Option<String>,
}

pub(crate) struct Compiler<'a> {
    source: &'a str,
    index: LineIndex,
    filename: String,
    table: SymbolTable,
    mode: Mode,
    units: Vec<Unit<'a>>,
    /// The statement being compiled (for "too many statically nested blocks").
    stmt_span: Span,
    /// `from __future__ import annotations`: annotations are kept as strings.
    future_annotations: bool,
}

/// Bitwise-exact constant equality (so `0.0` and `-0.0`, `1` and `True` stay distinct).
/// NaNs are never merged: CPython keys constants by value, and a NaN equals no other.
fn const_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits() && !x.is_nan(),
        (Constant::Complex { real: a, imag: b }, Constant::Complex { real: c, imag: d }) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Constant::Tuple(x), Constant::Tuple(y))
        | (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| const_eq(a, b))
        }
        (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
        _ => a == b,
    }
}

fn ast_const(c: &taipan_syntax::ast::Constant) -> Constant {
    use taipan_syntax::ast::Constant as A;
    match c {
        A::None => Constant::None,
        A::Bool(b) => Constant::Bool(*b),
        A::Int(i) => Constant::Int(i.clone()),
        A::Float(f) => Constant::Float(*f),
        A::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        A::Str(s) => Constant::Str(s.clone()),
        A::Bytes(b) => Constant::Bytes(b.clone()),
        A::Ellipsis => Constant::Ellipsis,
    }
}

fn binop_arg(op: Operator, inplace: bool) -> u32 {
    use BinaryOpArg as B;
    let b = match op {
        Operator::Add => B::Add,
        Operator::Sub => B::Subtract,
        Operator::Mult => B::Multiply,
        Operator::MatMult => B::MatrixMultiply,
        Operator::Div => B::TrueDivide,
        Operator::Mod => B::Remainder,
        Operator::Pow => B::Power,
        Operator::LShift => B::Lshift,
        Operator::RShift => B::Rshift,
        Operator::BitOr => B::Or,
        Operator::BitXor => B::Xor,
        Operator::BitAnd => B::And,
        Operator::FloorDiv => B::FloorDivide,
    };
    b as u32 + if inplace { 13 } else { 0 }
}

fn docstring_of(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt {
        kind: StmtKind::Expr(e),
        ..
    }) = body.first()
    {
        if let ExprKind::Constant(taipan_syntax::ast::Constant::Str(s)) = &e.kind {
            return Some(s.clone());
        }
    }
    None
}

/// True when a block body (not counting nested scopes) holds an annotated assignment.
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// True when the module starts with `from __future__ import annotations`.
fn has_future_annotations(module: &Module) -> bool {
    let body = match docstring_of(&module.body) {
        Some(_) => &module.body[1..],
        None => &module.body[..],
    };
    for s in body {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

fn has_starred(es: &[Expr]) -> bool {
    es.iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    // ---------------------------------------------------------------- units

    fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a code unit is always active while compiling")
    }

    fn ur(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a code unit is always active while compiling")
    }

    fn location(&self, span: Span) -> Location {
        let (line, col) = self.index.line_col(self.source, span.start);
        let (end_line, end_col) = self.index.line_col(self.source, span.end.max(span.start));
        Location {
            line,
            col,
            end_line,
            end_col,
        }
    }

    pub(crate) fn set_loc(&mut self, span: Span) -> Location {
        let loc = self.location(span);
        std::mem::replace(&mut self.u().loc, loc)
    }

    fn enter_unit(&mut self, scope: ScopeId, name: &str, qualname: String, firstlineno: u32) {
        let s = &self.table.scopes[scope];
        let mut fl = 0;
        if s.is_function_like() {
            fl |= flags::OPTIMIZED | flags::NEWLOCALS;
        }
        if s.is_generator {
            fl |= flags::GENERATOR;
        }
        if s.nested && s.is_function_like() {
            fl |= flags::NESTED;
        }
        let varnames = if s.is_function_like() {
            s.params.clone()
        } else {
            Vec::new()
        };
        let cellvars = s.cellvars();
        let freevars = s.freevars();
        let kind = s.kind;
        let private = s.private.clone();
        let loc = self.units.last().map(|u| u.loc).unwrap_or(Location {
            line: firstlineno,
            col: 0,
            end_line: firstlineno,
            end_col: 0,
        });
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            firstlineno,
            instrs: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: fl,
            docstring: None,
            loc,
            private,
        });
    }

    fn exit_unit(&mut self) -> R<CodeObject> {
        let u = self.units.pop().expect("exit_unit pairs with enter_unit");
        let mut fl = u.flags;
        if u.freevars.is_empty() && u.cellvars.is_empty() {
            fl |= flags::NOFREE;
        }
        let asm = assemble::assemble(&u.instrs, &u.labels, &u.handlers).map_err(|m| {
            SyntaxError::syntax(
                format!("internal compiler error in {}: {m}", u.qualname),
                0,
                0,
            )
        })?;
        Ok(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: fl,
            instructions: asm.instructions,
            locations: asm.locations,
            exception_table: asm.exception_table,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            stacksize: asm.stacksize,
            docstring: u.docstring,
        })
    }

    /// The qualified name of a new scope `name` defined in the current unit
    /// (CPython's `compiler_set_qualname`); `def_or_class` for `def`/`class`.
    fn qualname_for(&self, name: &str, def_or_class: bool) -> String {
        let Some(u) = self.units.last() else {
            return name.to_string();
        };
        if u.kind == ScopeKind::Module {
            return name.to_string();
        }
        if def_or_class {
            let mangled = mangle(u.private.as_deref(), name);
            if self.table.scopes[u.scope].lookup(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match u.kind {
            ScopeKind::Function | ScopeKind::Lambda => format!("{}.<locals>.{}", u.qualname, name),
            _ => format!("{}.{}", u.qualname, name),
        }
    }

    // ---------------------------------------------------------------- emission

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        let loc = u.loc;
        u.instrs.push(IInstr {
            op,
            arg,
            target: None,
            loc,
            handler,
        });
    }

    pub(crate) fn emit_jump(&mut self, op: Opcode, label: Label) {
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        let loc = u.loc;
        u.instrs.push(IInstr {
            op,
            arg: 0,
            target: Some(label),
            loc,
            handler,
        });
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = u.instrs.len() as u32;
    }

    /// Starts covering the following instructions with a handler jumping to `target`.
    fn push_handler(&mut self, target: Label, adjust: i32, lasti: bool) -> u32 {
        let u = self.u();
        let setup = u.instrs.len() as u32;
        u.handlers.push(Handler {
            target,
            setup,
            adjust,
            lasti,
        });
        let id = u.handlers.len() as u32 - 1;
        u.handler_stack.push(id);
        id
    }

    fn pop_handler(&mut self) -> Option<u32> {
        self.u().handler_stack.pop()
    }

    fn restore_handler(&mut self, h: Option<u32>) {
        if let Some(h) = h {
            self.u().handler_stack.push(h);
        }
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        if let Some(i) = u.consts.iter().position(|x| const_eq(x, &c)) {
            return i as u32;
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    pub(crate) fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.names.iter().position(|n| n == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        u.names.len() as u32 - 1
    }

    fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    fn varname(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        u.varnames.len() as u32 - 1
    }

    fn cell_slot(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + u.cellvars.len()) as u32)
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    pub(crate) fn name_op(&mut self, name: &str, ctx: Ctx, span: Span) -> R<()> {
        let name = self.mangled(name);
        let (scope, kind, fnlike) = {
            let u = self.ur();
            let s = &self.table.scopes[u.scope];
            (s.lookup(&name), s.kind, s.is_function_like())
        };
        enum K {
            Fast,
            Deref,
            Global,
            Name,
        }
        let k = match scope {
            NameScope::Free | NameScope::Cell => K::Deref,
            NameScope::Local => {
                if fnlike {
                    K::Fast
                } else {
                    K::Name
                }
            }
            NameScope::GlobalImplicit => {
                if fnlike {
                    K::Global
                } else {
                    K::Name
                }
            }
            NameScope::GlobalExplicit => K::Global,
        };
        match k {
            K::Fast => {
                let i = self.varname(&name);
                let op = match ctx {
                    Ctx::Load => Opcode::LoadFast,
                    Ctx::Store => Opcode::StoreFast,
                    Ctx::Del => Opcode::DeleteFast,
                };
                self.emit(op, i);
            }
            K::Deref => {
                let Some(i) = self.cell_slot(&name) else {
                    return err(
                        format!("internal compiler error: no cell for '{name}'"),
                        span,
                    );
                };
                let op = match ctx {
                    Ctx::Load if kind == ScopeKind::Class => Opcode::LoadClassDeref,
                    Ctx::Load => Opcode::LoadDeref,
                    Ctx::Store => Opcode::StoreDeref,
                    Ctx::Del => Opcode::DeleteDeref,
                };
                self.emit(op, i);
            }
            K::Global => {
                let op = match ctx {
                    Ctx::Load => Opcode::LoadGlobal,
                    Ctx::Store => Opcode::StoreGlobal,
                    Ctx::Del => Opcode::DeleteGlobal,
                };
                self.emit_name(op, &name);
            }
            K::Name => {
                let op = match ctx {
                    Ctx::Load => Opcode::LoadName,
                    Ctx::Store => Opcode::StoreName,
                    Ctx::Del => Opcode::DeleteName,
                };
                self.emit_name(op, &name);
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- module

    fn module(&mut self, m: &'a Module) -> R<CodeObject> {
        self.enter_unit(0, "<module>", "<module>".to_string(), 1);
        match self.mode {
            Mode::Eval => {
                let Some(Stmt {
                    kind: StmtKind::Expr(e),
                    ..
                }) = m.body.first()
                else {
                    return err("eval input must be a single expression", Span::default());
                };
                self.set_loc(e.span);
                self.expr(e)?;
                self.emit(Opcode::ReturnValue, 0);
            }
            Mode::Exec | Mode::Single => {
                if let Some(first) = m.body.first() {
                    self.set_loc(first.span);
                }
                self.body(&m.body, self.mode == Mode::Exec)?;
                self.load_const(Constant::None);
                self.emit(Opcode::ReturnValue, 0);
            }
        }
        self.exit_unit()
    }

    /// A module or class body: `SetupAnnotations`, the docstring as `__doc__`, statements.
    fn body(&mut self, body: &'a [Stmt], with_doc: bool) -> R<()> {
        if find_ann(body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        let mut rest = body;
        if with_doc {
            if let Some(doc) = docstring_of(body) {
                self.set_loc(body[0].span);
                self.load_const(Constant::Str(doc));
                self.emit_name(Opcode::StoreName, "__doc__");
                rest = &body[1..];
            }
        }
        self.stmts(rest)
    }

    // ---------------------------------------------------------------- statements

    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.set_loc(s.span);
        self.stmt_span = s.span;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(v) => self.return_stmt(s, v.as_ref()),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    // `async def` is rejected before its body is compiled.
                    return err("'async for' outside async function", s.span);
                }
                self.for_stmt(s, target, iter, body, orelse)
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    return err("'async with' outside async function", s.span);
                }
                self.with_stmt(s, items, 0, body)
            }
            StmtKind::Match { subject, cases } => {
                if cases.is_empty() {
                    return err("match statement without cases", s.span);
                }
                self.match_stmt(s, subject, cases)
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.span);
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if *is_star {
                    return err("'except*' is not supported yet", s.span);
                }
                // CPython's SETUP_FINALLY becomes a NOP carrying the `try` line.
                self.emit(Opcode::Nop, 0);
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.set_loc(s.span);
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_loc(s.span);
                    self.emit(Opcode::Call, 0);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Constant::Int(0.into()));
                    self.load_const(Constant::None);
                    self.emit_name(Opcode::ImportName, &a.name);
                    if let Some(asname) = &a.asname {
                        let parts: Vec<&str> = a.name.split('.').collect();
                        if parts.len() > 1 {
                            for (i, p) in parts[1..].iter().enumerate() {
                                self.emit_name(Opcode::ImportFrom, p);
                                if i + 2 < parts.len() {
                                    self.emit(Opcode::Swap, 2);
                                    self.emit(Opcode::PopTop, 0);
                                }
                            }
                            self.name_op(asname, Ctx::Store, a.span)?;
                            self.emit(Opcode::PopTop, 0);
                        } else {
                            self.name_op(asname, Ctx::Store, a.span)?;
                        }
                    } else {
                        let first = a.name.split('.').next().unwrap_or("");
                        self.name_op(first, Ctx::Store, a.span)?;
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Constant::Int((*level).into()));
                let fromlist = names
                    .iter()
                    .map(|a| Constant::Str(a.name.clone()))
                    .collect();
                self.load_const(Constant::Tuple(fromlist));
                self.emit_name(Opcode::ImportName, module.as_deref().unwrap_or(""));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Opcode::ImportStar, 0);
                    return Ok(());
                }
                for a in names {
                    self.emit_name(Opcode::ImportFrom, &a.name);
                    let store = a.asname.as_deref().unwrap_or(&a.name);
                    self.name_op(store, Ctx::Store, a.span)?;
                }
                self.emit(Opcode::PopTop, 0);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Opcode::PrintExpr, 0);
                } else if matches!(e.kind, ExprKind::Constant(_)) {
                    self.emit(Opcode::Nop, 0);
                } else {
                    self.expr(e)?;
                    self.set_loc(s.span);
                    self.emit(Opcode::PopTop, 0);
                }
                Ok(())
            }
            StmtKind::Pass => {
                self.emit(Opcode::Nop, 0);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
        }
    }

    /// `if`/`elif`/`else`; elif chains are walked iteratively (they can be
    /// thousands long).
    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R<()> {
        let end = self.new_label();
        let (mut test, mut body, mut orelse) = (test, body, orelse);
        loop {
            let next = if orelse.is_empty() {
                end
            } else {
                self.new_label()
            };
            self.jump_if(test, false, next)?;
            self.stmts(body)?;
            if orelse.is_empty() {
                break;
            }
            // Artificial jump: keeps the previous instruction's line (CPython).
            self.emit_jump(Opcode::Jump, end);
            self.bind(next);
            match orelse {
                [Stmt {
                    span,
                    kind:
                        StmtKind::If {
                            test: t,
                            body: b,
                            orelse: o,
                        },
                }] => {
                    self.set_loc(*span);
                    self.stmt_span = *span;
                    (test, body, orelse) = (t, b, o);
                }
                _ => {
                    self.stmts(orelse)?;
                    break;
                }
            }
        }
        self.bind(end);
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> R<()> {
        if !self.table.scopes[self.ur().scope].is_function_like() {
            return err("'return' outside function", s.span);
        }
        let preserve = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant(_)));
        if preserve {
            self.expr(value.expect("checked"))?;
        }
        let saved = self.ur().handler_stack.clone();
        self.unwind_fblock_stack(preserve, false)?;
        self.set_loc(s.span);
        match value {
            None => self.load_const(Constant::None),
            Some(v) if !preserve => self.expr(v)?,
            _ => {}
        }
        self.set_loc(s.span);
        self.emit(Opcode::ReturnValue, 0);
        self.u().handler_stack = saved;
        Ok(())
    }

    fn break_stmt(&mut self, s: &Stmt) -> R<()> {
        let saved = self.ur().handler_stack.clone();
        let Some(loop_) = self.unwind_fblock_stack(false, true)? else {
            return err("'break' outside loop", s.span);
        };
        self.set_loc(s.span);
        self.unwind_fblock(&loop_, false)?;
        match loop_ {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => {
                self.emit_jump(Opcode::Jump, exit)
            }
            _ => {}
        }
        self.u().handler_stack = saved;
        Ok(())
    }

    fn continue_stmt(&mut self, s: &Stmt) -> R<()> {
        let saved = self.ur().handler_stack.clone();
        let Some(loop_) = self.unwind_fblock_stack(false, true)? else {
            return err("'continue' not properly in loop", s.span);
        };
        self.set_loc(s.span);
        match loop_ {
            FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => {
                self.emit_jump(Opcode::Jump, start)
            }
            _ => {}
        }
        self.u().handler_stack = saved;
        Ok(())
    }

    /// Enters a block; CPython allows 20 (`CO_MAXBLOCKS`).
    fn push_fblock(&mut self, b: FBlock<'a>) -> R<()> {
        if self.ur().fblocks.len() >= 20 {
            return err("too many statically nested blocks", self.stmt_span);
        }
        self.u().fblocks.push(b);
        Ok(())
    }

    /// Unwinds the fblock stack (down to the innermost loop when `to_loop`),
    /// returning that loop's block. The stack is restored afterwards.
    fn unwind_fblock_stack(&mut self, preserve: bool, to_loop: bool) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if to_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve)?;
        let r = self.unwind_fblock_stack(preserve, to_loop)?;
        self.u().fblocks.push(top);
        Ok(r)
    }

    fn unwind_fblock(&mut self, b: &FBlock<'a>, preserve: bool) -> R<()> {
        match b {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::TryExcept => {
                self.pop_handler();
            }
            FBlock::FinallyTry(body) => {
                // CPython's POP_BLOCK: a NOP carrying the unwinding statement's line.
                self.emit(Opcode::Nop, 0);
                self.pop_handler();
                if preserve {
                    self.push_fblock(FBlock::PopValue)?;
                }
                let loc = self.ur().loc;
                self.stmts(body)?;
                self.u().loc = loc;
                if preserve {
                    self.u().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                if preserve {
                    self.emit(Opcode::Swap, 2);
                }
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
            }
            FBlock::With => {
                self.pop_handler();
                if preserve {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    self.pop_handler();
                }
                if preserve {
                    self.emit(Opcode::Swap, 2);
                }
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.name_op(n, Ctx::Store, Span::default())?;
                    self.name_op(n, Ctx::Del, Span::default())?;
                }
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 2);
    }

    fn for_stmt(
        &mut self,
        s: &Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.comparator(CmpOp::In, iter)?;
        self.set_loc(iter.span);
        self.emit(Opcode::GetIter, 0);
        self.bind(start);
        self.set_loc(s.span);
        self.emit_jump(Opcode::ForIter, cleanup);
        self.push_fblock(FBlock::ForLoop { start, exit })?;
        self.store(target)?;
        self.stmts(body)?;
        self.u().fblocks.pop();
        // Artificial back edge: keeps the previous instruction's line (CPython).
        self.emit_jump(Opcode::Jump, start);
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R<()> {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        let always = self.fold(test).and_then(|c| fold::truthy(&c)) == Some(true);
        if always {
            // `while True:` loops back past its (line-marking) test.
            self.jump_if(test, false, anchor)?;
            self.bind(start);
        } else {
            self.bind(start);
            self.jump_if(test, false, anchor)?;
        }
        self.push_fblock(FBlock::WhileLoop { start, exit })?;
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.set_loc(test.span);
        self.emit_jump(Opcode::Jump, start);
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        i: usize,
        body: &'a [Stmt],
    ) -> R<()> {
        let Some(item) = items.get(i) else {
            return self.stmts(body);
        };
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(s.span);
        self.emit(Opcode::BeforeWith, 0);
        self.push_handler(final_, -1, true);
        self.push_fblock(FBlock::With)?;
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.with_stmt(s, items, i + 1, body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, exit);
        // Exceptional exit: __exit__(type, value, tb), suppress when true.
        self.bind(final_);
        self.push_handler(cleanup, 0, true);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 2);
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.pop_handler();
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, exit);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R<()> {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.push_handler(end, 0, false);
        self.push_fblock(FBlock::FinallyTry(finalbody))?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.emit_jump(Opcode::Jump, exit);
        self.bind(end);
        self.push_handler(cleanup, 0, true);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.stmts(finalbody)?;
        self.u().fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R<()> {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.push_handler(except, 0, false);
        self.push_fblock(FBlock::TryExcept)?;
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.stmts(orelse)?;
        // Artificial jump: keeps the previous instruction's line (CPython).
        self.emit_jump(Opcode::Jump, end);
        self.bind(except);
        if let Some(h) = handlers.first() {
            self.set_loc(h.span);
        }
        let hc = self.push_handler(cleanup, 0, true);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_fblock(FBlock::ExceptionHandler)?;
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.span);
            if h.type_.is_none() && i + 1 < handlers.len() {
                return err("default 'except:' must be last", h.span);
            }
            let next = self.new_label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.set_loc(h.span);
                self.emit(Opcode::CheckExcMatch, 0);
                self.emit_jump(Opcode::PopJumpIfFalse, next);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                self.name_op(name, Ctx::Store, h.span)?;
                self.push_handler(cleanup_end, 0, true);
                self.push_fblock(FBlock::HandlerCleanup(Some(name.clone())))?;
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.set_loc(h.span);
                self.pop_handler();
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
                self.load_const(Constant::None);
                self.name_op(name, Ctx::Store, h.span)?;
                self.name_op(name, Ctx::Del, h.span)?;
                self.emit_jump(Opcode::Jump, end);
                self.restore_handler(Some(hc));
                self.bind(cleanup_end);
                self.load_const(Constant::None);
                self.name_op(name, Ctx::Store, h.span)?;
                self.name_op(name, Ctx::Del, h.span)?;
                self.emit(Opcode::Reraise, 1);
            } else {
                self.emit(Opcode::PopTop, 0);
                self.push_fblock(FBlock::HandlerCleanup(None))?;
                self.stmts(&h.body)?;
                self.u().fblocks.pop();
                self.set_loc(h.span);
                self.pop_handler();
                self.emit(Opcode::PopExcept, 0);
                self.emit_jump(Opcode::Jump, end);
                self.restore_handler(Some(hc));
            }
            self.bind(next);
        }
        self.u().fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> R<()> {
        let arg = binop_arg(op, true);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, Ctx::Load, target.span)?;
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Opcode::BinaryOp, arg);
                self.name_op(id, Ctx::Store, target.span)
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.set_loc(target.span);
                self.emit(Opcode::Copy, 1);
                let attr = self.mangled(attr);
                self.emit_name(Opcode::LoadAttr, &attr);
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Opcode::BinaryOp, arg);
                self.emit(Opcode::Swap, 2);
                self.emit_name(Opcode::StoreAttr, &attr);
                Ok(())
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.set_loc(target.span);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Opcode::BinaryOp, arg);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            _ => err(
                "'expression' is an illegal expression for augmented assignment",
                target.span,
            ),
        }
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R<()> {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let fnlike = self.table.scopes[self.ur().scope].is_function_like();
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && !fnlike {
                    self.annotation(annotation)?;
                    self.set_loc(target.span);
                    self.emit_name(Opcode::LoadName, "__annotations__");
                    let m = self.mangled(id);
                    self.load_const(Constant::Str(m));
                    self.emit(Opcode::StoreSubscr, 0);
                    return Ok(());
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Opcode::PopTop, 0);
                    self.expr(slice)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            _ => return err("illegal target for annotation", target.span),
        }
        if !fnlike {
            self.annotation(annotation)?;
            self.emit(Opcode::PopTop, 0);
        }
        Ok(())
    }

    // ---------------------------------------------------------------- definitions

    /// Evaluates an annotation, or pushes its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a Expr) -> R<()> {
        if self.future_annotations {
            let text = self
                .source
                .get(e.span.start as usize..e.span.end as usize)
                .unwrap_or("");
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            self.load_const(Constant::Str(text));
            return Ok(());
        }
        self.expr(e)
    }

    /// Pushes defaults / kw-only defaults; returns the MakeFunction flags so far.
    fn arg_defaults(&mut self, args: &'a Arguments) -> R<u32> {
        let mut fl = 0;
        if !args.defaults.is_empty() {
            self.tuple_of(&args.defaults)?;
            fl |= 1;
        }
        let mut n = 0;
        for (arg, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let name = self.mangled(&arg.arg);
                self.load_const(Constant::Str(name));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Opcode::BuildMap, n);
            fl |= 2;
        }
        Ok(fl)
    }

    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> R<u32> {
        let mut n = 0;
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = self.mangled(&a.arg);
                self.load_const(Constant::Str(name));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Opcode::BuildMap, n);
            Ok(4)
        } else {
            Ok(0)
        }
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    /// Emits the closure tuple (if any), the code constant and `MakeFunction`.
    fn make_closure(&mut self, code: CodeObject, mut fl: u32, span: Span) -> R<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let Some(slot) = self.cell_slot(name) else {
                    return err(
                        format!("internal compiler error: no closure cell for '{name}'"),
                        span,
                    );
                };
                self.emit(Opcode::LoadClosure, slot);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            fl |= 8;
        }
        let i = self.u().consts.len() as u32;
        self.u().consts.push(Constant::Code(Box::new(code)));
        self.emit(Opcode::LoadConst, i);
        self.emit(Opcode::MakeFunction, fl);
        Ok(())
    }

    fn scope_for<T>(&self, node: &T, span: Span) -> R<ScopeId> {
        match self.table.scope_of(node) {
            Some(s) => Ok(s),
            None => err("internal compiler error: missing symbol table", span),
        }
    }

    fn first_line(&self, s: &Stmt, decorators: &[Expr]) -> u32 {
        let start = decorators
            .first()
            .map_or(s.span.start, |d| d.span.start.min(s.span.start));
        self.index.line(start)
    }

    fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> R<()> {
        if f.is_async {
            return err("'async def' is not supported yet", s.span);
        }
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        self.set_loc(s.span);
        let mut fl = self.arg_defaults(&f.args)?;
        fl |= self.annotations(&f.args, f.returns.as_ref())?;
        let scope = self.scope_for(f, s.span)?;
        let qualname = self.qualname_for(&f.name, true);
        let firstline = self.first_line(s, &f.decorator_list);
        self.enter_unit(scope, &f.name, qualname, firstline);
        self.set_arg_counts(&f.args);
        let mut body: &'a [Stmt] = &f.body;
        if let Some(doc) = docstring_of(body) {
            self.add_const(Constant::Str(doc.clone()));
            self.u().docstring = Some(doc);
            body = &body[1..];
        }
        if let Some(first) = f.body.first() {
            self.set_loc(first.span);
        }
        self.stmts(body)?;
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.set_loc(s.span);
        self.make_closure(code, fl, s.span)?;
        for d in f.decorator_list.iter().rev() {
            self.set_loc(d.span);
            self.emit(Opcode::Call, 0);
        }
        self.set_loc(s.span);
        self.name_op(&f.name, Ctx::Store, s.span)
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> R<()> {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        self.set_loc(s.span);
        let scope = self.scope_for(c, s.span)?;
        let qualname = self.qualname_for(&c.name, true);
        let firstline = self.first_line(s, &c.decorator_list);
        self.enter_unit(scope, &c.name, qualname.clone(), firstline);
        if let Some(d) = c.decorator_list.first() {
            self.set_loc(d.span);
        }
        self.emit_name(Opcode::LoadName, "__name__");
        self.emit_name(Opcode::StoreName, "__module__");
        self.load_const(Constant::Str(qualname));
        self.emit_name(Opcode::StoreName, "__qualname__");
        if let Some(doc) = docstring_of(&c.body) {
            self.u().docstring = Some(doc);
        }
        self.body(&c.body, true)?;
        if self.table.scopes[scope].needs_class_closure {
            let slot = self.cell_slot("__class__").unwrap_or(0);
            self.emit(Opcode::LoadClosure, slot);
            self.emit_name(Opcode::StoreName, "__classcell__");
        }
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.set_loc(s.span);
        self.emit(Opcode::LoadBuildClass, 0);
        self.emit(Opcode::PushNull, 0);
        self.make_closure(code, 0, s.span)?;
        self.load_const(Constant::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords, s.span)?;
        for d in c.decorator_list.iter().rev() {
            self.set_loc(d.span);
            self.emit(Opcode::Call, 0);
        }
        self.set_loc(s.span);
        self.name_op(&c.name, Ctx::Store, s.span)
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R<()> {
        let fl = self.arg_defaults(args)?;
        let scope = self.scope_for(e, e.span)?;
        let qualname = self.qualname_for("<lambda>", false);
        let line = self.index.line(e.span.start);
        self.enter_unit(scope, "<lambda>", qualname, line);
        self.set_arg_counts(args);
        self.set_loc(body.span);
        // Generator lambdas too return the body's value (CPython 3.11).
        self.expr(body)?;
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.set_loc(e.span);
        self.make_closure(code, fl, e.span)
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R<()> {
        if generators.iter().any(|g| g.is_async) {
            // `async def` is rejected before its body is compiled.
            return err(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            );
        }
        let Some(first) = generators.first() else {
            return err("comprehension without 'for'", e.span);
        };
        let scope = self.scope_for(e, e.span)?;
        let qualname = self.qualname_for(kind.code_name(), false);
        let line = self.index.line(e.span.start);
        self.enter_unit(scope, kind.code_name(), qualname, line);
        self.u().argcount = 1;
        self.set_loc(e.span);
        match kind {
            CompKind::List => self.emit(Opcode::BuildList, 0),
            CompKind::Set => self.emit(Opcode::BuildSet, 0),
            CompKind::Dict => self.emit(Opcode::BuildMap, 0),
            CompKind::Gen => {}
        }
        self.comp_generator(e, kind, generators, 0, elt, value)?;
        self.set_loc(e.span);
        if kind == CompKind::Gen {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.set_loc(e.span);
        self.make_closure(code, 0, e.span)?;
        self.comparator(CmpOp::In, &first.iter)?;
        self.set_loc(e.span);
        self.emit(Opcode::GetIter, 0);
        self.emit(Opcode::Call, 0);
        Ok(())
    }

    fn comp_generator(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        gens: &'a [Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R<()> {
        let g = &gens[i];
        let start = self.new_label();
        let anchor = self.new_label();
        if i == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.comparator(CmpOp::In, &g.iter)?;
            self.set_loc(g.iter.span);
            self.emit(Opcode::GetIter, 0);
        }
        self.bind(start);
        self.set_loc(e.span);
        self.emit_jump(Opcode::ForIter, anchor);
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(e, kind, gens, i + 1, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.set_loc(e.span);
                    self.emit(Opcode::ListAppend, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.set_loc(e.span);
                    self.emit(Opcode::SetAdd, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.set_loc(e.span);
                    self.emit(Opcode::MapAdd, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.set_loc(e.span);
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        self.set_loc(e.span);
        self.emit_jump(Opcode::Jump, start);
        self.bind(anchor);
        Ok(())
    }

    // ---------------------------------------------------------------- targets

    fn store(&mut self, t: &'a Expr) -> R<()> {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                self.set_loc(t.span);
                self.name_op(id, Ctx::Store, t.span)
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(t.span);
                let a = self.mangled(attr);
                self.emit_name(Opcode::StoreAttr, &a);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.span);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.set_loc(t.span);
                self.unpack(elts, t.span)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => err(
                "starred assignment target must be in a list or tuple",
                t.span,
            ),
            _ => err("cannot assign to expression", t.span),
        }
    }

    fn unpack(&mut self, elts: &[Expr], span: Span) -> R<()> {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if star.is_some() {
                    return err("multiple starred expressions in assignment", span);
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return err("too many expressions in star-unpacking assignment", span);
                }
                self.emit(Opcode::UnpackEx, i as u32 | (after as u32) << 8);
            }
            None => self.emit(Opcode::UnpackSequence, elts.len() as u32),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R<()> {
        self.set_loc(t.span);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del, t.span),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(t.span);
                let a = self.mangled(attr);
                self.emit_name(Opcode::DeleteAttr, &a);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.span);
                self.emit(Opcode::DeleteSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
                Ok(())
            }
            _ => err("cannot delete expression", t.span),
        }
    }

    // ---------------------------------------------------------------- expressions

    /// Folds `e` to a constant when it is a literal expression.
    pub(crate) fn fold(&self, e: &Expr) -> Option<Constant> {
        match &e.kind {
            ExprKind::Constant(c) => Some(ast_const(c)),
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } if id == "__debug__" => Some(Constant::Bool(true)),
            ExprKind::UnaryOp { op, operand } => fold::unary(*op, &self.fold(operand)?),
            ExprKind::BinOp { left, op, right } => {
                fold::binary(*op, &self.fold(left)?, &self.fold(right)?)
            }
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            } => {
                let mut v = Vec::with_capacity(elts.len());
                for x in elts {
                    v.push(self.fold(x)?);
                }
                Some(Constant::Tuple(v))
            }
            _ => None,
        }
    }

    pub(crate) fn expr(&mut self, e: &'a Expr) -> R<()> {
        let saved = self.set_loc(e.span);
        let r = self.expr_inner(e);
        self.u().loc = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R<()> {
        match &e.kind {
            ExprKind::Constant(c) => {
                self.load_const(ast_const(c));
            }
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = self.fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BinaryOp, binop_arg(*op, false));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = self.fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                let o = match op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                };
                self.emit(o, 0);
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jop = if *op == BoolOp::And {
                    Opcode::JumpIfFalseOrPop
                } else {
                    Opcode::JumpIfTrueOrPop
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(jop, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.store(target)?;
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, false, next)?;
                self.expr(body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(elts) => self.starunpack(
                elts,
                Opcode::BuildSet,
                Opcode::SetAdd,
                Opcode::SetUpdate,
                false,
            )?,
            ExprKind::List { elts, ctx } => {
                if *ctx != ExprContext::Load {
                    return err(
                        "internal compiler error: list target compiled as a value",
                        e.span,
                    );
                }
                self.starunpack(
                    elts,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    false,
                )?
            }
            ExprKind::Tuple { elts, .. } => {
                if let Some(c) = self.fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.starunpack(
                    elts,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    true,
                )?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Await(_) => return err("'await' is not supported yet", e.span),
            ExprKind::Yield(v) => {
                self.check_in_function(e.span, "'yield' outside function")?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YieldValue, 0);
            }
            ExprKind::YieldFrom(v) => {
                self.check_in_function(e.span, "'yield' outside function")?;
                self.expr(v)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.load_const(Constant::None);
                let send = self.new_label();
                let exit = self.new_label();
                self.bind(send);
                self.emit_jump(Opcode::Send, exit);
                self.emit(Opcode::YieldValue, 0);
                self.emit_jump(Opcode::Jump, send);
                self.bind(exit);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.emit(Opcode::FormatValue, arg);
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Constant::Str(String::new()));
                } else if parts.len() == 1 {
                    self.expr(&parts[0])?;
                    if !matches!(
                        parts[0].kind,
                        ExprKind::FormattedValue { .. } | ExprKind::Constant(_)
                    ) {
                        self.emit(Opcode::FormatValue, 0);
                    }
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    self.emit(Opcode::BuildString, parts.len() as u32);
                }
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let a = self.mangled(attr);
                self.emit_name(Opcode::LoadAttr, &a);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Opcode::BinarySubscr, 0);
            }
            ExprKind::Starred { .. } => return err("can't use starred expression here", e.span),
            ExprKind::Name { id, .. } if id == "__debug__" => self.load_const(Constant::Bool(true)),
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Load, e.span)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper] {
                    match x {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Opcode::BuildSlice, 3);
                    }
                    None => self.emit(Opcode::BuildSlice, 2),
                }
            }
        }
        Ok(())
    }

    fn check_in_function(&self, span: Span, msg: &str) -> R<()> {
        if self.table.scopes[self.ur().scope].is_function_like() {
            Ok(())
        } else {
            err(msg, span)
        }
    }

    /// Emits a tuple of `elts` (a constant when they all fold).
    fn tuple_of(&mut self, elts: &'a [Expr]) -> R<()> {
        let folded: Option<Vec<Constant>> = elts.iter().map(|e| self.fold(e)).collect();
        if let Some(v) = folded {
            // CPython folds this tuple in its peephole pass, leaving a NOP on
            // each other source line an element was loaded on.
            let saved = self.ur().loc;
            let mut last = saved.line;
            for e in elts {
                let loc = self.location(e.span);
                if loc.line != last {
                    self.u().loc = loc;
                    self.emit(Opcode::Nop, 0);
                    last = loc.line;
                }
            }
            self.u().loc = saved;
            self.load_const(Constant::Tuple(v));
            return Ok(());
        }
        for e in elts {
            self.expr(e)?;
        }
        self.emit(Opcode::BuildTuple, elts.len() as u32);
        Ok(())
    }

    /// List/set/tuple displays, with `*` unpacking (CPython's `starunpack_helper`).
    fn starunpack(
        &mut self,
        elts: &'a [Expr],
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> R<()> {
        let starred = has_starred(elts);
        let folded: Option<Vec<Constant>> = if starred {
            None
        } else {
            elts.iter().map(|e| self.fold(e)).collect()
        };
        if let Some(v) = folded {
            if elts.len() > 2 && !tuple {
                self.emit(build, 0);
                let c = if build == Opcode::BuildSet {
                    Constant::FrozenSet(v)
                } else {
                    Constant::Tuple(v)
                };
                self.load_const(c);
                self.emit(extend, 1);
                return Ok(());
            }
        }
        if !starred && elts.len() <= 30 {
            for e in elts {
                self.expr(e)?;
            }
            let op = if tuple { Opcode::BuildTuple } else { build };
            self.emit(op, elts.len() as u32);
            return Ok(());
        }
        // General case: build an empty-or-prefix container and add to it.
        let prefix = if starred {
            elts.iter()
                .take_while(|e| !matches!(e.kind, ExprKind::Starred { .. }))
                .count()
        } else {
            0
        };
        for e in &elts[..prefix] {
            self.expr(e)?;
        }
        self.emit(build, prefix as u32);
        for e in &elts[prefix..] {
            if let ExprKind::Starred { value, .. } = &e.kind {
                self.expr(value)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                self.emit(add, 1);
            }
        }
        if tuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R<()> {
        let n = keys.len().min(values.len());
        let has_unpack = keys.iter().any(|k| k.is_none());
        if !has_unpack && n <= 16 {
            for i in 0..n {
                if let Some(k) = &keys[i] {
                    self.expr(k)?;
                }
                self.expr(&values[i])?;
            }
            self.emit(Opcode::BuildMap, n as u32);
            return Ok(());
        }
        self.emit(Opcode::BuildMap, 0);
        for i in 0..n {
            match &keys[i] {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&values[i])?;
                    self.emit(Opcode::MapAdd, 1);
                }
                None => {
                    self.expr(&values[i])?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    fn cmp_op(&mut self, op: CmpOp) {
        let (o, a) = match op {
            CmpOp::Eq => (Opcode::CompareOp, CompareOpArg::Eq as u32),
            CmpOp::NotEq => (Opcode::CompareOp, CompareOpArg::Ne as u32),
            CmpOp::Lt => (Opcode::CompareOp, CompareOpArg::Lt as u32),
            CmpOp::LtE => (Opcode::CompareOp, CompareOpArg::Le as u32),
            CmpOp::Gt => (Opcode::CompareOp, CompareOpArg::Gt as u32),
            CmpOp::GtE => (Opcode::CompareOp, CompareOpArg::Ge as u32),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(o, a);
    }

    /// A comparison's right operand or an iterable; `x in [1, 2]` and
    /// `for x in [1, 2]` use a tuple / constant frozenset (CPython's `fold_iter`;
    /// for comparisons only done for the last comparator of a chain).
    fn comparator(&mut self, op: CmpOp, e: &'a Expr) -> R<()> {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            let (elts, set) = match &e.kind {
                ExprKind::List { elts, .. } => (Some(elts), false),
                ExprKind::Set(elts) => (Some(elts), true),
                _ => (None, false),
            };
            if let Some(elts) = elts {
                if !has_starred(elts) {
                    let folded: Option<Vec<Constant>> = elts.iter().map(|x| self.fold(x)).collect();
                    if let Some(v) = folded {
                        let c = if set {
                            Constant::FrozenSet(v)
                        } else {
                            Constant::Tuple(v)
                        };
                        let saved = self.set_loc(e.span);
                        self.load_const(c);
                        self.u().loc = saved;
                        return Ok(());
                    }
                    if !set {
                        let saved = self.set_loc(e.span);
                        for x in elts {
                            self.expr(x)?;
                        }
                        self.emit(Opcode::BuildTuple, elts.len() as u32);
                        self.u().loc = saved;
                        return Ok(());
                    }
                }
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> R<()> {
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return self.expr(left);
        }
        self.expr(left)?;
        if n == 1 {
            self.comparator(ops[0], &comparators[0])?;
            self.cmp_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.cmp_op(ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.comparator(ops[n - 1], &comparators[n - 1])?;
        self.cmp_op(ops[n - 1]);
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Emits code that jumps to `label` when `e`'s truth equals `cond`.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, cond: bool, label: Label) -> R<()> {
        if let Some(c) = self.fold(e) {
            if let Some(t) = fold::truthy(&c) {
                let saved = self.set_loc(e.span);
                if t == cond {
                    self.emit_jump(Opcode::Jump, label);
                } else {
                    self.emit(Opcode::Nop, 0);
                }
                self.u().loc = saved;
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, label),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_or = *op == BoolOp::Or;
                let next2 = if is_or == cond {
                    label
                } else {
                    self.new_label()
                };
                let n = values.len();
                for v in &values[..n - 1] {
                    self.jump_if(v, is_or, next2)?;
                }
                self.jump_if(&values[n - 1], cond, label)?;
                if next2 != label {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, false, next2)?;
                self.jump_if(body, cond, label)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, cond, label)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 && comparators.len() == 1 => {
                if let ExprKind::Constant(taipan_syntax::ast::Constant::None) = comparators[0].kind
                {
                    if matches!(ops[0], CmpOp::Is | CmpOp::IsNot) {
                        self.expr(left)?;
                        let is = ops[0] == CmpOp::Is;
                        let saved = self.set_loc(e.span);
                        let op = if is == cond {
                            Opcode::PopJumpIfNone
                        } else {
                            Opcode::PopJumpIfNotNone
                        };
                        self.emit_jump(op, label);
                        self.u().loc = saved;
                        return Ok(());
                    }
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && comparators.len() == ops.len() => {
                let saved = self.set_loc(e.span);
                let cleanup = self.new_label();
                let end = self.new_label();
                let n = ops.len();
                self.expr(left)?;
                for i in 0..n - 1 {
                    self.expr(&comparators[i])?;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::Copy, 2);
                    self.cmp_op(ops[i]);
                    self.emit_jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.comparator(ops[n - 1], &comparators[n - 1])?;
                self.cmp_op(ops[n - 1]);
                self.emit_jump(
                    if cond {
                        Opcode::PopJumpIfTrue
                    } else {
                        Opcode::PopJumpIfFalse
                    },
                    label,
                );
                self.emit_jump(Opcode::Jump, end);
                self.bind(cleanup);
                self.emit(Opcode::PopTop, 0);
                if !cond {
                    self.emit_jump(Opcode::Jump, label);
                }
                self.bind(end);
                self.u().loc = saved;
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let saved = self.set_loc(e.span);
        self.emit_jump(
            if cond {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            },
            label,
        );
        self.u().loc = saved;
        Ok(())
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R<()> {
        self.check_keywords(keywords)?;
        let simple = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        {
            if simple {
                self.expr(value)?;
                let saved = self.set_loc(func.span);
                let a = self.mangled(attr);
                self.emit_name(Opcode::LoadMethod, &a);
                self.u().loc = saved;
                return self.call_simple(0, args, keywords, e.span);
            }
        }
        self.expr(func)?;
        self.emit(Opcode::PushNull, 0);
        self.call_helper(0, args, keywords, e.span)
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> R<()> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if name == "__debug__" {
                    return err("cannot assign to __debug__", k.span);
                }
                if keywords[..i].iter().any(|o| o.arg.as_deref() == Some(name)) {
                    return err(format!("keyword argument repeated: {name}"), k.span);
                }
            }
        }
        Ok(())
    }

    fn call_simple(
        &mut self,
        extra: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        span: Span,
    ) -> R<()> {
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        let saved = self.set_loc(span);
        let n = extra + (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Opcode::Call, n);
        } else {
            let names = keywords
                .iter()
                .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(Constant::Tuple(names));
            self.emit(Opcode::CallKw, n);
        }
        self.u().loc = saved;
        Ok(())
    }

    /// Arguments and the call, with `extra` positional arguments already pushed.
    fn call_helper(
        &mut self,
        extra: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        span: Span,
    ) -> R<()> {
        self.check_keywords(keywords)?;
        if !has_starred(args) && keywords.iter().all(|k| k.arg.is_some()) {
            return self.call_simple(extra, args, keywords, span);
        }
        // Positional arguments as a tuple; a lone `*x` is passed as is
        // (CallFunctionEx converts it, with CPython's error message).
        if extra == 0 && args.len() == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
                return self.call_kwargs(keywords, span);
            }
        }
        let prefix = args
            .iter()
            .take_while(|e| !matches!(e.kind, ExprKind::Starred { .. }))
            .count();
        for a in &args[..prefix] {
            self.expr(a)?;
        }
        self.emit(Opcode::BuildList, extra + prefix as u32);
        for a in &args[prefix..] {
            if let ExprKind::Starred { value, .. } = &a.kind {
                self.expr(value)?;
                self.emit(Opcode::ListExtend, 1);
            } else {
                self.expr(a)?;
                self.emit(Opcode::ListAppend, 1);
            }
        }
        self.emit(Opcode::ListToTuple, 0);
        self.call_kwargs(keywords, span)
    }

    /// The keyword-argument dict (if any) and the `CallFunctionEx`.
    fn call_kwargs(&mut self, keywords: &'a [Keyword], span: Span) -> R<()> {
        let mut have_dict = false;
        let mut seen: Vec<&'a Keyword> = Vec::new();
        for k in keywords {
            if k.arg.is_none() {
                if !seen.is_empty() {
                    self.subkwargs(&seen)?;
                    seen.clear();
                    if have_dict {
                        self.emit(Opcode::DictMerge, 1);
                    }
                    have_dict = true;
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.expr(&k.value)?;
                self.emit(Opcode::DictMerge, 1);
            } else {
                seen.push(k);
            }
        }
        if !seen.is_empty() {
            self.subkwargs(&seen)?;
            if have_dict {
                self.emit(Opcode::DictMerge, 1);
            }
            have_dict = true;
        }
        let saved = self.set_loc(span);
        self.emit(Opcode::CallFunctionEx, have_dict as u32);
        self.u().loc = saved;
        Ok(())
    }

    fn subkwargs(&mut self, kws: &[&'a Keyword]) -> R<()> {
        for k in kws {
            self.load_const(Constant::Str(k.arg.clone().unwrap_or_default()));
            self.expr(&k.value)?;
        }
        self.emit(Opcode::BuildMap, kws.len() as u32);
        Ok(())
    }
}
