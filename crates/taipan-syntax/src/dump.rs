//! `ast.dump`-compatible text for a tree, so tests can compare the parser
//! with CPython's `ast.dump(ast.parse(src))` directly.

use std::fmt::Write;

use crate::ast::*;
use crate::LineIndex;

/// The tree as CPython 3.11's `ast.dump(tree)` prints it (without
/// `type_ignores` details and attributes).
pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper { out: String::new(), attrs: None };
    d.out.push_str("Module(body=");
    d.stmts(&m.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

/// One expression as `ast.dump` prints it.
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper { out: String::new(), attrs: None };
    d.expr(e);
    d.out
}

/// Like `ast.dump(tree, include_attributes=True)`: positions as 1-based
/// lines and 0-based UTF-8 byte columns, as CPython stores them.
pub fn dump_module_with_attributes(m: &Module, src: &str) -> String {
    let idx = LineIndex::new(src);
    let mut d = Dumper { out: String::new(), attrs: Some(&idx) };
    d.out.push_str("Module(body=");
    d.stmts(&m.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

struct Dumper<'a> {
    out: String,
    attrs: Option<&'a LineIndex>,
}

/// Python's `repr` of a str.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (0x80..=0xa0).contains(&(c as u32)) || c == '\u{ad}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if !is_printable(c) => {
                if (c as u32) <= 0xffff {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable` for one character.
pub(crate) fn is_printable(c: char) -> bool {
    let v = c as u32;
    if c == ' ' {
        return true;
    }
    !(v < 0x20
        || (0x7f..=0xa0).contains(&v)
        || matches!(v, 0xad | 0x202f | 0x180e | 0x061c | 0x0600..=0x0605 | 0x06dd | 0x070f | 0x08e2)
        || matches!(v, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb)
        || matches!(v, 0xfdd0..=0xfdef | 0xfffe | 0xffff)
        || (0xd800..=0xdfff).contains(&v)
        || (0xe000..=0xf8ff).contains(&v)
        || v >= 0xf0000
        || matches!(v, 0x1680 | 0x2000..=0x200a | 0x205f | 0x3000))
}

/// Python's `repr` of bytes.
pub fn py_bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of a float.
pub fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let sci = format!("{f:e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let decpt = exp + 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            for _ in 0..(-decpt) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let d = decpt as usize;
            if digits.len() <= d {
                out.push_str(&digits);
                for _ in digits.len()..d {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..d]);
                out.push('.');
                out.push_str(&digits[d..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        let _ = write!(out, "e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    out
}

fn complex_repr(real: f64, imag: f64) -> String {
    let im = py_float_repr(imag);
    let im = im.strip_suffix(".0").unwrap_or(&im).to_string();
    if real == 0.0 && !real.is_sign_negative() {
        format!("{im}j")
    } else {
        let re = py_float_repr(real);
        format!("({re}+{im}j)")
    }
}

fn op_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::MatMult => "MatMult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn ctx_name(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load()",
        ExprContext::Store => "Store()",
        ExprContext::Del => "Del()",
    }
}

impl Dumper<'_> {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// Appends position attributes inside the node just written.
    fn attributes(&mut self, span: Span) {
        let Some(idx) = self.attrs else { return };
        if self.out.pop() != Some(')') {
            return;
        }
        let sep = if self.out.ends_with('(') { "" } else { ", " };
        let (l1, l2) = (idx.line(span.start), idx.line(span.end));
        let c1 = span.start - idx.line_start(l1);
        let c2 = span.end - idx.line_start(l2);
        let _ = write!(self.out, "{sep}lineno={l1}, col_offset={c1}, end_lineno={l2}, end_col_offset={c2})");
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.s("[");
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            f(self, it);
        }
        self.s("]");
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, es: &[Expr]) {
        self.list(es, |d, e| d.expr(e));
    }

    fn opt_field(&mut self, name: &str, e: &Option<Expr>) {
        if let Some(e) = e {
            let _ = write!(self.out, ", {name}=");
            self.expr(e);
        }
    }

    fn names(&mut self, names: &[String]) {
        self.list(names, |d, n| {
            let r = py_str_repr(n);
            d.s(&r)
        });
    }

    fn stmt(&mut self, s: &Stmt) {
        self.stmt_inner(s);
        self.attributes(s.span);
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.s(if f.is_async { "AsyncFunctionDef(name=" } else { "FunctionDef(name=" });
                self.s(&py_str_repr(&f.name));
                self.s(", args=");
                self.arguments(&f.args);
                self.s(", body=");
                self.stmts(&f.body);
                self.s(", decorator_list=");
                self.exprs(&f.decorator_list);
                self.opt_field("returns", &f.returns);
                self.s(")");
            }
            StmtKind::ClassDef(c) => {
                self.s("ClassDef(name=");
                self.s(&py_str_repr(&c.name));
                self.s(", bases=");
                self.exprs(&c.bases);
                self.s(", keywords=");
                self.list(&c.keywords, |d, k| d.keyword(k));
                self.s(", body=");
                self.stmts(&c.body);
                self.s(", decorator_list=");
                self.exprs(&c.decorator_list);
                self.s(")");
            }
            StmtKind::Return(v) => {
                self.s("Return(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v);
                }
                self.s(")");
            }
            StmtKind::Delete(t) => {
                self.s("Delete(targets=");
                self.exprs(t);
                self.s(")");
            }
            StmtKind::Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            StmtKind::AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target);
                let _ = write!(self.out, ", op={}, value=", op_name(*op));
                self.expr(value);
                self.s(")");
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.s("AnnAssign(target=");
                self.expr(target);
                self.s(", annotation=");
                self.expr(annotation);
                self.opt_field("value", value);
                let _ = write!(self.out, ", simple={})", u8::from(*simple));
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                self.s(if *is_async { "AsyncFor(target=" } else { "For(target=" });
                self.expr(target);
                self.s(", iter=");
                self.expr(iter);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.s(if matches!(s.kind, StmtKind::While { .. }) { "While(test=" } else { "If(test=" });
                self.expr(test);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::With { items, body, is_async } => {
                self.s(if *is_async { "AsyncWith(items=" } else { "With(items=" });
                self.list(items, |d, w| {
                    d.s("withitem(context_expr=");
                    d.expr(&w.context_expr);
                    d.opt_field("optional_vars", &w.optional_vars);
                    d.s(")");
                });
                self.s(", body=");
                self.stmts(body);
                self.s(")");
            }
            StmtKind::Match { subject, cases } => {
                self.s("Match(subject=");
                self.expr(subject);
                self.s(", cases=");
                self.list(cases, |d, c| {
                    d.s("match_case(pattern=");
                    d.pattern(&c.pattern);
                    d.opt_field("guard", &c.guard);
                    d.s(", body=");
                    d.stmts(&c.body);
                    d.s(")");
                });
                self.s(")");
            }
            StmtKind::Raise { exc, cause } => {
                self.s("Raise(");
                if let Some(e) = exc {
                    self.s("exc=");
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.s(if exc.is_some() { ", cause=" } else { "cause=" });
                    self.expr(c);
                }
                self.s(")");
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                self.s(if *is_star { "TryStar(body=" } else { "Try(body=" });
                self.stmts(body);
                self.s(", handlers=");
                self.list(handlers, |d, h| {
                    d.s("ExceptHandler(");
                    let mut sep = "";
                    if let Some(t) = &h.type_ {
                        d.s("type=");
                        d.expr(t);
                        sep = ", ";
                    }
                    if let Some(n) = &h.name {
                        let _ = write!(d.out, "{sep}name={}", py_str_repr(n));
                        sep = ", ";
                    }
                    d.s(sep);
                    d.s("body=");
                    d.stmts(&h.body);
                    d.s(")");
                    d.attributes(h.span);
                });
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(", finalbody=");
                self.stmts(finalbody);
                self.s(")");
            }
            StmtKind::Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test);
                self.opt_field("msg", msg);
                self.s(")");
            }
            StmtKind::Import(names) => {
                self.s("Import(names=");
                self.list(names, |d, a| d.alias(a));
                self.s(")");
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.s("ImportFrom(");
                if let Some(m) = module {
                    let _ = write!(self.out, "module={}, ", py_str_repr(m));
                }
                self.s("names=");
                self.list(names, |d, a| d.alias(a));
                let _ = write!(self.out, ", level={level})");
            }
            StmtKind::Global(n) => {
                self.s("Global(names=");
                self.names(n);
                self.s(")");
            }
            StmtKind::Nonlocal(n) => {
                self.s("Nonlocal(names=");
                self.names(n);
                self.s(")");
            }
            StmtKind::Expr(e) => {
                self.s("Expr(value=");
                self.expr(e);
                self.s(")");
            }
            StmtKind::Pass => self.s("Pass()"),
            StmtKind::Break => self.s("Break()"),
            StmtKind::Continue => self.s("Continue()"),
        }
    }

    fn alias(&mut self, a: &Alias) {
        let _ = write!(self.out, "alias(name={}", py_str_repr(&a.name));
        if let Some(n) = &a.asname {
            let _ = write!(self.out, ", asname={}", py_str_repr(n));
        }
        self.s(")");
        self.attributes(a.span);
    }

    fn keyword(&mut self, k: &Keyword) {
        self.s("keyword(");
        if let Some(a) = &k.arg {
            let _ = write!(self.out, "arg={}, ", py_str_repr(a));
        }
        self.s("value=");
        self.expr(&k.value);
        self.s(")");
        self.attributes(k.span);
    }

    fn arg(&mut self, a: &Arg) {
        let _ = write!(self.out, "arg(arg={}", py_str_repr(&a.arg));
        self.opt_field("annotation", &a.annotation);
        self.s(")");
        self.attributes(a.span);
    }

    fn arguments(&mut self, a: &Arguments) {
        self.s("arguments(posonlyargs=");
        self.list(&a.posonlyargs, |d, x| d.arg(x));
        self.s(", args=");
        self.list(&a.args, |d, x| d.arg(x));
        if let Some(v) = &a.vararg {
            self.s(", vararg=");
            self.arg(v);
        }
        self.s(", kwonlyargs=");
        self.list(&a.kwonlyargs, |d, x| d.arg(x));
        self.s(", kw_defaults=");
        self.list(&a.kw_defaults, |d, x| match x {
            Some(e) => d.expr(e),
            None => d.s("None"),
        });
        if let Some(k) = &a.kwarg {
            self.s(", kwarg=");
            self.arg(k);
        }
        self.s(", defaults=");
        self.exprs(&a.defaults);
        self.s(")");
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, c| {
            d.s("comprehension(target=");
            d.expr(&c.target);
            d.s(", iter=");
            d.expr(&c.iter);
            d.s(", ifs=");
            d.exprs(&c.ifs);
            let _ = write!(d.out, ", is_async={})", u8::from(c.is_async));
        });
    }

    fn constant(&mut self, c: &Constant) {
        let text = match c {
            Constant::None => "None".to_string(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => py_float_repr(*f),
            Constant::Complex { real, imag } => complex_repr(*real, *imag),
            Constant::Str(s) => py_str_repr(s),
            Constant::Bytes(b) => py_bytes_repr(b),
            Constant::Ellipsis => "Ellipsis".into(),
        };
        self.s(&text);
    }

    fn expr(&mut self, e: &Expr) {
        self.expr_inner(e);
        self.attributes(e.span);
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.s(if *op == BoolOp::And { "BoolOp(op=And(), values=" } else { "BoolOp(op=Or(), values=" });
                self.exprs(values);
                self.s(")");
            }
            ExprKind::NamedExpr { target, value } => {
                self.s("NamedExpr(target=");
                self.expr(target);
                self.s(", value=");
                self.expr(value);
                self.s(")");
            }
            ExprKind::BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left);
                let _ = write!(self.out, ", op={}, right=", op_name(*op));
                self.expr(right);
                self.s(")");
            }
            ExprKind::UnaryOp { op, operand } => {
                let name = match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                };
                let _ = write!(self.out, "UnaryOp(op={name}, operand=");
                self.expr(operand);
                self.s(")");
            }
            ExprKind::Lambda { args, body } => {
                self.s("Lambda(args=");
                self.arguments(args);
                self.s(", body=");
                self.expr(body);
                self.s(")");
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test);
                self.s(", body=");
                self.expr(body);
                self.s(", orelse=");
                self.expr(orelse);
                self.s(")");
            }
            ExprKind::Dict { keys, values } => {
                self.s("Dict(keys=");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.s("None"),
                });
                self.s(", values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::Set(elts) => {
                self.s("Set(elts=");
                self.exprs(elts);
                self.s(")");
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                let _ = write!(self.out, "{name}(elt=");
                self.expr(elt);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::DictComp { key, value, generators } => {
                self.s("DictComp(key=");
                self.expr(key);
                self.s(", value=");
                self.expr(value);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::Await(v) => {
                self.s("Await(value=");
                self.expr(v);
                self.s(")");
            }
            ExprKind::Yield(v) => {
                self.s("Yield(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v);
                }
                self.s(")");
            }
            ExprKind::YieldFrom(v) => {
                self.s("YieldFrom(value=");
                self.expr(v);
                self.s(")");
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.s("Compare(left=");
                self.expr(left);
                self.s(", ops=");
                self.list(ops, |d, op| {
                    d.s(match op {
                        CmpOp::Eq => "Eq()",
                        CmpOp::NotEq => "NotEq()",
                        CmpOp::Lt => "Lt()",
                        CmpOp::LtE => "LtE()",
                        CmpOp::Gt => "Gt()",
                        CmpOp::GtE => "GtE()",
                        CmpOp::Is => "Is()",
                        CmpOp::IsNot => "IsNot()",
                        CmpOp::In => "In()",
                        CmpOp::NotIn => "NotIn()",
                    })
                });
                self.s(", comparators=");
                self.exprs(comparators);
                self.s(")");
            }
            ExprKind::Call { func, args, keywords } => {
                self.s("Call(func=");
                self.expr(func);
                self.s(", args=");
                self.exprs(args);
                self.s(", keywords=");
                self.list(keywords, |d, k| d.keyword(k));
                self.s(")");
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.s("FormattedValue(value=");
                self.expr(value);
                let conv = conversion.map_or(-1, |c| c as i32);
                let _ = write!(self.out, ", conversion={conv}");
                if let Some(f) = format_spec {
                    self.s(", format_spec=");
                    self.expr(f);
                }
                self.s(")");
            }
            ExprKind::JoinedStr(values) => {
                self.s("JoinedStr(values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::Constant(c) => {
                self.s("Constant(value=");
                self.constant(c);
                self.s(")");
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.s("Attribute(value=");
                self.expr(value);
                let _ = write!(self.out, ", attr={}, ctx={})", py_str_repr(attr), ctx_name(*ctx));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.s("Subscript(value=");
                self.expr(value);
                self.s(", slice=");
                self.expr(slice);
                let _ = write!(self.out, ", ctx={})", ctx_name(*ctx));
            }
            ExprKind::Starred { value, ctx } => {
                self.s("Starred(value=");
                self.expr(value);
                let _ = write!(self.out, ", ctx={})", ctx_name(*ctx));
            }
            ExprKind::Name { id, ctx } => {
                let _ = write!(self.out, "Name(id={}, ctx={})", py_str_repr(id), ctx_name(*ctx));
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.s(if matches!(e.kind, ExprKind::List { .. }) { "List(elts=" } else { "Tuple(elts=" });
                self.exprs(elts);
                let _ = write!(self.out, ", ctx={})", ctx_name(*ctx));
            }
            ExprKind::Slice { lower, upper, step } => {
                self.s("Slice(");
                let mut sep = "";
                for (name, v) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(v) = v {
                        let _ = write!(self.out, "{sep}{name}=");
                        self.expr(v);
                        sep = ", ";
                    }
                }
                self.s(")");
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        self.pattern_inner(p);
        self.attributes(p.span);
    }

    fn pattern_inner(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.s("MatchValue(value=");
                self.expr(v);
                self.s(")");
            }
            PatternKind::MatchSingleton(c) => {
                self.s("MatchSingleton(value=");
                self.constant(c);
                self.s(")");
            }
            PatternKind::MatchSequence(ps) => {
                self.s("MatchSequence(patterns=");
                self.list(ps, |d, p| d.pattern(p));
                self.s(")");
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.s("MatchMapping(keys=");
                self.exprs(keys);
                self.s(", patterns=");
                self.list(patterns, |d, p| d.pattern(p));
                if let Some(r) = rest {
                    let _ = write!(self.out, ", rest={}", py_str_repr(r));
                }
                self.s(")");
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.s("MatchClass(cls=");
                self.expr(cls);
                self.s(", patterns=");
                self.list(patterns, |d, p| d.pattern(p));
                self.s(", kwd_attrs=");
                self.names(kwd_attrs);
                self.s(", kwd_patterns=");
                self.list(kwd_patterns, |d, p| d.pattern(p));
                self.s(")");
            }
            PatternKind::MatchStar(n) => {
                self.s("MatchStar(");
                if let Some(n) = n {
                    let _ = write!(self.out, "name={}", py_str_repr(n));
                }
                self.s(")");
            }
            PatternKind::MatchAs { pattern, name } => {
                self.s("MatchAs(");
                if let Some(p) = pattern {
                    self.s("pattern=");
                    self.pattern(p);
                }
                if let Some(n) = name {
                    let _ = write!(self.out, "{}name={}", if pattern.is_some() { ", " } else { "" }, py_str_repr(n));
                }
                self.s(")");
            }
            PatternKind::MatchOr(ps) => {
                self.s("MatchOr(patterns=");
                self.list(ps, |d, p| d.pattern(p));
                self.s(")");
            }
        }
    }
}
