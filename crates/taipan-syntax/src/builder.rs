//! AST construction and validation helpers called from the grammar's actions.

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::error::SyntaxError;
use crate::token::{StrTok, Tok};

/// The error type of fallible grammar actions.
pub type PErr = ParseError<u32, Tok, SyntaxError>;

/// What the grammar's start rule produced.
pub enum Top {
    Module(Vec<Stmt>),
    Single(Vec<Vec<Stmt>>),
    Expr(Expr),
}

/// One call argument before validation.
pub enum ArgItem {
    Positional(Expr),
    /// A generator expression without its own parentheses, and the offset
    /// of its first `for`.
    BareGenerator(Expr, u32),
    Keyword(u32, u32, Expr, Expr),
    Star(Expr),
    DoubleStar(u32, u32, Expr),
}

/// One parameter of a `def` or `lambda` before validation.
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    Slash(u32, u32),
    Star(u32, u32, Option<Arg>),
    DoubleStar(Arg),
}

pub fn err(msg: impl Into<String>, start: u32, end: u32) -> PErr {
    ParseError::User { error: SyntaxError::syntax(msg, start, end) }
}

pub fn expr(l: u32, r: u32, kind: ExprKind) -> Expr {
    Expr { span: Span::new(l, r), kind }
}

pub fn stmt(l: u32, r: u32, kind: StmtKind) -> Stmt {
    Stmt { span: Span::new(l, r), kind }
}

pub fn pattern(l: u32, r: u32, kind: PatternKind) -> Pattern {
    Pattern { span: Span::new(l, r), kind }
}

/// End offset of a compound statement: its last nested statement's end.
pub fn end_of(body: &[Stmt], orelse: &[Stmt]) -> u32 {
    orelse.last().or(body.last()).map_or(0, |s| s.span.end)
}

pub fn binop(l: u32, r: u32, left: Expr, op: Operator, right: Expr) -> Expr {
    expr(l, r, ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) })
}

pub fn boolop(l: u32, r: u32, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(l, r, ExprKind::BoolOp { op, values })
}

pub fn tuple_or_single(l: u32, r: u32, mut v: Vec<Expr>, trailing_comma: bool) -> Expr {
    if v.len() == 1 && !trailing_comma {
        v.pop().unwrap_or_else(|| expr(l, r, ExprKind::Constant(Constant::None)))
    } else {
        expr(l, r, ExprKind::Tuple { elts: v, ctx: ExprContext::Load })
    }
}

/// The expression of an f-string field; a generator expression takes the
/// (implicit) parentheses around the field.
pub fn fexpr_top(l: u32, r: u32, mut e: Expr) -> Result<Expr, PErr> {
    if matches!(e.kind, ExprKind::GeneratorExp { .. } | ExprKind::Tuple { .. }) {
        e.span = Span::new(l, r);
    }
    paren(e)
}

/// `a[*b]` subscripts with a one-element tuple, as CPython does.
pub fn single_subscript(l: u32, r: u32, s: Expr) -> Expr {
    if matches!(s.kind, ExprKind::Starred { .. }) {
        expr(l, r, ExprKind::Tuple { elts: vec![s], ctx: ExprContext::Load })
    } else {
        s
    }
}

/// `(x)`: the inner expression; a lone starred expression is an error.
pub fn paren(e: Expr) -> Result<Expr, PErr> {
    if let ExprKind::Starred { .. } = e.kind {
        return Err(err("cannot use starred expression here", e.span.start, e.span.end));
    }
    Ok(e)
}

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &ExprKind) -> &'static str {
    match e {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    Store,
    Del,
}

/// The first sub-expression of `e` that is not a valid target, if any.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().find_map(|x| invalid_target(x, kind)),
        _ => Some(e),
    }
}

fn set_ctx(e: Expr, ctx: ExprContext) -> Expr {
    let Expr { span, kind } = e;
    let kind = match kind {
        ExprKind::Name { id, .. } => ExprKind::Name { id, ctx },
        ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
        ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
        ExprKind::Starred { value, .. } => ExprKind::Starred { value: Box::new(set_ctx(*value, ctx)), ctx },
        ExprKind::Tuple { elts, .. } => {
            ExprKind::Tuple { elts: elts.into_iter().map(|x| set_ctx(x, ctx)).collect(), ctx }
        }
        ExprKind::List { elts, .. } => {
            ExprKind::List { elts: elts.into_iter().map(|x| set_ctx(x, ctx)).collect(), ctx }
        }
        other => other,
    };
    Expr { span, kind }
}

/// Validates an assignment target and marks it `Store`.
pub fn store(e: Expr) -> Result<Expr, PErr> {
    if let Some(bad) = invalid_target(&e, TargetKind::Store) {
        return Err(err(format!("cannot assign to {}", expr_name(&bad.kind)), bad.span.start, bad.span.end));
    }
    Ok(set_ctx(e, ExprContext::Store))
}

fn is_bitwise_or_level(e: &ExprKind) -> bool {
    !matches!(
        e,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Starred { .. }
    )
}

/// Whether `e` begins with an operand of `|` (CPython's `bitwise_or`): not a
/// lambda, `not`, `yield` or starred item.
fn starts_with_bitwise_or(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple { elts, .. } => elts.first().is_some_and(starts_with_bitwise_or),
        ExprKind::BoolOp { values, .. } => values.first().is_some_and(starts_with_bitwise_or),
        ExprKind::IfExp { body, .. } => starts_with_bitwise_or(body),
        ExprKind::Compare { left, .. } => starts_with_bitwise_or(left),
        ExprKind::Lambda { .. }
        | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::Starred { .. }
        | ExprKind::NamedExpr { .. } => false,
        _ => true,
    }
}

pub fn assign(l: u32, r: u32, first: Expr, rest: Vec<Expr>) -> Result<Stmt, PErr> {
    if rest.is_empty() {
        return Ok(stmt(l, r, StmtKind::Expr(first)));
    }
    let mut all = Vec::with_capacity(rest.len() + 1);
    all.push(first);
    all.extend(rest);
    let value = all.pop().unwrap_or_else(|| expr(l, r, ExprKind::Constant(Constant::None)));
    let single = all.len() == 1;
    let mut targets = Vec::with_capacity(all.len());
    for t in all {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(err("assignment to yield expression not possible", t.span.start, t.span.end));
        }
        if let Some(bad) = invalid_target(&t, TargetKind::Store) {
            let name = expr_name(&bad.kind);
            let is_const_name = matches!(bad.kind, ExprKind::Constant(Constant::None | Constant::Bool(_)));
            let msg = if single
                && std::ptr::eq(bad, &t)
                && !is_const_name
                && is_bitwise_or_level(&bad.kind)
                && starts_with_bitwise_or(&value)
            {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {name}")
            };
            return Err(err(msg, bad.span.start, bad.span.end));
        }
        targets.push(set_ctx(t, ExprContext::Store));
    }
    Ok(stmt(l, r, StmtKind::Assign { targets, value }))
}

pub fn aug_assign(l: u32, r: u32, target: Expr, op: Operator, value: Expr) -> Result<Stmt, PErr> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&target.kind));
            return Err(err(msg, target.span.start, target.span.end));
        }
    }
    let target = set_ctx(target, ExprContext::Store);
    Ok(stmt(l, r, StmtKind::AugAssign { target, op, value }))
}

pub fn ann_assign(l: u32, r: u32, target: Expr, annotation: Expr, value: Option<Expr>) -> Result<Stmt, PErr> {
    let simple = matches!(target.kind, ExprKind::Name { .. }) && target.span.start == l;
    match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::List { .. } => {
            return Err(err("only single target (not list) can be annotated", target.span.start, target.span.end))
        }
        ExprKind::Tuple { .. } => {
            return Err(err("only single target (not tuple) can be annotated", target.span.start, target.span.end))
        }
        _ => return Err(err("illegal target for annotation", target.span.start, target.span.end)),
    }
    let target = set_ctx(target, ExprContext::Store);
    Ok(stmt(l, r, StmtKind::AnnAssign { target, annotation, value, simple }))
}

pub fn delete(l: u32, r: u32, targets: Vec<Expr>) -> Result<Stmt, PErr> {
    let mut out = Vec::with_capacity(targets.len());
    for t in targets {
        if let Some(bad) = invalid_target(&t, TargetKind::Del) {
            return Err(err(format!("cannot delete {}", expr_name(&bad.kind)), bad.span.start, bad.span.end));
        }
        out.push(set_ctx(t, ExprContext::Del));
    }
    Ok(stmt(l, r, StmtKind::Delete(out)))
}

pub fn import_from(l: u32, r: u32, loc: (u32, Option<String>), names: (Vec<Alias>, Option<u32>)) -> Result<Stmt, PErr> {
    if let Some(at) = names.1 {
        return Err(err("trailing comma not allowed without surrounding parentheses", at, at));
    }
    Ok(stmt(l, r, StmtKind::ImportFrom { module: loc.1, names: names.0, level: loc.0 }))
}

pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    s
}

pub fn make_async(l: u32, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.is_async = true,
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => {}
    }
    s.span.start = l;
    s
}

pub fn if_chain(
    l: u32,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(u32, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let r = end_of(&ebody, &orelse);
        orelse = vec![stmt(el, r, StmtKind::If { test: etest, body: ebody, orelse })];
    }
    let r = end_of(&body, &orelse);
    stmt(l, r, StmtKind::If { test, body, orelse })
}

pub fn try_stmt(
    l: u32,
    body: Vec<Stmt>,
    handlers: Vec<(bool, ExceptHandler)>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Result<Stmt, PErr> {
    let is_star = handlers.first().is_some_and(|h| h.0);
    for (star, h) in &handlers {
        if *star != is_star {
            let at = h.span.start;
            return Err(err("cannot have both 'except' and 'except*' on the same 'try'", at, at + 6));
        }
        if *star && h.type_.is_none() {
            return Err(err("expected one or more exception types", h.span.start, h.span.end));
        }
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.1).collect();
    for h in handlers.iter().take(handlers.len().saturating_sub(1)) {
        if h.type_.is_none() {
            return Err(err("default 'except:' must be last", h.span.start, h.span.end));
        }
    }
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let r = finalbody
        .last()
        .or(orelse.last())
        .map(|s| s.span.end)
        .or(handlers.last().map(|h| h.span.end))
        .unwrap_or_else(|| end_of(&body, &[]));
    Ok(stmt(l, r, StmtKind::Try { body, handlers, orelse, finalbody, is_star }))
}

/// Builds CPython's `arguments` from a flat parameter list, with its checks.
pub fn arguments(items: Vec<ParamItem>) -> Result<Arguments, PErr> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut star_pos = (0, 0);
    let mut seen_default = false;
    let mut pending_pos: Vec<Arg> = Vec::new();
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        if a.kwarg.is_some() {
            let (s, _) = item_span(&item);
            return Err(err("arguments cannot follow var-keyword argument", s, s + 1));
        }
        match item {
            ParamItem::Plain(arg, default) => {
                if seen_star {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(err(
                                "non-default argument follows default argument",
                                arg.span.start,
                                arg.span.end,
                            ))
                        }
                        None => {}
                    }
                    pending_pos.push(arg);
                }
            }
            ParamItem::Slash(s, e) => {
                if seen_slash {
                    return Err(err("/ may appear only once", s, e));
                }
                if seen_star {
                    return Err(err("/ must be ahead of *", s, e));
                }
                if pending_pos.is_empty() {
                    return Err(err("at least one argument must precede /", s, e));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut pending_pos);
            }
            ParamItem::Star(s, e, arg) => {
                if seen_star {
                    return Err(err("* argument may appear only once", s, s + 1));
                }
                seen_star = true;
                star_pos = (s, e);
                if arg.is_none() && i + 1 == n {
                    return Err(err("named arguments must follow bare *", s, e));
                }
                a.vararg = arg;
            }
            ParamItem::DoubleStar(arg) => {
                if seen_star && a.vararg.is_none() && a.kwonlyargs.is_empty() {
                    return Err(err("named arguments must follow bare *", star_pos.0, star_pos.1));
                }
                a.kwarg = Some(arg);
            }
        }
    }
    a.args = pending_pos;
    Ok(a)
}

fn item_span(item: &ParamItem) -> (u32, u32) {
    match item {
        ParamItem::Plain(a, _) | ParamItem::DoubleStar(a) => (a.span.start, a.span.end),
        ParamItem::Slash(s, e) | ParamItem::Star(s, e, _) => (*s, *e),
    }
}

/// Splits call arguments into positional and keyword lists, with CPython's checks.
/// `close` is the offset of the closing parenthesis (CPython reports some
/// argument errors there).
pub fn call_args(list: (Vec<ArgItem>, bool), open: u32, close: u32) -> Result<(Vec<Expr>, Vec<Keyword>), PErr> {
    let (items, trailing_comma) = list;
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let n = items.len() + usize::from(trailing_comma);
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        let bare = matches!(item, ArgItem::BareGenerator(..));
        match item {
            ArgItem::Positional(e) | ArgItem::BareGenerator(e, _) => {
                if bare && n > 1 {
                    return Err(err("Generator expression must be parenthesized", e.span.start, e.span.end));
                }
                let mut e = e;
                if bare {
                    // A sole generator argument takes the call's parentheses.
                    e.span = Span::new(open, close + 1);
                }
                if seen_dstar {
                    return Err(err("positional argument follows keyword argument unpacking", close, close + 1));
                }
                if seen_kw {
                    return Err(err("positional argument follows keyword argument", close, close + 1));
                }
                args.push(e);
            }
            ArgItem::Star(e) => {
                if seen_dstar {
                    return Err(err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span.start,
                        e.span.start + 1,
                    ));
                }
                args.push(e);
            }
            ArgItem::Keyword(l, r, k, v) => {
                let name = match k.kind {
                    ExprKind::Name { id, .. } => id,
                    ExprKind::Constant(Constant::Bool(true)) => return Err(err("cannot assign to True", l, r)),
                    ExprKind::Constant(Constant::Bool(false)) => return Err(err("cannot assign to False", l, r)),
                    ExprKind::Constant(Constant::None) => return Err(err("cannot assign to None", l, r)),
                    _ => {
                        return Err(err(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            k.span.start,
                            v.span.end,
                        ))
                    }
                };
                if keywords.iter().any(|kw| kw.arg.as_deref() == Some(name.as_str())) {
                    return Err(err(format!("keyword argument repeated: {name}"), l, r));
                }
                seen_kw = true;
                keywords.push(Keyword { span: Span::new(l, r), arg: Some(name), value: v });
            }
            ArgItem::DoubleStar(l, r, e) => {
                seen_dstar = true;
                keywords.push(Keyword { span: Span::new(l, r), arg: None, value: e });
            }
        }
    }
    Ok((args, keywords))
}

/// Class bases: like call arguments, but a bare generator is invalid syntax.
pub fn class_args(list: (Vec<ArgItem>, bool), open: u32, close: u32) -> Result<(Vec<Expr>, Vec<Keyword>), PErr> {
    if let Some(ArgItem::BareGenerator(_, f)) = list.0.iter().find(|a| matches!(a, ArgItem::BareGenerator(..))) {
        return Err(err("invalid syntax", *f, *f + 3));
    }
    call_args(list, open, close)
}

pub fn dotted_expr(l: u32, first: String, first_end: u32, rest: Vec<(String, u32)>) -> Expr {
    let mut e = expr(l, first_end, ExprKind::Name { id: first, ctx: ExprContext::Load });
    for (attr, r) in rest {
        e = expr(l, r, ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load });
    }
    e
}

pub fn literal_pattern(l: u32, r: u32, e: Expr) -> Pattern {
    match e.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::Bool(_))) => pattern(l, r, PatternKind::MatchSingleton(c)),
        kind => pattern(l, r, PatternKind::MatchValue(Expr { span: e.span, kind })),
    }
}

/// `1 + 2j` in a pattern: a real part and an imaginary part.
pub fn complex_pattern(l: u32, r: u32, real: Expr, op: Operator, imag: Expr) -> Result<Expr, PErr> {
    let is_imag = |e: &Expr| match &e.kind {
        ExprKind::Constant(Constant::Complex { .. }) => true,
        ExprKind::UnaryOp { operand, .. } => matches!(operand.kind, ExprKind::Constant(Constant::Complex { .. })),
        _ => false,
    };
    if is_imag(&real) {
        return Err(err("real number required in complex literal", real.span.start, real.span.end));
    }
    if !is_imag(&imag) {
        return Err(err("imaginary number required in complex literal", imag.span.start, imag.span.end));
    }
    Ok(expr(l, r, ExprKind::BinOp { left: Box::new(real), op, right: Box::new(imag) }))
}

pub fn capture_pattern(l: u32, r: u32, name: String) -> Pattern {
    let name = if name == "_" { None } else { Some(name) };
    pattern(l, r, PatternKind::MatchAs { pattern: None, name })
}

pub fn as_pattern(l: u32, r: u32, p: Pattern, name: String) -> Result<Pattern, PErr> {
    if name == "_" {
        return Err(err("cannot use '_' as a target", r - 1, r));
    }
    Ok(pattern(l, r, PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(name) }))
}

pub fn mapping_pattern(l: u32, r: u32, items: Vec<(Option<Expr>, Pattern)>) -> Result<Pattern, PErr> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for (k, p) in items {
        if rest.is_some() {
            let span = k.as_ref().map_or(p.span, |k| k.span);
            return Err(err("invalid syntax", span.start, span.end));
        }
        match k {
            Some(k) => {
                keys.push(k);
                patterns.push(p);
            }
            None => {
                if let PatternKind::MatchAs { name, .. } = p.kind {
                    if name.as_deref() == Some("_") {
                        return Err(err("invalid syntax", p.span.end - 1, p.span.end));
                    }
                    rest = name;
                }
            }
        }
    }
    Ok(pattern(l, r, PatternKind::MatchMapping { keys, patterns, rest }))
}

pub fn class_pattern(l: u32, r: u32, cls: Expr, args: Vec<(Option<String>, Pattern)>) -> Result<Pattern, PErr> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for (k, p) in args {
        match k {
            Some(k) => {
                kwd_attrs.push(k);
                kwd_patterns.push(p);
            }
            None => {
                if !kwd_attrs.is_empty() {
                    return Err(err("positional patterns follow keyword patterns", p.span.start, p.span.end));
                }
                patterns.push(p);
            }
        }
    }
    Ok(pattern(l, r, PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns }))
}

/// Adjacent string literals to one `Constant` or `JoinedStr`.
pub fn strings(src: &str, l: u32, r: u32, parts: Vec<StrTok>) -> Result<Expr, PErr> {
    crate::strings::concat(src, l, r, &parts).map_err(|error| ParseError::User { error })
}
