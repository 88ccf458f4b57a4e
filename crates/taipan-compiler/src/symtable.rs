//! Symbol tables: which scope every name of every block lives in (CPython's `symtable.c` rules).
//!
//! The builder walks the AST once, records every definition and use per block
//! (module, class, function, lambda, comprehension), then an analysis pass
//! resolves each name to local / global (explicit or implicit) / free / cell,
//! as CPython does. Blocks are keyed by the address of their AST node, which is
//! stable while the caller borrows the tree.

use std::collections::{HashMap, HashSet};

use taipan_syntax::ast::*;
use taipan_syntax::SyntaxError;

/// Index of a block in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// The kind of block a scope belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A list/set/dict comprehension or generator expression.
    Comprehension(CompKind),
}

/// Which comprehension a comprehension scope implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl CompKind {
    /// The code object's name (`<listcomp>` ...).
    pub fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        }
    }
    fn what(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Gen => "generator expression",
        }
    }
}

/// Where a name resolves inside one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

// Definition flags, as CPython's DEF_*.
const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 2;
const DEF_PARAM: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_FREE_CLASS: u32 = 32;
const DEF_IMPORT: u32 = 64;
const DEF_COMP_ITER: u32 = 128;
const DEF_ANNOT: u32 = 256;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// One name in one scope.
#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

impl Symbol {
    /// True when a class body binds the name and a nested block uses it as a
    /// free variable of an enclosing function (the class then carries it in
    /// its freevars as well).
    pub fn is_free_class(&self) -> bool {
        self.flags & DEF_FREE_CLASS != 0
    }
}

/// The symbols of one block.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Names in order of first appearance.
    pub order: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameter names in slot order.
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_async: bool,
    /// Nested inside a function-like scope (CO_NESTED).
    pub nested: bool,
    /// Class scope whose methods use `__class__` / `super`.
    pub needs_class_closure: bool,
    /// The class name used for private name mangling inside this scope.
    pub private: Option<String>,
    /// Where each `nonlocal` name was declared (for error locations).
    nonlocal_spans: HashMap<String, Span>,
    /// Where each `global` name was declared (for error locations).
    global_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_async: false,
            nested: false,
            needs_class_closure: false,
            private: None,
            nonlocal_spans: HashMap::new(),
            global_spans: HashMap::new(),
        }
    }

    /// True for scopes with fast locals (functions, lambdas, comprehensions).
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }

    /// How `name` resolves here (names never seen are implicit globals).
    pub fn lookup(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .map_or(NameScope::GlobalImplicit, |s| s.scope)
    }

    /// Cell variables in CPython 3.11's order: cells that are parameters in
    /// parameter order, then the others sorted.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(n, s)| s.scope == NameScope::Cell && !self.params.contains(n))
            .map(|(n, _)| n.clone())
            .collect();
        if self.needs_class_closure && !v.iter().any(|n| n == "__class__") {
            v.push("__class__".to_string());
        }
        v.sort();
        let mut out: Vec<String> = self
            .params
            .iter()
            .filter(|p| {
                self.symbols
                    .get(*p)
                    .is_some_and(|s| s.scope == NameScope::Cell)
            })
            .cloned()
            .collect();
        out.extend(v);
        out
    }

    /// Free variables, sorted as CPython sorts them.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Free || s.is_free_class())
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// All scopes of a module; scope 0 is the module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope.
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope created for the AST node at `node` (a `FunctionDef`,
    /// `ClassDef` or lambda/comprehension `Expr`).
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// Applies CPython's private name mangling (`__x` in class `C` -> `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

type R<T> = Result<T, SyntaxError>;

fn err<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(SyntaxError::syntax(msg, span.start, span.end))
}

/// Builds and analyses the symbol table of `module`.
pub fn build(module: &Module, mode: Mode) -> R<SymbolTable> {
    let _ = mode;
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None)],
        by_node: HashMap::new(),
        cur: 0,
        comp_iter_expr: 0,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table)?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    cur: ScopeId,
    /// > 0 while visiting a comprehension's iterable expression.
    comp_iter_expr: u32,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn enter<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> ScopeId {
        let parent = self.cur;
        let mut s = Scope::new(kind, name, Some(parent));
        let p = &self.scopes[parent];
        s.nested = p.nested || p.is_function_like();
        s.private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            p.private.clone()
        };
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[parent].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.cur = id;
        id
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> R<()> {
        let private = self.scope().private.clone();
        let name = mangle(private.as_deref(), name);
        self.add_def_in(self.cur, &name, flag, span)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, span: Span) -> R<()> {
        if name == "__debug__" && flag & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT) != 0 {
            return err("cannot assign to __debug__", span);
        }
        let scope = &mut self.scopes[id];
        if let Some(sym) = scope.symbols.get_mut(name) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return err(
                    format!("duplicate argument '{name}' in function definition"),
                    span,
                );
            }
            sym.flags |= flag;
        } else {
            scope.order.push(name.to_string());
            scope.symbols.insert(
                name.to_string(),
                Symbol {
                    flags: flag,
                    scope: NameScope::GlobalImplicit,
                },
            );
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(name.to_string());
        }
        Ok(())
    }

    fn flags_of(&self, name: &str) -> u32 {
        self.scopes[self.cur]
            .symbols
            .get(name)
            .map_or(0, |s| s.flags)
    }

    fn stmts(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.span)?;
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.arg_defaults(&f.args)?;
                self.annotations(&f.args, f.returns.as_ref())?;
                let prev = self.cur;
                self.enter(&**f, ScopeKind::Function, &f.name);
                self.scope().is_async = f.is_async;
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.span)?;
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let prev = self.cur;
                self.enter(&**c, ScopeKind::Class, &c.name);
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let fl = self.flags_of(id);
                    if fl & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let what = if fl & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return err(format!("annotated name '{id}' can't be {what}"), s.span);
                    }
                    let flag = if *simple {
                        DEF_LOCAL | DEF_ANNOT
                    } else {
                        DEF_LOCAL
                    };
                    self.add_def(id, flag, target.span)?;
                } else {
                    self.expr(target)?;
                }
                if !self.scopes[self.cur].is_function_like() {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                // elif chains iteratively: they can be thousands long.
                let (mut test, mut body, mut orelse) = (test, body, orelse);
                loop {
                    self.expr(test)?;
                    self.stmts(body)?;
                    match &orelse[..] {
                        [Stmt {
                            kind:
                                StmtKind::If {
                                    test: t,
                                    body: b,
                                    orelse: o,
                                },
                            ..
                        }] => {
                            (test, body, orelse) = (t, b, o);
                        }
                        _ => {
                            self.stmts(orelse)?;
                            break;
                        }
                    }
                }
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return err("import * only allowed at module level", s.span);
                        }
                        continue;
                    }
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&bound, DEF_IMPORT, a.span)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let fl = self.flags_of(&mangle(self.scopes[self.cur].private.as_deref(), n));
                    if fl & (DEF_PARAM | DEF_LOCAL | USE | DEF_IMPORT | DEF_ANNOT) != 0 {
                        let msg = if fl & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and global")
                        } else if fl & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be global")
                        } else if fl & USE != 0 {
                            format!("name '{n}' is used prior to global declaration")
                        } else {
                            format!("name '{n}' is assigned to before global declaration")
                        };
                        return err(msg, s.span);
                    }
                    if fl & DEF_NONLOCAL != 0 {
                        let span = self
                            .scope()
                            .nonlocal_spans
                            .get(n)
                            .copied()
                            .unwrap_or(s.span);
                        return err(format!("name '{n}' is nonlocal and global"), span);
                    }
                    self.add_def(n, DEF_GLOBAL, s.span)?;
                    self.scope().global_spans.insert(n.clone(), s.span);
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    if self.scopes[self.cur].kind == ScopeKind::Module {
                        return err("nonlocal declaration not allowed at module level", s.span);
                    }
                    let fl = self.flags_of(&mangle(self.scopes[self.cur].private.as_deref(), n));
                    if fl & (DEF_PARAM | DEF_LOCAL | USE | DEF_IMPORT | DEF_ANNOT) != 0 {
                        let msg = if fl & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and nonlocal")
                        } else if fl & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be nonlocal")
                        } else if fl & USE != 0 {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        } else {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        };
                        return err(msg, s.span);
                    }
                    if fl & DEF_GLOBAL != 0 {
                        let span = self.scope().global_spans.get(n).copied().unwrap_or(s.span);
                        return err(format!("name '{n}' is nonlocal and global"), span);
                    }
                    self.add_def(n, DEF_NONLOCAL, s.span)?;
                    self.scope().nonlocal_spans.insert(n.clone(), s.span);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R<()> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.span)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar(n) => {
                if let Some(n) = n {
                    self.add_def(n, DEF_LOCAL, p.span)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span)?;
                }
            }
        }
        Ok(())
    }

    fn arg_defaults(&mut self, a: &Arguments) -> R<()> {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, a: &Arguments, returns: Option<&Expr>) -> R<()> {
        let all = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(&a.vararg)
            .chain(&a.kwonlyargs)
            .chain(&a.kwarg);
        for arg in all {
            if let Some(ann) = &arg.annotation {
                self.expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> R<()> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, arg.span)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.span)?;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, DEF_PARAM, k.span)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> R<()> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.comp_iter_expr > 0 {
                    return err("assignment expression cannot be used in a comprehension iterable expression", e.span);
                }
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    if matches!(self.scopes[self.cur].kind, ScopeKind::Comprehension(_)) {
                        self.comprehension_walrus(id, target.span)?;
                    } else {
                        self.add_def(id, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.expr(target)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                let prev = self.cur;
                self.enter(e, ScopeKind::Lambda, "lambda");
                self.params(args)?;
                self.expr(body)?;
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(es) => self.exprs(es)?,
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
            ExprKind::Await(v) => {
                self.check_await(e.span)?;
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.check_yield(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e.span)?;
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Del && id == "__debug__" {
                    return err("cannot delete __debug__", e.span);
                }
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.span)?;
                if *ctx == ExprContext::Load
                    && self.scopes[self.cur].is_function_like()
                    && id == "super"
                {
                    self.add_def("__class__", USE, e.span)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, span: Span) -> R<()> {
        match self.scopes[self.cur].kind {
            ScopeKind::Module | ScopeKind::Class => err("'yield' outside function", span),
            ScopeKind::Comprehension(k) => err(format!("'yield' inside {}", k.what()), span),
            _ => {
                self.scope().is_generator = true;
                Ok(())
            }
        }
    }

    fn check_await(&mut self, span: Span) -> R<()> {
        let s = &self.scopes[self.cur];
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => err("'await' outside function", span),
            ScopeKind::Function if s.is_async => Ok(()),
            ScopeKind::Comprehension(_) => {
                // Allowed only inside an async function.
                let mut id = self.cur;
                while let ScopeKind::Comprehension(_) = self.scopes[id].kind {
                    id = self.scopes[id].parent.unwrap_or(0);
                }
                let p = &self.scopes[id];
                if p.kind == ScopeKind::Function && p.is_async {
                    Ok(())
                } else {
                    err(
                        "asynchronous comprehension outside of an asynchronous function",
                        span,
                    )
                }
            }
            _ => err("'await' outside async function", span),
        }
    }

    fn comprehension_walrus(&mut self, name: &str, span: Span) -> R<()> {
        // Find the nearest enclosing non-comprehension scope.
        let mut id = self.cur;
        loop {
            let s = &self.scopes[id];
            if let ScopeKind::Comprehension(_) = s.kind {
                if s.symbols
                    .get(name)
                    .is_some_and(|sym| sym.flags & DEF_COMP_ITER != 0)
                {
                    return err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        span,
                    );
                }
                id = s.parent.unwrap_or(0);
                continue;
            }
            break;
        }
        let target = &self.scopes[id];
        match target.kind {
            ScopeKind::Class => err(
                "assignment expression within a comprehension cannot be used in a class body",
                span,
            ),
            ScopeKind::Module => {
                self.add_def_in(self.cur, name, DEF_GLOBAL, span)?;
                self.add_def_in(id, name, DEF_LOCAL, span)
            }
            _ => {
                let explicit_global = target
                    .symbols
                    .get(name)
                    .is_some_and(|s| s.flags & DEF_GLOBAL != 0);
                self.add_def_in(id, name, DEF_LOCAL, span)?;
                if explicit_global {
                    self.add_def_in(self.cur, name, DEF_GLOBAL, span)
                } else {
                    self.add_def_in(self.cur, name, DEF_NONLOCAL, span)
                }
            }
        }
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R<()> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.comp_iter_expr += 1;
        self.expr(&first.iter)?;
        self.comp_iter_expr -= 1;
        let prev = self.cur;
        self.enter(node, ScopeKind::Comprehension(kind), kind.code_name());
        if kind == CompKind::Gen {
            self.scope().is_generator = true;
        }
        self.add_def_in(self.cur, ".0", DEF_PARAM, node.span)?;
        for (i, g) in generators.iter().enumerate() {
            self.comp_target(&g.target)?;
            if i > 0 {
                self.comp_iter_expr += 1;
                self.expr(&g.iter)?;
                self.comp_iter_expr -= 1;
            }
            self.exprs(&g.ifs)?;
        }
        self.expr(elt)?;
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.cur = prev;
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> R<()> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.add_def(id, DEF_LOCAL | DEF_COMP_ITER, t.span),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.comp_target(e)?;
                }
                Ok(())
            }
            ExprKind::Starred { value, .. } => self.comp_target(value),
            _ => self.expr(t),
        }
    }
}

/// Resolves every symbol's scope (CPython's `analyze_block`).
fn analyze(t: &mut SymbolTable) -> R<()> {
    let mut free = HashSet::new();
    analyze_block(t, 0, &HashSet::new(), &HashSet::new(), &mut free)
}

fn analyze_block(
    t: &mut SymbolTable,
    id: ScopeId,
    bound: &HashSet<String>,
    global: &HashSet<String>,
    free_out: &mut HashSet<String>,
) -> R<()> {
    let kind = t.scopes[id].kind;
    let mut bound = bound.clone();
    let mut local = HashSet::new();
    let mut global = global.clone();
    let mut free = HashSet::new();
    // Resolve this block's own names.
    let names = t.scopes[id].order.clone();
    for name in &names {
        let flags = t.scopes[id].symbols[name].flags;
        let scope = if flags & DEF_GLOBAL != 0 {
            global.insert(name.clone());
            bound.remove(name);
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let span = t.scopes[id]
                    .nonlocal_spans
                    .get(name)
                    .copied()
                    .unwrap_or_default();
                return err(format!("no binding for nonlocal '{name}' found"), span);
            }
            free.insert(name.clone());
            NameScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            NameScope::Local
        } else if bound.contains(name) {
            free.insert(name.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        if let Some(s) = t.scopes[id].symbols.get_mut(name) {
            s.scope = scope;
        }
    }
    // What children see.
    let is_fn = t.scopes[id].is_function_like();
    let mut newbound = HashSet::new();
    let mut newglobal = global.clone();
    if kind != ScopeKind::Module {
        if is_fn {
            newbound.extend(local.iter().cloned());
        }
        newbound.extend(bound.iter().cloned());
        for l in &local {
            if is_fn {
                newglobal.remove(l);
            }
        }
    }
    if kind == ScopeKind::Class {
        newbound.insert("__class__".to_string());
    }
    let mut child_free = HashSet::new();
    for child in t.scopes[id].children.clone() {
        let mut f = HashSet::new();
        analyze_block(t, child, &newbound, &newglobal, &mut f)?;
        child_free.extend(f);
    }
    // Function scopes turn child-free locals into cells.
    if is_fn {
        for name in local.iter() {
            if child_free.remove(name) {
                if let Some(s) = t.scopes[id].symbols.get_mut(name) {
                    s.scope = NameScope::Cell;
                }
            }
        }
    }
    if kind == ScopeKind::Class && child_free.remove("__class__") {
        t.scopes[id].needs_class_closure = true;
    }
    // Record not yet resolved free variables from children.
    for name in &child_free {
        let scope = &mut t.scopes[id];
        if let Some(sym) = scope.symbols.get_mut(name) {
            if kind == ScopeKind::Class && sym.scope != NameScope::Free {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if !bound.contains(name) {
            continue;
        }
        scope.order.push(name.clone());
        scope.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: NameScope::Free,
            },
        );
    }
    free.extend(child_free);
    free_out.extend(free);
    Ok(())
}
