//! The tokenizer: logos for raw tokens, plus a layer that synthesizes
//! NEWLINE / INDENT / DEDENT, tracks brackets and reports CPython's errors.

use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::token::{StrTok, Tok};

/// CPython's MAXLEVEL: deepest bracket nesting the tokenizer accepts.
const MAX_PAREN_DEPTH: usize = 200;
/// CPython's default `sys.get_int_max_str_digits()`, which also limits
/// decimal integer literals.
const MAX_STR_DIGITS: usize = 4300;
/// CPython's MAXINDENT.
const MAX_INDENT_DEPTH: usize = 100;

pub type Spanned = (u32, Tok, u32);

#[derive(Logos, Debug, Clone, Copy, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
enum Raw {
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"\n|\r\n|\r")]
    Newline,
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r"[rRbBuUfF]?['\x22]")]
    #[regex(r"([rR][bBfF]|[bBfF][rR])['\x22]")]
    StrStart,
    #[regex(r"[0-9](_?[0-9])*")]
    DecInt,
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    HexInt,
    #[regex(r"0[oO](_?[0-7])+")]
    OctInt,
    #[regex(r"0[bB](_?[01])+")]
    BinInt,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Imag,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<>")]
    LtGt,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

fn simple_tok(r: Raw) -> Option<Tok> {
    Some(match r {
        Raw::LPar => Tok::LPar,
        Raw::RPar => Tok::RPar,
        Raw::LSqb => Tok::LSqb,
        Raw::RSqb => Tok::RSqb,
        Raw::LBrace => Tok::LBrace,
        Raw::RBrace => Tok::RBrace,
        Raw::Colon => Tok::Colon,
        Raw::Comma => Tok::Comma,
        Raw::Semi => Tok::Semi,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::VBar => Tok::VBar,
        Raw::Amper => Tok::Amper,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::Equal => Tok::Equal,
        Raw::Dot => Tok::Dot,
        Raw::Percent => Tok::Percent,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::Tilde => Tok::Tilde,
        Raw::Circumflex => Tok::Circumflex,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinEqual => Tok::MinEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VBarEqual => Tok::VBarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::At => Tok::At,
        Raw::AtEqual => Tok::AtEqual,
        Raw::RArrow => Tok::RArrow,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::ColonEqual => Tok::ColonEqual,
        _ => return None,
    })
}

/// Why tokenizing stopped early.
#[derive(Clone, Debug)]
pub enum LexStop {
    /// A real tokenizer error (CPython raises it as soon as it is met).
    Error(SyntaxError),
    /// End of input inside brackets: CPython reports "'(' was never closed"
    /// unless the parser found an earlier error. Holds the bracket's offset.
    UnclosedAtEof { ch: char, offset: u32 },
}

/// The result of tokenizing: all tokens up to the end or the first error.
pub struct Lexed {
    pub tokens: Vec<Spanned>,
    pub stop: Option<LexStop>,
}

struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, Raw>,
    out: Vec<Spanned>,
    /// Indentation stack: (column with tabs to 8, column with tabs to 1).
    indents: Vec<(u32, u32)>,
    parens: Vec<(char, u32)>,
    at_bol: bool,
    /// Offset where the current physical line starts.
    line_start: u32,
    /// Lexing an f-string field: starts inside an implicit parenthesis.
    fexpr: bool,
}

fn err(msg: impl Into<String>, start: u32, end: u32) -> SyntaxError {
    SyntaxError::syntax(msg, start, end)
}

/// Offset of the byte after the `\n`/`\r\n`/`\r` terminating the line containing `pos`, if any.
fn line_number_at(src: &str, pos: usize) -> usize {
    let bytes = &src.as_bytes()[..pos.min(src.len())];
    let mut n = 1;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            n += 1;
        } else if bytes[i] == b'\r' {
            n += 1;
            if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                i += 1;
            }
        }
        i += 1;
    }
    n
}

impl<'s> Lexer<'s> {
    fn push(&mut self, start: usize, tok: Tok, end: usize) {
        self.out.push((start as u32, tok, end as u32));
    }

    /// Handles indentation at the start of a logical line. Returns false when
    /// the line is blank (so no tokens or indentation change happen).
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        let bytes = self.src.as_bytes();
        let mut i = self.line_start as usize;
        let (mut col, mut altcol) = (0u32, 0u32);
        while i < bytes.len() {
            match bytes[i] {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            i += 1;
        }
        if i >= bytes.len() || matches!(bytes[i], b'#' | b'\n' | b'\r') {
            return Ok(false);
        }
        if bytes[i] == b'\\' {
            // A continuation line right at the indentation: CPython treats
            // it as blank if the rest is blank; simply don't change indentation.
            if matches!(bytes.get(i + 1), Some(b'\n' | b'\r')) {
                return Ok(false);
            }
        }
        let pos = i;
        let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
        let ls = self.line_start;
        let tab_err = || {
            SyntaxError::new(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", ls, ls)
        };
        if col == top {
            if altcol != alttop {
                return Err(tab_err());
            }
        } else if col > top {
            if altcol <= alttop {
                return Err(tab_err());
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    pos as u32,
                    pos as u32,
                ));
            }
            self.indents.push((col, altcol));
            self.push(self.line_start as usize, Tok::Indent, pos);
        } else {
            // Check the level dedented to before emitting any DEDENT.
            let keep = self.indents.iter().rposition(|&(c, _)| c <= col).unwrap_or(0);
            let (top, alttop) = self.indents[keep];
            if col != top {
                // CPython points at the end of the offending line.
                let eol = self.src[pos..].find(['\n', '\r']).map_or(self.src.len(), |n| pos + n) as u32;
                return Err(SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    eol,
                    eol,
                ));
            }
            if altcol != alttop {
                return Err(tab_err());
            }
            while self.indents.len() > keep + 1 {
                self.indents.pop();
                self.push(pos, Tok::Dedent, pos);
            }
        }
        Ok(true)
    }

    fn run(&mut self) -> Result<Option<LexStop>, SyntaxError> {
        loop {
            if self.at_bol && self.parens.is_empty() && !self.indentation()? {
                // Blank line: let the raw lexer eat it, stay at line start.
                match self.raw.next() {
                    None => break,
                    Some(Ok(Raw::Newline)) => {
                        self.line_start = self.raw.span().end as u32;
                        continue;
                    }
                    Some(Ok(Raw::Continuation)) => {
                        self.line_start = self.raw.span().end as u32;
                        continue;
                    }
                    Some(other) => {
                        // Only whitespace/comments precede; anything else is
                        // handled by the normal path below.
                        self.at_bol = false;
                        self.token(other)?;
                        continue;
                    }
                }
            }
            self.at_bol = false;
            let Some(raw) = self.raw.next() else { break };
            self.token(raw)?;
        }
        // End of input.
        if self.fexpr && self.parens.len() == 1 {
            return Ok(None);
        }
        if let Some(&(ch, offset)) = self.parens.last() {
            return Ok(Some(LexStop::UnclosedAtEof { ch, offset }));
        }
        let end = self.src.len();
        if !self.out.is_empty() && !self.at_bol_after_newline() {
            self.push(end, Tok::Newline, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(end, Tok::Dedent, end);
        }
        Ok(None)
    }

    fn at_bol_after_newline(&self) -> bool {
        // A NEWLINE was the last real token emitted.
        self.out.iter().rev().find(|t| !matches!(t.1, Tok::Dedent | Tok::Indent)).is_some_and(|t| t.1 == Tok::Newline)
    }

    fn token(&mut self, raw: Result<Raw, ()>) -> Result<(), SyntaxError> {
        let span = self.raw.span();
        let (start, end) = (span.start, span.end);
        let raw = match raw {
            Ok(r) => r,
            Err(()) => {
                if matches!(self.src.as_bytes()[start], b'$' | b'?' | b'`' | b'!') {
                    // CPython's ERRORTOKEN: the parser fails on it ("invalid
                    // syntax") but tokenizing goes on, so a later tokenizer
                    // error can still win.
                    self.push(start, Tok::ErrorToken, start + 1);
                    return Ok(());
                }
                return Err(self.invalid_char(start));
            }
        };
        match raw {
            Raw::Newline => {
                self.line_start = end as u32;
                if self.parens.is_empty() {
                    // CPython's NEWLINE token starts at a trailing comment.
                    let prev_end = self.out.last().map_or(0, |t| t.2 as usize).min(start);
                    let at = self.src[prev_end..start].find('#').map_or(start, |p| prev_end + p);
                    self.push(at, Tok::Newline, end);
                    self.at_bol = true;
                }
            }
            Raw::Continuation => {
                self.line_start = end as u32;
                if self.raw.remainder().is_empty() {
                    let at = start as u32 + 1;
                    return Err(err("unexpected EOF while parsing", at, at));
                }
            }
            Raw::Backslash => {
                if end >= self.src.len() {
                    return Err(err("unexpected EOF while parsing", end as u32, end as u32));
                }
                return Err(err("unexpected character after line continuation character", end as u32, end as u32));
            }
            Raw::Name => {
                let s = &self.src[start..end];
                if !s.is_ascii() {
                    self.check_identifier(start, s)?;
                }
                let tok = Tok::keyword(s).unwrap_or_else(|| Tok::Name(s.to_string()));
                self.push(start, tok, end);
            }
            Raw::StrStart => self.string(start, end)?,
            Raw::DecInt | Raw::HexInt | Raw::OctInt | Raw::BinInt | Raw::Float | Raw::Imag => {
                self.number(raw, start, end)?
            }
            Raw::LPar | Raw::LSqb | Raw::LBrace => {
                if self.parens.len() >= MAX_PAREN_DEPTH {
                    return Err(err("too many nested parentheses", start as u32, start as u32));
                }
                let ch = self.src.as_bytes()[start] as char;
                self.parens.push((ch, start as u32));
                let tok = simple_tok(raw).unwrap_or(Tok::LPar);
                self.push(start, tok, end);
            }
            Raw::RPar | Raw::RSqb | Raw::RBrace => {
                let ch = self.src.as_bytes()[start] as char;
                let Some((open, open_pos)) = self.parens.pop() else {
                    return Err(err(format!("unmatched '{ch}'"), start as u32, start as u32));
                };
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if ch != expected {
                    let open_line = line_number_at(self.src, open_pos as usize);
                    let this_line = line_number_at(self.src, start);
                    let msg = if open_line != this_line {
                        format!("closing parenthesis '{ch}' does not match opening parenthesis '{open}' on line {open_line}")
                    } else {
                        format!("closing parenthesis '{ch}' does not match opening parenthesis '{open}'")
                    };
                    return Err(err(msg, start as u32, start as u32));
                }
                let tok = simple_tok(raw).unwrap_or(Tok::RPar);
                self.push(start, tok, end);
            }
            Raw::LtGt => return Err(err("invalid syntax", start as u32, end as u32)),
            other => {
                let tok = simple_tok(other).unwrap_or(Tok::Ellipsis);
                self.push(start, tok, end);
            }
        }
        Ok(())
    }

    fn invalid_char(&self, start: usize) -> SyntaxError {
        let c = self.src[start..].chars().next().unwrap_or('\0');
        invalid_character(c, start)
    }

    fn check_identifier(&self, start: usize, s: &str) -> Result<(), SyntaxError> {
        for (i, c) in s.char_indices() {
            let ok =
                if i == 0 { c == '_' || unicode_ident::is_xid_start(c) } else { unicode_ident::is_xid_continue(c) };
            if !ok {
                return Err(invalid_character(c, start + i));
            }
        }
        Ok(())
    }

    fn number(&mut self, raw: Raw, start: usize, end: usize) -> Result<(), SyntaxError> {
        let text = &self.src[start..end];
        let rest = &self.src[end..];
        let next = rest.chars().next();
        if raw == Raw::DecInt {
            let digits = text.bytes().filter(|&b| b != b'_');
            if text.len() > 1 && text.starts_with('0') && digits.clone().any(|b| b != b'0') {
                // CPython underlines up to the first non-zero digit.
                let nonzero = text.find(|c: char| c != '0' && c != '_').unwrap_or(1);
                return Err(err(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start as u32,
                    (start + nonzero) as u32,
                ));
            }
        }
        // Errors for malformed literals, as CPython's verify_end_of_number.
        if let Some(c) = next {
            let kind = number_kind(raw);
            if c == '_' {
                // After a digit CPython points at the `_`; after `1.` or
                // `1j`, at the literal's last character.
                let at = if text.ends_with(|c: char| c.is_ascii_hexdigit()) { end } else { end - 1 } as u32;
                return Err(err(format!("invalid {kind} literal"), at, at));
            }
            if c.is_ascii_digit() && matches!(raw, Raw::OctInt | Raw::BinInt) {
                return Err(err(format!("invalid digit '{c}' in {kind} literal"), end as u32, end as u32));
            }
            if raw == Raw::DecInt && text == "0" && matches!(c, 'x' | 'X' | 'o' | 'O' | 'b' | 'B') {
                let kind = match c {
                    'x' | 'X' => "hexadecimal",
                    'o' | 'O' => "octal",
                    _ => "binary",
                };
                if let Some(d) = rest[1..].chars().next().filter(|d| d.is_ascii_digit() && kind != "hexadecimal") {
                    let at = end as u32 + 1;
                    return Err(err(format!("invalid digit '{d}' in {kind} literal"), at, at));
                }
                return Err(err(format!("invalid {kind} literal"), end as u32, end as u32));
            }
            if matches!(c, 'e' | 'E') && matches!(raw, Raw::DecInt | Raw::Float) && rest[1..].starts_with(['+', '-']) {
                // `1e+` without exponent digits.
                let at = end as u32 + 1;
                return Err(err(format!("invalid {kind} literal"), at, at));
            }
            if is_ident_char(c) {
                // A keyword right after a number is accepted (with a warning).
                let allowed = ["and", "else", "for", "if", "in", "is", "not", "or"].iter().any(|k| rest.starts_with(k));
                if !allowed {
                    let at = (end - 1) as u32;
                    return Err(err(format!("invalid {kind} literal"), at, at));
                }
            }
        }
        let tok = match raw {
            Raw::DecInt => {
                let digits: String = text.chars().filter(|&c| c != '_').collect();
                if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
                    // CPython underlines up to the first non-zero digit.
                    let nonzero = text.find(|c: char| c != '0' && c != '_').unwrap_or(1);
                    return Err(err(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        start as u32,
                        (start + nonzero) as u32,
                    ));
                }
                if digits.len() > MAX_STR_DIGITS {
                    let msg = format!(
                        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
                         use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge \
                         integer literals to avoid decimal conversion limits.",
                        digits.len()
                    );
                    return Err(err(msg, start as u32, start as u32));
                }
                Tok::Int(BigInt::from_str_radix(&digits, 10).unwrap_or_default())
            }
            Raw::HexInt | Raw::OctInt | Raw::BinInt => {
                let radix = match raw {
                    Raw::HexInt => 16,
                    Raw::OctInt => 8,
                    _ => 2,
                };
                let digits: String = text[2..].chars().filter(|&c| c != '_').collect();
                Tok::Int(BigInt::from_str_radix(&digits, radix).unwrap_or_default())
            }
            Raw::Float => Tok::Float(parse_float(text)),
            _ => Tok::Imag(parse_float(&text[..text.len() - 1])),
        };
        self.push(start, tok, end);
        Ok(())
    }

    fn string(&mut self, start: usize, prefix_end: usize) -> Result<(), SyntaxError> {
        let bytes = self.src.as_bytes();
        let quote = bytes[prefix_end - 1];
        let prefix = &self.src[start..prefix_end - 1];
        let lower = prefix.to_ascii_lowercase();
        let raw = lower.contains('r');
        let is_bytes = lower.contains('b');
        let fstring = lower.contains('f');
        let triple = bytes.get(prefix_end) == Some(&quote) && bytes.get(prefix_end + 1) == Some(&quote);
        let body_start = if triple { prefix_end + 2 } else { prefix_end };
        let mut i = body_start;
        loop {
            if i >= bytes.len() {
                let trailing = usize::from(self.src.ends_with('\n') || self.src.ends_with('\r'));
                let line = line_number_at(self.src, self.src.len()) - trailing;
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                return Err(err(msg, start as u32, start as u32));
            }
            let b = bytes[i];
            if b == b'\\' {
                i += 1;
                if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                continue;
            }
            if b == quote {
                if !triple {
                    break;
                }
                if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                    break;
                }
            }
            if !triple && (b == b'\n' || b == b'\r') {
                let line = line_number_at(self.src, i);
                return Err(err(
                    format!("unterminated string literal (detected at line {line})"),
                    start as u32,
                    start as u32,
                ));
            }
            i += 1;
        }
        let body_end = i.min(bytes.len());
        let end = if triple { body_end + 3 } else { body_end + 1 };
        self.raw.bump(end - prefix_end);
        let tok = StrTok {
            start: start as u32,
            raw,
            bytes: is_bytes,
            fstring,
            triple,
            quote,
            body_start: body_start as u32,
            body_end: body_end as u32,
        };
        self.push(start, Tok::Str(tok), end);
        Ok(())
    }
}

fn number_kind(raw: Raw) -> &'static str {
    match raw {
        Raw::HexInt => "hexadecimal",
        Raw::OctInt => "octal",
        Raw::BinInt => "binary",
        Raw::Imag => "imaginary",
        _ => "decimal",
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && unicode_ident::is_xid_continue(c))
}

pub fn invalid_character(c: char, at: usize) -> SyntaxError {
    if c == '$' || c == '?' || c == '`' || c == '!' {
        return err("invalid syntax", at as u32, at as u32 + 1);
    }
    let msg = if !crate::dump::is_printable(c) {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    };
    err(msg, at as u32, at as u32)
}

fn parse_float(text: &str) -> f64 {
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    cleaned.parse::<f64>().unwrap_or(f64::NAN)
}

/// Tokenizes `src`. Stops at the first tokenizer error, keeping the tokens
/// before it so the parser can report an earlier syntax error first.
pub fn tokenize(src: &str) -> Lexed {
    let mut lx = Lexer {
        src,
        raw: Raw::lexer(src),
        out: Vec::with_capacity(src.len() / 6 + 16),
        indents: vec![(0, 0)],
        parens: Vec::new(),
        at_bol: true,
        line_start: 0,
        fexpr: false,
    };
    if src.starts_with('\u{feff}') {
        lx.raw.bump(3);
        lx.line_start = 3;
    }
    finish(lx)
}

/// Tokenizes the expression `src[start..end]` of an f-string field as if
/// it were inside parentheses. Offsets stay those of `src`.
pub fn tokenize_fexpr(src: &str, start: u32, end: u32) -> Lexed {
    let text = src.get(start as usize..end as usize).unwrap_or("");
    let lx = Lexer {
        src: text,
        raw: Raw::lexer(text),
        out: Vec::with_capacity(text.len() / 2 + 2),
        indents: vec![(0, 0)],
        parens: vec![('(', 0)],
        at_bol: false,
        line_start: 0,
        fexpr: true,
    };
    let mut lexed = finish(lx);
    for t in &mut lexed.tokens {
        t.0 += start;
        t.2 += start;
        if let Tok::Str(s) = &mut t.1 {
            s.start += start;
            s.body_start += start;
            s.body_end += start;
        }
    }
    match &mut lexed.stop {
        Some(LexStop::Error(e)) => {
            e.start += start;
            e.end += start;
        }
        Some(LexStop::UnclosedAtEof { offset, .. }) => *offset += start,
        None => {}
    }
    lexed
}

fn finish(mut lx: Lexer<'_>) -> Lexed {
    let stop = match lx.run() {
        Ok(stop) => stop,
        Err(e) => Some(LexStop::Error(e)),
    };
    let mut tokens = lx.out;
    let mut stop = stop;
    if let Some((i, e)) = depth_guard(&tokens) {
        tokens.truncate(i);
        stop = Some(LexStop::Error(e));
    }
    soft_keywords(&mut tokens);
    with_parens(&mut tokens);
    Lexed { tokens, stop }
}

/// Deepest expression nesting accepted: deeper trees would make the
/// recursive passes over the AST (here and in the compiler) overflow the
/// native stack. CPython fails at a similar depth with a RecursionError.
const MAX_EXPR_DEPTH: u32 = 1000;

/// Finds the first token at which the expression being built could nest
/// deeper than [`MAX_EXPR_DEPTH`]. Every operator, trailer and prefix
/// keyword can add a level, and siblings (after `,` `=` `;` NEWLINE)
/// start over, so the running count bounds the tree's depth.
fn depth_guard(tokens: &[Spanned]) -> Option<(usize, SyntaxError)> {
    if tokens.len() < MAX_EXPR_DEPTH as usize {
        return None;
    }
    let mut stack: Vec<u32> = vec![0];
    let mut total: u32 = 0;
    for (i, (start, tok, end)) in tokens.iter().enumerate() {
        match tok {
            Tok::Comma
            | Tok::Equal
            | Tok::Semi
            | Tok::Newline
            | Tok::PlusEqual
            | Tok::MinEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::PercentEqual
            | Tok::AmperEqual
            | Tok::VBarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
            | Tok::DoubleSlashEqual
            | Tok::AtEqual => {
                if let Some(top) = stack.last_mut() {
                    total -= *top;
                    *top = 0;
                }
                if *tok == Tok::Newline {
                    stack.truncate(1);
                    total = stack[0];
                }
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if stack.len() > 1 {
                    total -= stack.pop().unwrap_or(0);
                }
            }
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen => {
                if let Some(top) = stack.last_mut() {
                    *top += 1;
                }
                total += 1;
                stack.push(0);
            }
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => {}
            Tok::None | Tok::True | Tok::False | Tok::Ellipsis | Tok::Indent | Tok::Dedent => {}
            // `and`/`or` chains and comparison chains build flat nodes.
            Tok::And
            | Tok::Or
            | Tok::Less
            | Tok::Greater
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::In
            | Tok::Is
            | Tok::Else => {}
            _ => {
                if let Some(top) = stack.last_mut() {
                    *top += 1;
                }
                total += 1;
            }
        }
        if total > MAX_EXPR_DEPTH {
            let e = SyntaxError::syntax("maximum recursion depth exceeded during compilation", *start, *end);
            return Some((i, e));
        }
    }
    None
}

/// Turns `match` / `case` names that start a compound statement into keywords.
fn soft_keywords(tokens: &mut [Spanned]) {
    let mut i = 0;
    let mut line_start = true;
    while i < tokens.len() {
        let is_soft = matches!(&tokens[i].1, Tok::Name(n) if n == "match" || n == "case");
        if line_start && is_soft {
            // Find the end of the logical line and the last depth-0 colon.
            let next = tokens.get(i + 1).map(|t| &t.1);
            let next_ok = !matches!(
                next,
                None | Some(
                    Tok::Newline
                        | Tok::Equal
                        | Tok::Colon
                        | Tok::Dot
                        | Tok::Comma
                        | Tok::Semi
                        | Tok::RPar
                        | Tok::RSqb
                        | Tok::RBrace
                        | Tok::PlusEqual
                        | Tok::MinEqual
                        | Tok::StarEqual
                        | Tok::SlashEqual
                        | Tok::PercentEqual
                        | Tok::AmperEqual
                        | Tok::VBarEqual
                        | Tok::CircumflexEqual
                        | Tok::LeftShiftEqual
                        | Tok::RightShiftEqual
                        | Tok::DoubleStarEqual
                        | Tok::DoubleSlashEqual
                        | Tok::AtEqual
                        | Tok::ColonEqual
                        | Tok::If
                        | Tok::And
                        | Tok::Or
                        | Tok::In
                        | Tok::Is
                        | Tok::Else
                        | Tok::For
                        | Tok::Slash
                        | Tok::Percent
                        | Tok::Less
                        | Tok::Greater
                        | Tok::EqEqual
                        | Tok::NotEqual
                        | Tok::LessEqual
                        | Tok::GreaterEqual
                        | Tok::LeftShift
                        | Tok::RightShift
                        | Tok::Amper
                        | Tok::VBar
                        | Tok::Circumflex
                        | Tok::DoubleSlash
                        | Tok::At
                )
            );
            if next_ok {
                let mut depth = 0i32;
                let mut j = i + 1;
                let mut last_colon_at_end = false;
                let mut has_colon = false;
                let mut lambda_depth0 = 0;
                while j < tokens.len() && tokens[j].1 != Tok::Newline {
                    match tokens[j].1 {
                        Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                        Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                        Tok::Lambda if depth == 0 => lambda_depth0 += 1,
                        Tok::Colon if depth == 0 => {
                            if lambda_depth0 > 0 {
                                lambda_depth0 -= 1;
                            } else {
                                has_colon = true;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                    last_colon_at_end = tokens[j - 1].1 == Tok::Colon;
                }
                let is_match = matches!(&tokens[i].1, Tok::Name(n) if n == "match");
                let keyword = if is_match { last_colon_at_end && has_colon } else { has_colon };
                if keyword {
                    tokens[i].1 = if is_match { Tok::Match } else { Tok::Case };
                }
            }
        }
        line_start = matches!(tokens[i].1, Tok::Newline | Tok::Indent | Tok::Dedent);
        i += 1;
    }
}

/// Marks `with (` whose parenthesis holds with-items (a depth-1 comma or
/// `as`, and `:` right after the closing parenthesis), as CPython's PEG
/// grammar tries that reading first.
fn with_parens(tokens: &mut [Spanned]) {
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].1 != Tok::With || tokens[i + 1].1 != Tok::LPar {
            continue;
        }
        let mut depth = 0;
        let mut items = false;
        let mut j = i + 1;
        while j < tokens.len() {
            match tokens[j].1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Tok::Comma | Tok::As if depth == 1 => items = true,
                _ => {}
            }
            j += 1;
        }
        if items && tokens.get(j + 1).is_some_and(|t| t.1 == Tok::Colon) {
            tokens[i + 1].1 = Tok::WithLParen;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        let l = tokenize(src);
        assert!(l.stop.is_none(), "{:?}", l.stop);
        l.tokens.into_iter().map(|t| t.1).collect()
    }

    fn lex_err(src: &str) -> String {
        match tokenize(src).stop {
            Some(LexStop::Error(e)) => e.msg,
            Some(LexStop::UnclosedAtEof { ch, .. }) => format!("unclosed {ch}"),
            None => "no error".into(),
        }
    }

    fn name(s: &str) -> Tok {
        Tok::Name(s.into())
    }

    #[test]
    fn indentation() {
        assert_eq!(
            toks("if x:\n  y\n\n  # c\n  z\nw\n"),
            vec![
                Tok::If,
                name("x"),
                Tok::Colon,
                Tok::Newline,
                Tok::Indent,
                name("y"),
                Tok::Newline,
                name("z"),
                Tok::Newline,
                Tok::Dedent,
                name("w"),
                Tok::Newline
            ]
        );
    }

    #[test]
    fn dedents_at_eof_and_missing_newline() {
        assert_eq!(
            toks("if x:\n    if y:\n        z"),
            vec![
                Tok::If,
                name("x"),
                Tok::Colon,
                Tok::Newline,
                Tok::Indent,
                Tok::If,
                name("y"),
                Tok::Colon,
                Tok::Newline,
                Tok::Indent,
                name("z"),
                Tok::Newline,
                Tok::Dedent,
                Tok::Dedent
            ]
        );
    }

    #[test]
    fn implicit_and_explicit_joining() {
        assert_eq!(
            toks("x = (1,\n   2)\ny = 1 + \\\n 2\n"),
            vec![
                name("x"),
                Tok::Equal,
                Tok::LPar,
                Tok::Int(1.into()),
                Tok::Comma,
                Tok::Int(2.into()),
                Tok::RPar,
                Tok::Newline,
                name("y"),
                Tok::Equal,
                Tok::Int(1.into()),
                Tok::Plus,
                Tok::Int(2.into()),
                Tok::Newline
            ]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("1_000 0x_ff 0o17 0b101 1. .5 1e-3 1_000.5 3j 00"),
            vec![
                Tok::Int(1000.into()),
                Tok::Int(255.into()),
                Tok::Int(15.into()),
                Tok::Int(5.into()),
                Tok::Float(1.0),
                Tok::Float(0.5),
                Tok::Float(0.001),
                Tok::Float(1000.5),
                Tok::Imag(3.0),
                Tok::Int(0.into()),
                Tok::Newline
            ]
        );
        assert_eq!(lex_err("1abc"), "invalid decimal literal");
        assert_eq!(lex_err("0x"), "invalid hexadecimal literal");
        assert_eq!(lex_err("0b12"), "invalid digit '2' in binary literal");
        assert_eq!(lex_err("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(lex_err("1_"), "invalid decimal literal");
        assert!(lex_err("012").starts_with("leading zeros"));
        assert_eq!(toks("1if x else 2")[0], Tok::Int(1.into()));
        assert!(lex_err(&"1".repeat(4301)).starts_with("Exceeds the limit (4300 digits)"));
        assert_eq!(toks(&"1".repeat(4300)).len(), 2);
    }

    #[test]
    fn tabs() {
        assert_eq!(lex_err("if x:\n\ty\n        z\n"), "inconsistent use of tabs and spaces in indentation");
        assert_eq!(lex_err("if x:\n  a\n b\n"), "unindent does not match any outer indentation level");
        assert_eq!(lex_err("if x:\n\ty\n\tz\n"), "no error");
    }

    #[test]
    fn brackets() {
        assert_eq!(lex_err("x = ]"), "unmatched ']'");
        assert_eq!(lex_err("x = (]"), "closing parenthesis ']' does not match opening parenthesis '('");
        assert_eq!(lex_err("x = (\n]"), "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        assert_eq!(lex_err("f(a,\n"), "unclosed (");
        assert_eq!(lex_err(&"(".repeat(300)), "too many nested parentheses");
    }

    #[test]
    fn strings_and_soft_keywords() {
        let t = toks("rb'a\\'' f\"\"\"x\n\"\"\"\nmatch x:\n");
        assert!(matches!(&t[0], Tok::Str(s) if s.raw && s.bytes && !s.triple));
        assert!(matches!(&t[1], Tok::Str(s) if s.fstring && s.triple));
        assert_eq!(t[3], Tok::Match);
        assert_eq!(toks("match = 1\n")[0], name("match"));
        assert_eq!(lex_err("x = 'abc\n"), "unterminated string literal (detected at line 1)");
        assert_eq!(lex_err("x = '''abc\n\n"), "unterminated triple-quoted string literal (detected at line 2)");
        assert_eq!(lex_err("x = €"), "invalid character '€' (U+20AC)");
        assert_eq!(toks("ñame")[0], name("ñame"));
    }
}
