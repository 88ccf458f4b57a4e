//! String literal decoding: escapes, implicit concatenation, and f-strings
//! (Python 3.11 rules: the replacement fields are parsed by the same parser).

use std::borrow::Cow;

use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::error::SyntaxError;
use crate::token::StrTok;

type Res<T> = Result<T, SyntaxError>;

fn err(msg: impl Into<String>, start: u32, end: u32) -> SyntaxError {
    SyntaxError::syntax(msg, start, end)
}

/// Concatenates adjacent literals `parts` spanning `[l, r)`.
pub fn concat(src: &str, l: u32, r: u32, parts: &[StrTok]) -> Res<Expr> {
    let span = Span::new(l, r);
    let is_bytes = parts.first().is_some_and(|p| p.bytes);
    let is_joined = parts.iter().any(|p| p.fstring);
    let mut bytes = Vec::new();
    let mut text = String::new();
    let mut joined = JoinedBuilder { span, values: Vec::new(), pending: String::new() };
    // Part by part, as CPython: each literal is decoded (an f-string parsed)
    // before the next one is checked for mixing bytes and str.
    for p in parts {
        if p.bytes != is_bytes {
            return Err(err("cannot mix bytes and nonbytes literals", r, r));
        }
        if p.bytes {
            decode_bytes(src, p, &mut bytes)?;
            continue;
        }
        if p.fstring {
            FString { src, tok: p, span }.parse_into(&mut joined)?;
            continue;
        }
        let out = if is_joined { &mut joined.pending } else { &mut text };
        let body = body(src, p);
        if p.raw {
            out.push_str(&norm_newlines(body));
        } else {
            decode_str(body, p.body_start, p.body_end + 1, out)?;
        }
    }
    let kind = if is_bytes {
        ExprKind::Constant(Constant::Bytes(bytes))
    } else if is_joined {
        ExprKind::JoinedStr(joined.finish())
    } else {
        ExprKind::Constant(Constant::Str(text))
    };
    Ok(Expr { span, kind })
}

fn body<'s>(src: &'s str, p: &StrTok) -> &'s str {
    src.get(p.body_start as usize..p.body_end as usize).unwrap_or("")
}

/// Source newlines inside literals read as `\n`, as CPython's tokenizer
/// translates `\r\n` and `\r`.
fn norm_newlines(s: &str) -> Cow<'_, str> {
    if s.contains('\r') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(s)
    }
}

struct JoinedBuilder {
    span: Span,
    values: Vec<Expr>,
    pending: String,
}

impl JoinedBuilder {
    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let s = std::mem::take(&mut self.pending);
            self.values.push(Expr { span: self.span, kind: ExprKind::Constant(Constant::Str(s)) });
        }
    }
    fn push(&mut self, e: Expr) {
        self.flush();
        self.values.push(e);
    }
    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}

fn unicode_error(msg: &str, from: usize, to: usize, at: u32) -> SyntaxError {
    err(format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {msg}"), at, at)
}

/// Decodes the escapes of a non-raw str literal body. `err_at` locates errors.
fn decode_str(body: &str, _start: u32, err_at: u32, out: &mut String) -> Res<()> {
    let body = &*norm_newlines(body);
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(rel) = body[i..].find('\\') else {
            out.push_str(&body[i..]);
            break;
        };
        out.push_str(&body[i..i + rel]);
        let esc = i + rel;
        i = esc + 1;
        let Some(c) = body[i..].chars().next() else {
            out.push('\\');
            break;
        };
        i += c.len_utf8();
        match c {
            '\n' => {}
            '\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = c as u32 - '0' as u32;
                let mut n = 1;
                while n < 3 && i < bytes.len() && (b'0'..=b'7').contains(&bytes[i]) {
                    v = v * 8 + (bytes[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (len, what) = match c {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = body[i..].bytes().take(len).take_while(|b| b.is_ascii_hexdigit()).count();
                if digits < len {
                    return Err(unicode_error(what, esc, esc + 1 + digits, err_at));
                }
                let v = u32::from_str_radix(&body[i..i + len], 16).unwrap_or(0);
                i += len;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v <= 0x10FFFF => out.push('\u{fffd}'),
                    None => return Err(unicode_error("illegal Unicode character", esc, i - 1, err_at)),
                }
            }
            'N' => {
                let rest = &body[i..];
                let name = rest.strip_prefix('{').and_then(|r| r.find('}').map(|e| &r[..e]));
                match name.and_then(named_char) {
                    Some(ch) => {
                        out.push(ch);
                        i += name.map_or(0, |n| n.len() + 2);
                    }
                    None => {
                        let to = match name {
                            Some(n) => i + n.len() + 1,
                            None => i - 1,
                        };
                        let msg = if name.is_some() {
                            "unknown Unicode character name"
                        } else {
                            "malformed \\N character escape"
                        };
                        return Err(unicode_error(msg, esc, to, err_at));
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

fn decode_bytes(src: &str, p: &StrTok, out: &mut Vec<u8>) -> Res<()> {
    let body = body(src, p);
    if !body.is_ascii() {
        let end = p.body_end + if p.triple { 3 } else { 1 };
        return Err(err("bytes can only contain ASCII literal characters", p.start, end));
    }
    let body = &*norm_newlines(body);
    let bytes = body.as_bytes();
    if p.raw {
        out.extend_from_slice(bytes);
        return Ok(());
    }
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = bytes.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < bytes.len() && (b'0'..=b'7').contains(&bytes[i]) {
                    v = v * 8 + (bytes[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let digits = bytes[i..].iter().take(2).take_while(|b| b.is_ascii_hexdigit()).count();
                if digits < 2 {
                    return Err(err(
                        format!("(value error) invalid \\x escape at position {}", i - 2),
                        p.body_end + 1,
                        p.body_end + 1,
                    ));
                }
                out.push(u8::from_str_radix(&body[i..i + 2], 16).unwrap_or(0));
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

/// The character named by a `\N{...}` escape (case-insensitive), from a
/// generated subset of Unicode; unknown names are a SyntaxError.
fn named_char(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let cp = u32::from_str_radix(hex, 16).ok()?;
        return char::from_u32(cp).filter(|_| (4..=5).contains(&hex.len()));
    }
    let names = crate::unicode_names::NAMES;
    names.binary_search_by(|(n, _)| (*n).cmp(upper.as_str())).ok().map(|i| names[i].1)
}

/// One f-string token being split into literal text and replacement fields.
struct FString<'a> {
    src: &'a str,
    tok: &'a StrTok,
    span: Span,
}

impl FString<'_> {
    fn parse_into(&self, b: &mut JoinedBuilder) -> Res<()> {
        let mut pos = self.tok.body_start as usize;
        let end = self.tok.body_end as usize;
        self.parse_parts(&mut pos, end, 0, b)?;
        Ok(())
    }

    /// CPython reports f-string errors at the end of the whole literal
    /// (after implicit concatenation).
    fn end_err(&self, msg: &str) -> SyntaxError {
        err(msg, self.span.end, self.span.end)
    }

    /// Parses literal text and fields from `pos` until `end` (top level) or
    /// an unmatched `}` (inside a format spec, `level > 0`).
    fn parse_parts(&self, pos: &mut usize, end: usize, level: u32, b: &mut JoinedBuilder) -> Res<()> {
        let src = self.src;
        let bytes = src.as_bytes();
        loop {
            // Literal text.
            let mut lit_start = *pos;
            let mut lit = String::new();
            loop {
                if *pos >= end {
                    break;
                }
                let c = bytes[*pos];
                if c == b'\\' && !self.tok.raw {
                    // Skip the escaped character (decoded below).
                    *pos += 1;
                    if *pos < end {
                        let ch_len = src[*pos..].chars().next().map_or(1, |c| c.len_utf8());
                        if bytes[*pos] == b'N' && bytes.get(*pos + 1) == Some(&b'{') {
                            // `\N{NAME}`: the braces belong to the escape.
                            match src[*pos..end].find('}') {
                                Some(close) => *pos += close + 1,
                                None => *pos = end,
                            }
                        } else if bytes[*pos] != b'{' && bytes[*pos] != b'}' {
                            *pos += ch_len;
                        }
                    }
                    continue;
                }
                if c == b'{' || c == b'}' {
                    if level == 0 && bytes.get(*pos + 1) == Some(&c) && *pos + 1 < end {
                        self.push_lit(&src[lit_start..*pos], &mut lit)?;
                        lit.push(c as char);
                        *pos += 2;
                        lit_start = *pos;
                        continue;
                    }
                    if c == b'}' && level == 0 {
                        return Err(self.end_err("f-string: single '}' is not allowed"));
                    }
                    break;
                }
                *pos += 1;
            }
            self.push_lit(&src[lit_start..*pos], &mut lit)?;
            b.pending.push_str(&lit);
            if *pos >= end {
                return Ok(());
            }
            if bytes[*pos] == b'}' {
                // End of a format spec.
                return Ok(());
            }
            // A replacement field.
            *pos += 1;
            if level >= 2 {
                return Err(self.end_err("f-string: expressions nested too deeply"));
            }
            self.field(pos, end, level, b)?;
        }
    }

    fn push_lit(&self, text: &str, out: &mut String) -> Res<()> {
        if self.tok.raw {
            out.push_str(&norm_newlines(text));
            Ok(())
        } else {
            decode_str(text, 0, self.tok.body_end + 1, out)
        }
    }

    /// Parses one `{expr[=][!c][:spec]}` field; `pos` is just after `{`.
    fn field(&self, pos: &mut usize, end: usize, level: u32, b: &mut JoinedBuilder) -> Res<()> {
        let src = self.src;
        let bytes = src.as_bytes();
        let expr_start = *pos;
        let mut stack: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while *pos < end {
            let c = bytes[*pos];
            if c == b'\\' {
                return Err(self.end_err("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if triple {
                        if bytes.get(*pos + 1) == Some(&q) && bytes.get(*pos + 2) == Some(&q) {
                            *pos += 3;
                            quote = None;
                            continue;
                        }
                    } else {
                        quote = None;
                    }
                }
                *pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = bytes.get(*pos + 1) == Some(&c) && bytes.get(*pos + 2) == Some(&c);
                    quote = Some((c, triple));
                    *pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'[' | b'(' | b'{' => {
                    if stack.len() >= 200 {
                        return Err(self.end_err("f-string: too many nested parenthesis"));
                    }
                    stack.push(c);
                }
                b'#' => {
                    return Err(self.end_err("f-string expression part cannot include '#'"));
                }
                b']' | b')' | b'}' if !stack.is_empty() => {
                    let open = stack.pop().unwrap_or(b'(');
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(self.end_err(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                }
                b']' | b')' => {
                    return Err(self.end_err(&format!("f-string: unmatched '{}'", c as char)));
                }
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                    let next = bytes.get(*pos + 1).copied();
                    if next == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') && *pos + 1 < end {
                        *pos += 2;
                        continue;
                    }
                    if c == b'<' || c == b'>' {
                        *pos += 1;
                        continue;
                    }
                    break;
                }
                _ => {}
            }
            *pos += 1;
        }
        if quote.is_some() {
            return Err(self.end_err("f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.end_err(&format!("f-string: unmatched '{}'", open as char)));
        }
        if *pos >= end {
            return Err(self.end_err("f-string: expecting '}'"));
        }
        let expr_end = *pos;
        let text = &src[expr_start..expr_end];
        if text.trim_matches(|c: char| c.is_ascii_whitespace()).is_empty() {
            return Err(self.end_err(match bytes[*pos] {
                b'!' => "f-string: expression required before '!'",
                b':' => "f-string: expression required before ':'",
                b'=' => "f-string: expression required before '='",
                _ => "f-string: empty expression not allowed",
            }));
        }
        let value = crate::parse_fexpr(src, expr_start as u32, expr_end as u32)?;
        let mut c = bytes[*pos];
        let mut debug_text = None;
        if c == b'=' {
            *pos += 1;
            while *pos < end && bytes[*pos].is_ascii_whitespace() {
                *pos += 1;
            }
            debug_text = Some(&src[expr_start..*pos]);
            if *pos >= end {
                return Err(self.end_err("f-string: expecting '}'"));
            }
            c = bytes[*pos];
        }
        let mut conversion = None;
        if c == b'!' {
            *pos += 1;
            if *pos >= end {
                return Err(self.end_err("f-string: expecting '}'"));
            }
            let conv = src[*pos..].chars().next().unwrap_or('?');
            if !matches!(conv, 's' | 'r' | 'a') {
                return Err(self.end_err("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = Some(conv);
            *pos += 1;
            if *pos >= end {
                return Err(self.end_err("f-string: expecting '}'"));
            }
            c = bytes[*pos];
        }
        let mut format_spec = None;
        if c == b':' {
            *pos += 1;
            // CPython 3.11 spans a format spec with its own string token.
            let tok_end = self.tok.body_end + if self.tok.triple { 3 } else { 1 };
            let tok_span = Span::new(self.tok.start, tok_end);
            let mut sb = JoinedBuilder { span: tok_span, values: Vec::new(), pending: String::new() };
            self.parse_parts(pos, end, level + 1, &mut sb)?;
            format_spec = Some(Box::new(Expr { span: tok_span, kind: ExprKind::JoinedStr(sb.finish()) }));
            if *pos >= end {
                return Err(self.end_err("f-string: expecting '}'"));
            }
            c = bytes[*pos];
        }
        if c != b'}' {
            return Err(self.end_err("f-string: expecting '}'"));
        }
        *pos += 1;
        if let Some(t) = debug_text {
            b.pending.push_str(t);
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        // CPython 3.11 gives each field the span of the whole literal.
        let span = self.span;
        b.push(Expr { span, kind: ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec } });
        Ok(())
    }
}
