//! Drives the lalrpop parser over the token stream and turns its failures
//! into CPython's syntax error messages.

use lalrpop_util::ParseError;

use crate::ast::{Expr, Mode, Module, Stmt, StmtKind};
use crate::builder::Top;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::{self, LexStop, Lexed, Spanned};
use crate::token::Tok;

#[allow(clippy::all, clippy::pedantic, unused, unused_qualifications, rust_2018_idioms)]
mod grammar {
    lalrpop_util::lalrpop_mod!(pub python);
}

/// Runs the grammar over `tokens` (which already start with a start token).
fn run(src: &str, tokens: Vec<Spanned>, stop: &Option<LexStop>) -> Result<Top, ParseError<u32, Tok, SyntaxError>> {
    let tail: Option<Result<Spanned, SyntaxError>> = match stop {
        Some(LexStop::Error(e)) => Some(Err(e.clone())),
        Some(LexStop::UnclosedAtEof { ch, offset }) => {
            Some(Err(SyntaxError::syntax(format!("'{ch}' was never closed"), *offset, *offset + 1)))
        }
        None => None,
    };
    let iter = tokens.into_iter().map(Ok).chain(tail);
    grammar::python::TopParser::new().parse(src, iter)
}

pub fn parse(source: &str, mode: Mode) -> Result<Module, SyntaxError> {
    if source.contains('\0') {
        return Err(SyntaxError::syntax("source code string cannot contain null bytes", 0, 0));
    }
    let (all, stop) = mode_tokens(source, mode);
    let result = run(source, all, &stop);
    match result {
        Ok(Top::Module(body)) => Ok(Module { body }),
        Ok(Top::Expr(e)) => {
            let span = e.span;
            Ok(Module { body: vec![Stmt { span, kind: StmtKind::Expr(e) }] })
        }
        Ok(Top::Single(stmts)) => {
            if stmts.len() > 1 {
                let end = stmts[0].last().map_or(0, |s| s.span.end);
                return Err(SyntaxError::syntax(
                    "multiple statements found while compiling a single statement",
                    end,
                    end,
                ));
            }
            Ok(Module { body: stmts.into_iter().flatten().collect() })
        }
        Err(e) => {
            // Explaining an error needs the tokens again: lexing is
            // deterministic and cheap, so redo it rather than keep a copy.
            let (all, stop) = mode_tokens(source, mode);
            Err(explain(source, &all, &stop, e))
        }
    }
}

/// The token stream for `mode`, headed by its start token.
fn mode_tokens(source: &str, mode: Mode) -> (Vec<Spanned>, Option<LexStop>) {
    let Lexed { mut tokens, stop } = lexer::tokenize(source);
    let start = match mode {
        Mode::Exec => Tok::StartModule,
        Mode::Eval => Tok::StartExpr,
        Mode::Single => Tok::StartSingle,
    };
    if mode == Mode::Eval {
        tokens.retain(|t| !matches!(t.1, Tok::Indent | Tok::Dedent));
    }
    tokens.insert(0, (0, start, 0));
    (tokens, stop)
}

/// True when `source` fails to parse only because it ends too early.
pub fn is_incomplete(source: &str, mode: Mode) -> bool {
    let (all, stop) = mode_tokens(source, mode);
    match &stop {
        Some(LexStop::UnclosedAtEof { .. }) => return true,
        Some(LexStop::Error(e)) => {
            return e.msg.starts_with("unterminated triple-quoted") || e.msg == "unexpected EOF while parsing";
        }
        None => {}
    }
    matches!(run(source, all, &stop), Err(ParseError::UnrecognizedEof { .. }))
}

pub fn parse_fexpr(src: &str, start: u32, end: u32) -> Result<Expr, SyntaxError> {
    let Lexed { tokens, stop } = lexer::tokenize_fexpr(src, start, end);
    let mut all = Vec::with_capacity(tokens.len() + 3);
    all.push((start, Tok::StartFExpr, start));
    all.push((start.saturating_sub(1), Tok::LPar, start));
    all.extend(tokens);
    all.push((end, Tok::RPar, end + 1));
    let explain_tokens = all.clone();
    match run(src, all, &stop) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(_) => Err(SyntaxError::syntax("f-string: invalid syntax", start, end)),
        Err(e) => {
            let mut e = explain(src, &explain_tokens, &stop, e);
            if e.kind == SyntaxErrorKind::SyntaxError && !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

/// Line number (1-based) of `offset`, counting `\n`, `\r\n` and `\r`.
fn line_of(src: &str, offset: u32) -> usize {
    let bytes = &src.as_bytes()[..(offset as usize).min(src.len())];
    let mut n = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => n += 1,
            b'\r' => {
                n += 1;
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    n
}

fn find_token(tokens: &[Spanned], start: u32, tok: &Tok) -> Option<usize> {
    // The failing token: the first of the equal tokens at `start` (several
    // DEDENTs can share one offset).
    let lo = tokens.partition_point(|t| t.0 < start);
    (lo..tokens.len()).take_while(|&j| tokens[j].0 == start).find(|&j| &tokens[j].1 == tok)
}

const FORGOT_COMMA: &str = "invalid syntax. Perhaps you forgot a comma?";

/// Converts a lalrpop failure into CPython's message.
fn explain(src: &str, tokens: &[Spanned], stop: &Option<LexStop>, e: ParseError<u32, Tok, SyntaxError>) -> SyntaxError {
    let (fail_at, fail_idx) = match &e {
        ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => {
            (token.0, find_token(tokens, token.0, &token.1))
        }
        ParseError::InvalidToken { location } | ParseError::UnrecognizedEof { location, .. } => {
            (*location, Some(tokens.len()))
        }
        ParseError::User { error } => (error.start, None),
    };
    // Where CPython reports errors found at the end of the input.
    let at_eof = |i: usize| {
        tokens[i..].iter().all(|t| matches!(t.1, Tok::Newline | Tok::Dedent) && t.0 as usize >= eof_start(src))
    };
    let generic = match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::syntax("invalid syntax", location, location),
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::syntax("invalid syntax", l, r),
        ParseError::UnrecognizedEof { location, expected } => {
            let at = eof_location(src);
            if expected.iter().any(|x| x == "\"except\"") && expected.iter().any(|x| x == "\"finally\"") {
                return SyntaxError::syntax("expected 'except' or 'finally' block", at, at);
            }
            if expected.iter().any(|x| x == "Indent") {
                if let Some(e) = expected_block(src, tokens, tokens.len(), at) {
                    return e;
                }
            }
            SyntaxError::syntax("invalid syntax", location, location)
        }
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            let idx = fail_idx;
            let eof = idx.is_some_and(at_eof);
            let here = if eof {
                eof_location(src)
            } else if tok == Tok::Dedent {
                // CPython marks the column before a DEDENT's first token.
                let line_start = src[..l as usize].rfind(['\n', '\r']).map_or(0, |p| p + 1) as u32;
                if l > line_start {
                    l - 1
                } else {
                    l
                }
            } else {
                l
            };
            if tok == Tok::Indent {
                let at = r.saturating_sub(1);
                return SyntaxError::new(SyntaxErrorKind::IndentationError, "unexpected indent", at, at);
            }
            if expected.iter().any(|x| x == "Indent") {
                if let Some(e) = idx.and_then(|i| expected_block(src, tokens, i, here)) {
                    return later_lex_error(src, stop, e, fail_at, idx, tokens);
                }
            }
            if expected.iter().any(|x| x == "\"except\"") && expected.iter().any(|x| x == "\"finally\"") {
                let e = SyntaxError::syntax("expected 'except' or 'finally' block", here, here.max(r.min(here + 1)));
                return later_lex_error(src, stop, e, fail_at, idx, tokens);
            }
            let special = idx.and_then(|i| special_message(src, tokens, i, &expected));
            match special {
                Some(e) => e,
                None if tok == Tok::Dedent => {
                    SyntaxError::new(SyntaxErrorKind::IndentationError, "unexpected unindent", here, here)
                }
                None => {
                    // A NEWLINE token ends on the next line: CPython marks up
                    // to the line break.
                    let end = if tok == Tok::Newline { r.saturating_sub(1).max(l) } else { r.max(l) };
                    SyntaxError::syntax("invalid syntax", l, end)
                }
            }
        }
    };
    later_lex_error(src, stop, generic, fail_at, fail_idx, tokens)
}

/// Offset where trailing whitespace, comments and newlines at the end of
/// `src` begin.
fn eof_start(src: &str) -> usize {
    src.trim_end_matches([' ', '\t', '\x0c', '\n', '\r']).len()
}

/// Where CPython reports an error found at the end of the input: the end of
/// the source, or the final newline when the source ends with one.
fn eof_location(src: &str) -> u32 {
    let n = src.len();
    if src.ends_with("\r\n") {
        (n - 2) as u32
    } else if src.ends_with(['\n', '\r']) {
        (n - 1) as u32
    } else {
        n as u32
    }
}

/// CPython tokenizes the rest of the file after a parser error: a
/// tokenizer error found there wins, and so does a bracket left open on an
/// earlier line (or one whose end the parser had to look at).
fn later_lex_error(
    src: &str,
    stop: &Option<LexStop>,
    e: SyntaxError,
    fail_at: u32,
    fail_idx: Option<usize>,
    tokens: &[Spanned],
) -> SyntaxError {
    match stop {
        Some(LexStop::Error(lex)) if lex.start >= fail_at && overrides_parser_errors(lex) => lex.clone(),
        Some(LexStop::UnclosedAtEof { ch, offset })
            if line_of(src, *offset) < line_of(src, fail_at)
                || fail_idx.is_some_and(|i| {
                    // The parser peeked past the last token: it met the end.
                    i + 1 >= tokens.len() && (e.msg == FORGOT_COMMA || tokens[i].1 == Tok::Equal)
                })
                || (line_of(src, *offset) == line_of(src, fail_at)
                    && tokens.last().is_some_and(|t| line_of(src, t.0) > line_of(src, fail_at))
                    && reads_into_bracket(tokens, *offset, fail_idx)
                    && (e.msg == FORGOT_COMMA
                        || fail_idx.is_some_and(|i| {
                            tokens[i].1 == Tok::Equal || i < tokens.len() && *offset == tokens[i].0
                        }))) =>
        {
            // Inside a bracket left open to the end of the input, CPython's
            // second pass reads ahead to the end, where the tokenizer fails.
            SyntaxError::syntax(format!("'{ch}' was never closed"), *offset, *offset + 1)
        }
        _ => e,
    }
}

/// Whether CPython's parser, failing at token `fail_idx` inside the bracket
/// opened at `offset`, goes on reading inside it: not when the token right
/// after the bracket fails, nor when an import statement's bracket does.
fn reads_into_bracket(tokens: &[Spanned], offset: u32, fail_idx: Option<usize>) -> bool {
    let Some(i) = fail_idx else { return true };
    let Some(b) = tokens.iter().position(|t| t.0 == offset && matches!(t.1, Tok::LPar | Tok::LSqb | Tok::LBrace))
    else {
        return true;
    };
    let first = &tokens[line_start_index(tokens, b)].1;
    if i == b {
        !matches!(first, Tok::From | Tok::Import)
    } else {
        i > b + 1 || i < b
    }
}

/// Tokenizer errors CPython raises as exceptions as soon as it meets them
/// (and so also while it scans the rest of the file after a parser error);
/// indentation and line-continuation errors only surface when the parser
/// reaches them.
fn overrides_parser_errors(e: &SyntaxError) -> bool {
    e.kind == SyntaxErrorKind::SyntaxError
        && e.msg != "unexpected character after line continuation character"
        && e.msg != "unexpected EOF while parsing"
        && !e.msg.starts_with("Exceeds the limit")
}

/// "expected an indented block after ..." when token `i` should have been
/// an INDENT after a block opener's `:` NEWLINE.
fn expected_block(src: &str, tokens: &[Spanned], i: usize, at: u32) -> Option<SyntaxError> {
    if i < 2 || tokens.get(i - 1)?.1 != Tok::Newline || tokens.get(i - 2)?.1 != Tok::Colon {
        return None;
    }
    // Start of the logical line holding the colon.
    let mut j = i - 2;
    while j > 0
        && !matches!(tokens[j - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartSingle)
    {
        j -= 1;
    }
    let first = &tokens[j];
    let next = tokens.get(j + 1).map(|t| &t.1);
    let what = match (&first.1, next) {
        (Tok::If, _) => "'if' statement".to_string(),
        (Tok::Elif, _) => "'elif' statement".into(),
        (Tok::Else, _) => "'else' statement".into(),
        (Tok::While, _) => "'while' statement".into(),
        (Tok::For, _) | (Tok::Async, Some(Tok::For)) => "'for' statement".into(),
        (Tok::Try, _) => "'try' statement".into(),
        (Tok::Except, Some(Tok::Star)) => "'except*' statement".into(),
        (Tok::Except, _) => "'except' statement".into(),
        (Tok::Finally, _) => "'finally' statement".into(),
        (Tok::With, _) | (Tok::Async, Some(Tok::With)) => "'with' statement".into(),
        (Tok::Def, _) | (Tok::Async, Some(Tok::Def)) => "function definition".into(),
        (Tok::Class, _) => "class definition".into(),
        (Tok::Match, _) => "'match' statement".into(),
        (Tok::Case, _) => "'case' statement".into(),
        _ => return None,
    };
    let line = line_of(src, first.0);
    let end = tokens.get(i).map_or(at, |t| t.2.max(at));
    Some(SyntaxError::new(
        SyntaxErrorKind::IndentationError,
        format!("expected an indented block after {what} on line {line}"),
        at,
        end,
    ))
}

fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Not
            | Tok::Await
            | Tok::Tilde
    )
}

fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

/// Bracket depth just before token `i`.
fn depth_before(tokens: &[Spanned], i: usize) -> i32 {
    let mut d = 0;
    for t in &tokens[..i] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen => d += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => d -= 1,
            Tok::Newline => d = 0,
            _ => {}
        }
    }
    d
}

/// Start index of the logical line containing token `i`.
fn line_start_index(tokens: &[Spanned], i: usize) -> usize {
    let mut j = i;
    while j > 0
        && !matches!(
            tokens[j - 1].1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartSingle | Tok::StartExpr | Tok::Semi
        )
    {
        j -= 1;
    }
    j
}

/// Start index of the expression ending at token `i` (inclusive), scanning
/// back over atoms, trailers and binary operators.
fn expression_start(tokens: &[Spanned], i: usize) -> usize {
    let mut j = i;
    let mut depth = 0;
    loop {
        match tokens[j].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen => {
                if depth == 0 {
                    return j + 1;
                }
                depth -= 1;
            }
            Tok::Comma | Tok::Colon | Tok::Equal | Tok::Semi | Tok::Newline | Tok::ColonEqual if depth == 0 => {
                return j + 1
            }
            Tok::StartModule | Tok::StartExpr | Tok::StartSingle | Tok::StartFExpr => return j + 1,
            // CPython's `disjunction`: `and`/`or`/`not` and comparisons continue it.
            ref t
                if depth == 0
                    && t.is_keyword()
                    && !matches!(
                        t,
                        Tok::None | Tok::True | Tok::False | Tok::And | Tok::Or | Tok::Not | Tok::In | Tok::Is
                    ) =>
            {
                return j + 1
            }
            _ => {}
        }
        if j == 0 {
            return 0;
        }
        j -= 1;
    }
}

/// CPython's more helpful messages for some failures at token `i`.
fn special_message(src: &str, tokens: &[Spanned], i: usize, expected: &[String]) -> Option<SyntaxError> {
    let (l, tok, r) = &tokens[i];
    let prev = if i > 0 { Some(&tokens[i - 1]) } else { None };
    let line_start = line_start_index(tokens, i);
    let first = &tokens[line_start].1;
    let expects_colon = expected.iter().any(|x| x == "\":\"");
    if *tok == Tok::Newline && expects_colon {
        let compound = matches!(
            first,
            Tok::If
                | Tok::Elif
                | Tok::Else
                | Tok::While
                | Tok::For
                | Tok::Try
                | Tok::Except
                | Tok::Finally
                | Tok::With
                | Tok::Def
                | Tok::Class
                | Tok::Async
                | Tok::Match
                | Tok::Case
        );
        if compound {
            return Some(SyntaxError::syntax("expected ':'", *l, *l));
        }
    }
    // `a if b` without `else`.
    if *tok != Tok::Else && expected.iter().any(|x| x == "\"else\"") {
        let mut depth = 0;
        let mut j = i;
        while j > line_start + 1 {
            j -= 1;
            match tokens[j].1 {
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                Tok::If if depth == 0 && j > 0 => {
                    let s = expression_start(tokens, j - 1);
                    return Some(SyntaxError::syntax("expected 'else' after 'if' expression", tokens[s].0, *r));
                }
                _ => {}
            }
        }
    }
    // `(a.b := 1)`
    let plain_name = i >= 1 && matches!(tokens[i - 1].1, Tok::Name(_)) && (i < 2 || tokens[i - 2].1 != Tok::Dot);
    if *tok == Tok::ColonEqual && i > 0 && !plain_name {
        let s = expression_start(tokens, i - 1);
        let what = match &tokens[i - 1].1 {
            Tok::RSqb => "subscript",
            Tok::RPar if s + 1 < i && matches!(tokens[s].1, Tok::LPar) => "tuple",
            Tok::RPar => "function call",
            Tok::Name(_) => "attribute",
            Tok::True => "True",
            Tok::False => "False",
            Tok::None => "None",
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => "literal",
            _ => "expression",
        };
        let msg = format!("cannot use assignment expressions with {what}");
        return Some(SyntaxError::syntax(msg, tokens[s].0, tokens[i - 1].2));
    }
    // `case 1 as 2:`
    if *first == Tok::Case && prev.is_some_and(|p| p.1 == Tok::As) && !matches!(tok, Tok::Name(_)) {
        return Some(SyntaxError::syntax("invalid pattern target", *l, *r));
    }
    // `except A, B:`
    if *tok == Tok::Comma && *first == Tok::Except && depth_before(tokens, i) == 0 {
        let s = line_start + 1 + usize::from(tokens.get(line_start + 1).is_some_and(|t| t.1 == Tok::Star));
        if s < i {
            let end = expression_end(tokens, i + 1);
            return Some(SyntaxError::syntax("multiple exception types must be parenthesized", tokens[s].0, end));
        }
    }
    // `def f:`
    if i >= 2 && tokens[i - 2].1 == Tok::Def && matches!(tokens[i - 1].1, Tok::Name(_)) && *tok != Tok::LPar {
        return Some(SyntaxError::syntax("expected '('", *l, *r));
    }
    // `def f(a=, b)`
    if matches!(tok, Tok::Comma | Tok::RPar)
        && prev.is_some_and(|p| p.1 == Tok::Equal)
        && matches!(first, Tok::Def | Tok::Async)
        && enclosing_bracket(tokens, i).is_some_and(|o| o >= 2 && tokens[o - 2].1 == Tok::Def)
    {
        let (pl, _, pr) = &tokens[i - 1];
        return Some(SyntaxError::syntax("expected default value expression", *pl, *pr));
    }
    // `def f(*a=1)`
    if *tok == Tok::Equal && i >= 2 && matches!(tokens[i - 1].1, Tok::Name(_)) {
        let what = match tokens[i - 2].1 {
            Tok::Star => Some("var-positional"),
            Tok::DoubleStar => Some("var-keyword"),
            _ => None,
        };
        let in_params = matches!(first, Tok::Def | Tok::Async | Tok::Lambda)
            || tokens[line_start..i].iter().any(|t| t.1 == Tok::Lambda);
        if let (Some(what), true) = (what, in_params) {
            return Some(SyntaxError::syntax(format!("{what} argument cannot have default value"), *l, *r));
        }
    }
    if let Some(open) = enclosing_bracket(tokens, i) {
        // `[*a for a in b]`, `{**a for a in b}`
        if matches!(tok, Tok::For | Tok::Async) {
            let elt = &tokens[open + 1].1;
            if open + 1 < i && matches!(elt, Tok::Star | Tok::DoubleStar) {
                let msg = if *elt == Tok::DoubleStar {
                    "dict unpacking cannot be used in dict comprehension"
                } else {
                    "iterable unpacking cannot be used in comprehension"
                };
                // CPython marks `**` alone but the whole `*a`.
                let end = if *elt == Tok::Star { tokens[(open + 2).min(i - 1)].2 } else { tokens[open + 1].2 };
                return Some(SyntaxError::syntax(msg, tokens[open + 1].0, end));
            }
        }
        // `{a: 1, b}`
        if tokens[open].1 == Tok::LBrace && matches!(tok, Tok::Comma | Tok::RBrace) && i > open + 1 {
            let mut depth = 0;
            let has_colon = tokens[open + 1..i].iter().any(|t| {
                match t.1 {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                    _ => {}
                }
                depth == 0 && t.1 == Tok::Colon
            });
            if has_colon {
                let s = expression_start(tokens, i - 1);
                return Some(SyntaxError::syntax("':' expected after dictionary key", tokens[s].0, tokens[i - 1].2));
            }
        }
    }
    // `x, y: int`
    if *tok == Tok::Colon
        && depth_before(tokens, i) == 0
        && !first.is_keyword()
        && !matches!(first, Tok::Match | Tok::Case)
        && tokens[line_start..i].iter().any(|t| t.1 == Tok::Comma)
        && !tokens[line_start..i].iter().any(|t| matches!(t.1, Tok::Equal | Tok::Lambda))
    {
        let first_comma = tokens[line_start..i].iter().position(|t| t.1 == Tok::Comma).map_or(i, |p| line_start + p);
        return Some(SyntaxError::syntax(
            "only single target (not tuple) can be annotated",
            tokens[line_start].0,
            tokens[first_comma.saturating_sub(1).max(line_start)].2,
        ));
    }
    // `if x = 1:`
    let rhs = tokens.get(i + 1).is_some_and(|t| starts_expression(&t.1) || matches!(t.1, Tok::Minus | Tok::Plus));
    // Also `(k=v, ...)`, `[k=v]`, `{a.b=c}`: `=` inside a bracket that is not
    // a call's or a definition's.
    let in_display = enclosing_bracket(tokens, i).is_some_and(|o| {
        let call = tokens[o].1 == Tok::LPar && o > 0 && ends_expression(&tokens[o - 1].1);
        // A dict value (after `key:`) is no named expression either.
        let mut depth = 0;
        let dict_value = tokens[o].1 == Tok::LBrace
            && tokens[o + 1..i].iter().rev().any(|t| {
                match t.1 {
                    Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                    _ => {}
                }
                depth == 0 && t.1 == Tok::Colon
            });
        !call && !dict_value && !tokens[line_start..i].iter().any(|t| t.1 == Tok::Lambda)
    });
    let condition = matches!(first, Tok::If | Tok::Elif | Tok::While) && depth_before(tokens, i) == 0;
    if *tok == Tok::Equal && (condition || in_display) && rhs && i >= 2 {
        let s = expression_start(tokens, i - 1);
        let end = expression_end(tokens, i + 1);
        if s + 1 == i && matches!(tokens[s].1, Tok::Name(_)) {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Some(SyntaxError::syntax(msg, tokens[s].0, end));
        }
        let what = match tokens[i - 1].1 {
            Tok::RSqb => "subscript",
            Tok::RPar => "function call",
            Tok::Name(_) if tokens[i - 2].1 == Tok::Dot => "attribute",
            _ => "",
        };
        if !what.is_empty() {
            let msg = format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?");
            return Some(SyntaxError::syntax(msg, tokens[s].0, tokens[i - 1].2));
        }
    }
    // `f(x): int`: only names, attributes and subscripts can be annotated.
    if *tok == Tok::Newline
        && i >= 3
        && tokens[i - 1].1 == Tok::Colon
        && tokens[i - 2].1 == Tok::RPar
        && !first.is_keyword()
        && depth_before(tokens, i) == 0
    {
        let colon = &tokens[i - 1];
        return Some(SyntaxError::syntax("invalid syntax", colon.0, colon.2));
    }
    // `print 1`
    if let (Some((pl, Tok::Name(n), _)), true) = (prev, i >= 1 && line_start == i - 1) {
        if (n == "print" || n == "exec") && starts_expression(tok) {
            let end = tokens[i..].iter().find(|t| matches!(t.1, Tok::Newline | Tok::Semi)).map_or(*r, |t| t.0);
            let end = src[..end as usize].trim_end().len() as u32;
            return Some(SyntaxError::syntax(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                *pl,
                end.max(*r),
            ));
        }
    }
    // Two expressions side by side inside brackets (not in a parameter list).
    let in_params = enclosing_bracket(tokens, i).is_some_and(|o| {
        o >= 2 && tokens[o - 2].1 == Tok::Def || tokens[line_start..i].iter().any(|t| t.1 == Tok::Lambda)
    });
    if let Some(p) = prev {
        if ends_expression(&p.1)
            && starts_expression(tok)
            && !in_params
            && !in_comprehension_iter(tokens, i)
            && depth_before(tokens, i) > 0
            && !(matches!(p.1, Tok::Name(_)) && matches!(tok, Tok::Str(_)))
        {
            let s = expression_start(tokens, i - 1);
            let end = expression_end(tokens, i);
            return Some(SyntaxError::syntax(FORGOT_COMMA, tokens[s].0, end));
        }
    }
    None
}

/// True when token `i` follows `for ... in <expr>` at the same bracket depth
/// (CPython's comma hint does not apply to a comprehension's iterable).
fn in_comprehension_iter(tokens: &[Spanned], i: usize) -> bool {
    let mut depth = 0;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match tokens[j].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            Tok::In if depth == 0 => {
                // Is there a `for` before it, at this depth?
                let mut d = 0;
                for t in tokens[..j].iter().rev() {
                    match t.1 {
                        Tok::RPar | Tok::RSqb | Tok::RBrace => d += 1,
                        Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen if d == 0 => return false,
                        Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen => d -= 1,
                        Tok::Newline => return false,
                        Tok::For if d == 0 => return true,
                        _ => {}
                    }
                }
                return false;
            }
            Tok::Comma | Tok::Newline if depth == 0 => return false,
            _ => {}
        }
    }
    false
}

/// Index of the innermost bracket open at token `i`.
fn enclosing_bracket(tokens: &[Spanned], i: usize) -> Option<usize> {
    let mut depth = 0;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match tokens[j].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen => {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
            Tok::Newline => return None,
            _ => {}
        }
    }
    None
}

/// End offset of the expression starting at token `i`.
fn expression_end(tokens: &[Spanned], i: usize) -> u32 {
    let mut depth = 0;
    let mut j = i;
    let mut end = tokens[i].2;
    while j < tokens.len() {
        match tokens[j].1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Comma | Tok::Colon | Tok::Newline | Tok::Equal if depth == 0 => break,
            _ => {}
        }
        end = tokens[j].2;
        j += 1;
    }
    end
}
