//! The `json` module's encoder and decoder with CPython 3.11's exact output and
//! messages (Lib/json/encoder.py, decoder.py, Modules/_json.c): string escaping,
//! `indent`/`separators`/`skipkeys`/`allow_nan`, key coercion, circular-reference
//! detection, and the scanner's `JSONDecodeError` texts with line/column positions.

use super::float_repr::float_repr;
use super::{SResult, SupportError};
use num_bigint::BigInt;

// ---------------------------------------------------------------- encoding

/// How the interpreter sees a value being encoded.
#[derive(Debug, Clone)]
pub enum JsonKind<O> {
    /// `None`.
    Null,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` (not bool); encoded with `int.__repr__`.
    Int(BigInt),
    /// A `float`.
    Float(f64),
    /// A `str`.
    Str(String),
    /// A `list` or `tuple` with its items.
    List(Vec<O>),
    /// A `dict` with its items (already sorted by key when `sort_keys` was asked).
    Dict(Vec<(O, O)>),
    /// Anything else: goes through `default`.
    Other,
}

/// What the encoder needs from the interpreter.
pub trait JsonEncodeHost {
    /// The interpreter's object handle.
    type Obj: Clone;
    /// Classifies `o`; dict items come sorted (`sorted(d.items())`) if `sort_keys`.
    fn classify(&mut self, o: &Self::Obj, sort_keys: bool) -> SResult<JsonKind<Self::Obj>>;
    /// `id(o)`, for circular-reference detection.
    fn identity(&mut self, o: &Self::Obj) -> usize;
    /// `type(o).__name__`.
    fn type_name(&mut self, o: &Self::Obj) -> String;
    /// Calls the `default=` hook (or raises CPython's `TypeError: Object of type X is
    /// not JSON serializable` when there is none).
    fn default(&mut self, o: &Self::Obj) -> SResult<Self::Obj>;
}

/// `json.dumps` keyword options.
#[derive(Debug, Clone)]
pub struct JsonOptions {
    /// `skipkeys`.
    pub skipkeys: bool,
    /// `ensure_ascii`.
    pub ensure_ascii: bool,
    /// `check_circular`.
    pub check_circular: bool,
    /// `allow_nan`.
    pub allow_nan: bool,
    /// `sort_keys`.
    pub sort_keys: bool,
    /// `indent` as a string (`' ' * n` for an int `n`; `None` for compact output).
    pub indent: Option<String>,
    /// The item separator (default `', '`, or `','` when `indent` is set).
    pub item_separator: String,
    /// The key separator (default `': '`).
    pub key_separator: String,
}

impl Default for JsonOptions {
    fn default() -> Self {
        JsonOptions {
            skipkeys: false,
            ensure_ascii: true,
            check_circular: true,
            allow_nan: true,
            sort_keys: false,
            indent: None,
            item_separator: ", ".into(),
            key_separator: ": ".into(),
        }
    }
}

impl JsonOptions {
    /// Options for `indent=` given as an int, with CPython's separator default.
    pub fn with_indent(mut self, indent: Option<i64>) -> Self {
        if let Some(n) = indent {
            self.indent = Some(" ".repeat(n.max(0) as usize));
            self.item_separator = ",".into();
        }
        self
    }
}

/// `json.encoder.py_encode_basestring(_ascii)`: a JSON string literal.
pub fn encode_string(s: &str, ensure_ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let v = c as u32;
                if v >= 0x10000 {
                    let n = v - 0x10000;
                    out.push_str(&format!(
                        "\\u{:04x}\\u{:04x}",
                        0xd800 | (n >> 10),
                        0xdc00 | (n & 0x3ff)
                    ));
                } else {
                    out.push_str(&format!("\\u{:04x}", v));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn float_str(x: f64, allow_nan: bool) -> SResult<String> {
    let text = if x.is_nan() {
        "NaN".to_string()
    } else if x == f64::INFINITY {
        "Infinity".to_string()
    } else if x == f64::NEG_INFINITY {
        "-Infinity".to_string()
    } else {
        return Ok(float_repr(x));
    };
    if !allow_nan {
        return Err(SupportError::value(
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(text)
}

struct Encoder<'a, H: JsonEncodeHost> {
    host: &'a mut H,
    opts: &'a JsonOptions,
    markers: Vec<usize>,
    out: String,
}

impl<H: JsonEncodeHost> Encoder<'_, H> {
    fn enter(&mut self, o: &H::Obj) -> SResult<Option<usize>> {
        if !self.opts.check_circular {
            return Ok(None);
        }
        let id = self.host.identity(o);
        if self.markers.contains(&id) {
            return Err(SupportError::value("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(Some(id))
    }

    fn leave(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            if let Some(p) = self.markers.iter().rposition(|&m| m == id) {
                self.markers.remove(p);
            }
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn encode(&mut self, o: &H::Obj, level: usize, depth: usize) -> SResult<()> {
        if depth > 1000 {
            return Err(SupportError::new(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        match self.host.classify(o, self.opts.sort_keys)? {
            JsonKind::Str(s) => self
                .out
                .push_str(&encode_string(&s, self.opts.ensure_ascii)),
            JsonKind::Null => self.out.push_str("null"),
            JsonKind::Bool(b) => self.out.push_str(if b { "true" } else { "false" }),
            JsonKind::Int(n) => self.out.push_str(&n.to_string()),
            JsonKind::Float(x) => {
                let s = float_str(x, self.opts.allow_nan)?;
                self.out.push_str(&s);
            }
            JsonKind::List(items) => {
                if items.is_empty() {
                    self.out.push_str("[]");
                    return Ok(());
                }
                let id = self.enter(o)?;
                self.out.push('[');
                let inner = level + 1;
                self.newline(inner);
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        self.out.push_str(&self.opts.item_separator);
                        self.newline(inner);
                    }
                    self.encode(item, inner, depth + 1)?;
                }
                self.newline(level);
                self.out.push(']');
                self.leave(id);
            }
            JsonKind::Dict(items) => {
                if items.is_empty() {
                    self.out.push_str("{}");
                    return Ok(());
                }
                let id = self.enter(o)?;
                self.out.push('{');
                let inner = level + 1;
                self.newline(inner);
                let mut first = true;
                for (key, value) in &items {
                    let key_text = match self.host.classify(key, false)? {
                        JsonKind::Str(s) => s,
                        JsonKind::Float(x) => float_str(x, self.opts.allow_nan)?,
                        JsonKind::Bool(b) => if b { "true" } else { "false" }.to_string(),
                        JsonKind::Null => "null".to_string(),
                        JsonKind::Int(n) => n.to_string(),
                        _ if self.opts.skipkeys => continue,
                        _ => {
                            let tn = self.host.type_name(key);
                            return Err(SupportError::type_error(format!(
                                "keys must be str, int, float, bool or None, not {}",
                                tn
                            )));
                        }
                    };
                    if !first {
                        self.out.push_str(&self.opts.item_separator);
                        self.newline(inner);
                    }
                    first = false;
                    self.out
                        .push_str(&encode_string(&key_text, self.opts.ensure_ascii));
                    self.out.push_str(&self.opts.key_separator);
                    self.encode(value, inner, depth + 1)?;
                }
                self.newline(level);
                self.out.push('}');
                self.leave(id);
            }
            JsonKind::Other => {
                let id = self.enter(o)?;
                let replacement = self.host.default(o)?;
                self.encode(&replacement, level, depth + 1)?;
                self.leave(id);
            }
        }
        Ok(())
    }
}

/// `json.dumps(o, ...)`.
pub fn dumps<H: JsonEncodeHost>(host: &mut H, o: &H::Obj, opts: &JsonOptions) -> SResult<String> {
    let mut e = Encoder {
        host,
        opts,
        markers: Vec::new(),
        out: String::new(),
    };
    e.encode(o, 0, 0)?;
    Ok(e.out)
}

// ---------------------------------------------------------------- decoding

/// A decoded JSON value; objects keep their pairs in document order (insert them
/// into a dict one by one for CPython's duplicate-key behaviour).
#[derive(Debug, Clone, PartialEq)]
pub enum JsonValue {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer literal (`int(text)`).
    Int(BigInt),
    /// A number with a fraction or exponent, or `NaN`/`Infinity`/`-Infinity`.
    Float(f64),
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<JsonValue>),
    /// An object's `(key, value)` pairs in order.
    Object(Vec<(String, JsonValue)>),
}

/// `JSONDecodeError(msg, doc, pos)`: `"msg: line L column C (char P)"`.
fn decode_error(doc: &[char], msg: &str, pos: usize) -> SupportError {
    let before = &doc[..pos.min(doc.len())];
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let colno = match before.iter().rposition(|&c| c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    SupportError::new(
        "JSONDecodeError",
        format!("{}: line {} column {} (char {})", msg, lineno, colno, pos),
    )
}

struct Scanner<'a> {
    s: &'a [char],
    max_str_digits: usize,
}

/// Scan outcome: a value and the index after it, or "no value here" (StopIteration).
enum Scan {
    Value(JsonValue, usize),
    Stop(usize),
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Scanner<'_> {
    fn err(&self, msg: &str, pos: usize) -> SupportError {
        decode_error(self.s, msg, pos)
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, lit: &str) -> bool {
        let n = lit.chars().count();
        i + n <= self.s.len() && self.s[i..i + n].iter().copied().eq(lit.chars())
    }

    fn scan_once(&self, idx: usize, depth: usize) -> SResult<Scan> {
        let s = self.s;
        if idx >= s.len() {
            return Ok(Scan::Stop(idx));
        }
        match s[idx] {
            '"' => {
                let (v, end) = self.scanstring(idx + 1)?;
                return Ok(Scan::Value(JsonValue::Str(v), end));
            }
            '{' => return self.parse_object(idx + 1, depth + 1),
            '[' => return self.parse_array(idx + 1, depth + 1),
            'n' if self.starts(idx, "null") => return Ok(Scan::Value(JsonValue::Null, idx + 4)),
            't' if self.starts(idx, "true") => {
                return Ok(Scan::Value(JsonValue::Bool(true), idx + 4))
            }
            'f' if self.starts(idx, "false") => {
                return Ok(Scan::Value(JsonValue::Bool(false), idx + 5))
            }
            'N' if self.starts(idx, "NaN") => {
                return Ok(Scan::Value(JsonValue::Float(f64::NAN), idx + 3))
            }
            'I' if self.starts(idx, "Infinity") => {
                return Ok(Scan::Value(JsonValue::Float(f64::INFINITY), idx + 8))
            }
            '-' if self.starts(idx, "-Infinity") => {
                return Ok(Scan::Value(JsonValue::Float(f64::NEG_INFINITY), idx + 9))
            }
            _ => {}
        }
        self.match_number(idx)
    }

    fn match_number(&self, start: usize) -> SResult<Scan> {
        let s = self.s;
        let n = s.len();
        let digit = |i: usize| i < n && s[i].is_ascii_digit();
        let mut idx = start;
        if s[idx] == '-' {
            idx += 1;
            if idx >= n {
                return Ok(Scan::Stop(start));
            }
        }
        if ('1'..='9').contains(&s[idx]) {
            idx += 1;
            while digit(idx) {
                idx += 1;
            }
        } else if s[idx] == '0' {
            idx += 1;
        } else {
            return Ok(Scan::Stop(start));
        }
        let mut is_float = false;
        if idx + 1 < n && s[idx] == '.' && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if idx + 1 < n && (s[idx] == 'e' || s[idx] == 'E') {
            let e_start = idx;
            idx += 1;
            if idx + 1 < n && (s[idx] == '-' || s[idx] == '+') {
                idx += 1;
            }
            while digit(idx) {
                idx += 1;
            }
            if s[idx - 1].is_ascii_digit() {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = s[start..idx].iter().collect();
        let v = if is_float {
            JsonValue::Float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else {
            JsonValue::Int(super::numparse::int_from_str(
                &text,
                10,
                self.max_str_digits,
            )?)
        };
        Ok(Scan::Value(v, idx))
    }

    fn scanstring(&self, mut end: usize) -> SResult<(String, usize)> {
        let s = self.s;
        let len = s.len();
        let begin = end - 1;
        let mut out = String::new();
        loop {
            let mut next = end;
            let mut c = '\0';
            while next < len {
                c = s[next];
                if c == '"' || c == '\\' {
                    break;
                }
                if (c as u32) <= 0x1f {
                    return Err(self.err("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= len || (c != '"' && c != '\\') {
                return Err(self.err("Unterminated string starting at", begin));
            }
            out.extend(&s[end..next]);
            next += 1;
            if c == '"' {
                end = next;
                break;
            }
            if next == len {
                return Err(self.err("Unterminated string starting at", begin));
            }
            let c = s[next];
            if c != 'u' {
                end = next + 1;
                let r = match c {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(self.err("Invalid \\escape", end - 2)),
                };
                out.push(r);
            } else {
                next += 1;
                end = next + 4;
                if end >= len {
                    return Err(self.err("Invalid \\uXXXX escape", next - 1));
                }
                let hex4 = |from: usize| -> Option<u32> {
                    let mut v = 0u32;
                    for &d in &s[from..from + 4] {
                        v = (v << 4) | d.to_digit(16).filter(|_| d.is_ascii())?;
                    }
                    Some(v)
                };
                let mut cp =
                    hex4(next).ok_or_else(|| self.err("Invalid \\uXXXX escape", end - 4 - 1))?;
                next = end;
                if (0xd800..0xdc00).contains(&cp)
                    && end + 6 < len
                    && s[next] == '\\'
                    && s[next + 1] == 'u'
                {
                    let e2 = end + 6;
                    let c2 =
                        hex4(next + 2).ok_or_else(|| self.err("Invalid \\uXXXX escape", e2 - 5))?;
                    if (0xdc00..0xe000).contains(&c2) {
                        cp = 0x10000 + (((cp - 0xd800) << 10) | (c2 - 0xdc00));
                        end = e2;
                    }
                }
                // A lone surrogate cannot live in a Rust string; it becomes U+FFFD.
                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
            }
        }
        Ok((out, end))
    }

    fn parse_object(&self, idx: usize, depth: usize) -> SResult<Scan> {
        if depth > 1000 {
            return Err(SupportError::new(
                "RecursionError",
                "maximum recursion depth exceeded while decoding a JSON object from a unicode string",
            ));
        }
        let s = self.s;
        let mut idx = self.skip_ws(idx);
        let mut pairs = Vec::new();
        if idx >= s.len() || s[idx] != '}' {
            loop {
                if idx >= s.len() || s[idx] != '"' {
                    return Err(self.err("Expecting property name enclosed in double quotes", idx));
                }
                let (key, next) = self.scanstring(idx + 1)?;
                idx = self.skip_ws(next);
                if idx >= s.len() || s[idx] != ':' {
                    return Err(self.err("Expecting ':' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = match self.scan_once(idx, depth)? {
                    Scan::Value(v, n) => (v, n),
                    Scan::Stop(p) => return Ok(Scan::Stop(p)),
                };
                pairs.push((key, val));
                idx = self.skip_ws(next);
                if idx < s.len() && s[idx] == '}' {
                    break;
                }
                if idx >= s.len() || s[idx] != ',' {
                    return Err(self.err("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok(Scan::Value(JsonValue::Object(pairs), idx + 1))
    }

    fn parse_array(&self, idx: usize, depth: usize) -> SResult<Scan> {
        if depth > 1000 {
            return Err(SupportError::new(
                "RecursionError",
                "maximum recursion depth exceeded while decoding a JSON array from a unicode string",
            ));
        }
        let s = self.s;
        let mut idx = self.skip_ws(idx);
        let mut items = Vec::new();
        if idx >= s.len() || s[idx] != ']' {
            loop {
                let (val, next) = match self.scan_once(idx, depth)? {
                    Scan::Value(v, n) => (v, n),
                    Scan::Stop(p) => return Ok(Scan::Stop(p)),
                };
                items.push(val);
                idx = self.skip_ws(next);
                if idx < s.len() && s[idx] == ']' {
                    break;
                }
                if idx >= s.len() || s[idx] != ',' {
                    return Err(self.err("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok(Scan::Value(JsonValue::Array(items), idx + 1))
    }
}

/// `json.loads(s)` (strict mode); `max_str_digits` bounds integer literals like
/// `int()` does (0 = unlimited).
pub fn loads(text: &str, max_str_digits: usize) -> SResult<JsonValue> {
    let s: Vec<char> = text.chars().collect();
    if s.first() == Some(&'\u{feff}') {
        return Err(decode_error(
            &s,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            0,
        ));
    }
    let sc = Scanner {
        s: &s,
        max_str_digits,
    };
    let start = sc.skip_ws(0);
    match sc.scan_once(start, 0)? {
        Scan::Stop(p) => Err(decode_error(&s, "Expecting value", p)),
        Scan::Value(v, end) => {
            let end = sc.skip_ws(end);
            if end != s.len() {
                return Err(decode_error(&s, "Extra data", end));
            }
            Ok(v)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::strings::repr_str;

    /// A miniature object model for the encoder.
    #[derive(Clone, Debug, PartialEq)]
    enum O {
        N,
        B(bool),
        I(i64),
        F(f64),
        S(&'static str),
        L(Vec<O>),
        D(Vec<(O, O)>),
        /// An object json cannot encode (a complex number).
        X,
    }

    fn key_rank(o: &O) -> (u8, String) {
        match o {
            O::S(s) => (0, s.to_string()),
            other => (1, format!("{:?}", other)),
        }
    }

    struct Host;

    impl JsonEncodeHost for Host {
        type Obj = O;
        fn classify(&mut self, o: &O, sort_keys: bool) -> SResult<JsonKind<O>> {
            Ok(match o {
                O::N => JsonKind::Null,
                O::B(b) => JsonKind::Bool(*b),
                O::I(i) => JsonKind::Int(BigInt::from(*i)),
                O::F(x) => JsonKind::Float(*x),
                O::S(s) => JsonKind::Str(s.to_string()),
                O::L(v) => JsonKind::List(v.clone()),
                O::D(v) => {
                    let mut items = v.clone();
                    if sort_keys {
                        items.sort_by_key(|(k, _)| key_rank(k));
                    }
                    JsonKind::Dict(items)
                }
                O::X => JsonKind::Other,
            })
        }
        fn identity(&mut self, o: &O) -> usize {
            o as *const O as usize
        }
        fn type_name(&mut self, o: &O) -> String {
            match o {
                O::L(_) => "tuple".into(),
                _ => "complex".into(),
            }
        }
        fn default(&mut self, _o: &O) -> SResult<O> {
            Err(SupportError::type_error(
                "Object of type complex is not JSON serializable",
            ))
        }
    }

    #[test]
    #[allow(clippy::type_complexity)]
    fn dumps_cases() {
        // (value, ensure_ascii, sort_keys, allow_nan, skipkeys, indent, item sep, key sep,
        //  CPython 3.11.7's json.dumps result); tuple keys are modelled as lists. Sorting
        //  mixed-type keys is the interpreter's comparison, so those cases are left out.
        let cases: Vec<(O, bool, bool, bool, bool, Option<i64>, &str, &str, Result<&str, &str>)> = vec![
            (O::N, true, false, true, false, None, ", ", ": ", Ok("null")),
            (O::N, true, false, true, false, Some(2), ",", ": ", Ok("null")),
            (O::N, true, false, true, false, Some(0), ",", ": ", Ok("null")),
            (O::N, false, false, true, false, None, ", ", ": ", Ok("null")),
            (O::N, true, true, true, false, None, ", ", ": ", Ok("null")),
            (O::N, true, false, false, false, None, ", ", ": ", Ok("null")),
            (O::N, true, false, true, true, None, ", ", ": ", Ok("null")),
            (O::N, true, false, true, false, None, ",", ":", Ok("null")),
            (O::N, true, true, true, false, Some(3), ", ", " = ", Ok("null")),
            (O::B(true), true, false, true, false, None, ", ", ": ", Ok("true")),
            (O::B(true), true, false, true, false, Some(2), ",", ": ", Ok("true")),
            (O::B(true), true, false, true, false, Some(0), ",", ": ", Ok("true")),
            (O::B(true), false, false, true, false, None, ", ", ": ", Ok("true")),
            (O::B(true), true, true, true, false, None, ", ", ": ", Ok("true")),
            (O::B(true), true, false, false, false, None, ", ", ": ", Ok("true")),
            (O::B(true), true, false, true, true, None, ", ", ": ", Ok("true")),
            (O::B(true), true, false, true, false, None, ",", ":", Ok("true")),
            (O::B(true), true, true, true, false, Some(3), ", ", " = ", Ok("true")),
            (O::I(1), true, false, true, false, None, ", ", ": ", Ok("1")),
            (O::I(1), true, false, true, false, Some(2), ",", ": ", Ok("1")),
            (O::I(1), true, false, true, false, Some(0), ",", ": ", Ok("1")),
            (O::I(1), false, false, true, false, None, ", ", ": ", Ok("1")),
            (O::I(1), true, true, true, false, None, ", ", ": ", Ok("1")),
            (O::I(1), true, false, false, false, None, ", ", ": ", Ok("1")),
            (O::I(1), true, false, true, true, None, ", ", ": ", Ok("1")),
            (O::I(1), true, false, true, false, None, ",", ":", Ok("1")),
            (O::I(1), true, true, true, false, Some(3), ", ", " = ", Ok("1")),
            (O::I(-5), true, false, true, false, None, ", ", ": ", Ok("-5")),
            (O::I(-5), true, false, true, false, Some(2), ",", ": ", Ok("-5")),
            (O::I(-5), true, false, true, false, Some(0), ",", ": ", Ok("-5")),
            (O::I(-5), false, false, true, false, None, ", ", ": ", Ok("-5")),
            (O::I(-5), true, true, true, false, None, ", ", ": ", Ok("-5")),
            (O::I(-5), true, false, false, false, None, ", ", ": ", Ok("-5")),
            (O::I(-5), true, false, true, true, None, ", ", ": ", Ok("-5")),
            (O::I(-5), true, false, true, false, None, ",", ":", Ok("-5")),
            (O::I(-5), true, true, true, false, Some(3), ", ", " = ", Ok("-5")),
            (O::F(2.5), true, false, true, false, None, ", ", ": ", Ok("2.5")),
            (O::F(2.5), true, false, true, false, Some(2), ",", ": ", Ok("2.5")),
            (O::F(2.5), true, false, true, false, Some(0), ",", ": ", Ok("2.5")),
            (O::F(2.5), false, false, true, false, None, ", ", ": ", Ok("2.5")),
            (O::F(2.5), true, true, true, false, None, ", ", ": ", Ok("2.5")),
            (O::F(2.5), true, false, false, false, None, ", ", ": ", Ok("2.5")),
            (O::F(2.5), true, false, true, true, None, ", ", ": ", Ok("2.5")),
            (O::F(2.5), true, false, true, false, None, ",", ":", Ok("2.5")),
            (O::F(2.5), true, true, true, false, Some(3), ", ", " = ", Ok("2.5")),
            (O::F(1e+16), true, false, true, false, None, ", ", ": ", Ok("1e+16")),
            (O::F(1e+16), true, false, true, false, Some(2), ",", ": ", Ok("1e+16")),
            (O::F(1e+16), true, false, true, false, Some(0), ",", ": ", Ok("1e+16")),
            (O::F(1e+16), false, false, true, false, None, ", ", ": ", Ok("1e+16")),
            (O::F(1e+16), true, true, true, false, None, ", ", ": ", Ok("1e+16")),
            (O::F(1e+16), true, false, false, false, None, ", ", ": ", Ok("1e+16")),
            (O::F(1e+16), true, false, true, true, None, ", ", ": ", Ok("1e+16")),
            (O::F(1e+16), true, false, true, false, None, ",", ":", Ok("1e+16")),
            (O::F(1e+16), true, true, true, false, Some(3), ", ", " = ", Ok("1e+16")),
            (O::F(f64::NAN), true, false, true, false, None, ", ", ": ", Ok("NaN")),
            (O::F(f64::NAN), true, false, true, false, Some(2), ",", ": ", Ok("NaN")),
            (O::F(f64::NAN), true, false, true, false, Some(0), ",", ": ", Ok("NaN")),
            (O::F(f64::NAN), false, false, true, false, None, ", ", ": ", Ok("NaN")),
            (O::F(f64::NAN), true, true, true, false, None, ", ", ": ", Ok("NaN")),
            (O::F(f64::NAN), true, false, false, false, None, ", ", ": ", Err("ValueError: Out of range float values are not JSON compliant")),
            (O::F(f64::NAN), true, false, true, true, None, ", ", ": ", Ok("NaN")),
            (O::F(f64::NAN), true, false, true, false, None, ",", ":", Ok("NaN")),
            (O::F(f64::NAN), true, true, true, false, Some(3), ", ", " = ", Ok("NaN")),
            (O::F(f64::INFINITY), true, false, true, false, None, ", ", ": ", Ok("Infinity")),
            (O::F(f64::INFINITY), true, false, true, false, Some(2), ",", ": ", Ok("Infinity")),
            (O::F(f64::INFINITY), true, false, true, false, Some(0), ",", ": ", Ok("Infinity")),
            (O::F(f64::INFINITY), false, false, true, false, None, ", ", ": ", Ok("Infinity")),
            (O::F(f64::INFINITY), true, true, true, false, None, ", ", ": ", Ok("Infinity")),
            (O::F(f64::INFINITY), true, false, false, false, None, ", ", ": ", Err("ValueError: Out of range float values are not JSON compliant")),
            (O::F(f64::INFINITY), true, false, true, true, None, ", ", ": ", Ok("Infinity")),
            (O::F(f64::INFINITY), true, false, true, false, None, ",", ":", Ok("Infinity")),
            (O::F(f64::INFINITY), true, true, true, false, Some(3), ", ", " = ", Ok("Infinity")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), true, false, true, false, None, ", ", ": ", Ok("\"\\u00e9\\n\\\"\\\\\\ud83d\\ude00\\u007f\\u0001\"")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), true, false, true, false, Some(2), ",", ": ", Ok("\"\\u00e9\\n\\\"\\\\\\ud83d\\ude00\\u007f\\u0001\"")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), true, false, true, false, Some(0), ",", ": ", Ok("\"\\u00e9\\n\\\"\\\\\\ud83d\\ude00\\u007f\\u0001\"")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), false, false, true, false, None, ", ", ": ", Ok("\"\u{e9}\\n\\\"\\\\\u{1f600}\u{7f}\\u0001\"")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), true, true, true, false, None, ", ", ": ", Ok("\"\\u00e9\\n\\\"\\\\\\ud83d\\ude00\\u007f\\u0001\"")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), true, false, false, false, None, ", ", ": ", Ok("\"\\u00e9\\n\\\"\\\\\\ud83d\\ude00\\u007f\\u0001\"")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), true, false, true, true, None, ", ", ": ", Ok("\"\\u00e9\\n\\\"\\\\\\ud83d\\ude00\\u007f\\u0001\"")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), true, false, true, false, None, ",", ":", Ok("\"\\u00e9\\n\\\"\\\\\\ud83d\\ude00\\u007f\\u0001\"")),
            (O::S("\u{e9}\u{a}\"\\\u{1f600}\u{7f}\u{1}"), true, true, true, false, Some(3), ", ", " = ", Ok("\"\\u00e9\\n\\\"\\\\\\ud83d\\ude00\\u007f\\u0001\"")),
            (O::L(vec![]), true, false, true, false, None, ", ", ": ", Ok("[]")),
            (O::L(vec![]), true, false, true, false, Some(2), ",", ": ", Ok("[]")),
            (O::L(vec![]), true, false, true, false, Some(0), ",", ": ", Ok("[]")),
            (O::L(vec![]), false, false, true, false, None, ", ", ": ", Ok("[]")),
            (O::L(vec![]), true, true, true, false, None, ", ", ": ", Ok("[]")),
            (O::L(vec![]), true, false, false, false, None, ", ", ": ", Ok("[]")),
            (O::L(vec![]), true, false, true, true, None, ", ", ": ", Ok("[]")),
            (O::L(vec![]), true, false, true, false, None, ",", ":", Ok("[]")),
            (O::L(vec![]), true, true, true, false, Some(3), ", ", " = ", Ok("[]")),
            (O::D(vec![]), true, false, true, false, None, ", ", ": ", Ok("{}")),
            (O::D(vec![]), true, false, true, false, Some(2), ",", ": ", Ok("{}")),
            (O::D(vec![]), true, false, true, false, Some(0), ",", ": ", Ok("{}")),
            (O::D(vec![]), false, false, true, false, None, ", ", ": ", Ok("{}")),
            (O::D(vec![]), true, true, true, false, None, ", ", ": ", Ok("{}")),
            (O::D(vec![]), true, false, false, false, None, ", ", ": ", Ok("{}")),
            (O::D(vec![]), true, false, true, true, None, ", ", ": ", Ok("{}")),
            (O::D(vec![]), true, false, true, false, None, ",", ":", Ok("{}")),
            (O::D(vec![]), true, true, true, false, Some(3), ", ", " = ", Ok("{}")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), true, false, true, false, None, ", ", ": ", Ok("[1, [2, [3]]]")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), true, false, true, false, Some(2), ",", ": ", Ok("[\u{a}  1,\u{a}  [\u{a}    2,\u{a}    [\u{a}      3\u{a}    ]\u{a}  ]\u{a}]")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), true, false, true, false, Some(0), ",", ": ", Ok("[\u{a}1,\u{a}[\u{a}2,\u{a}[\u{a}3\u{a}]\u{a}]\u{a}]")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), false, false, true, false, None, ", ", ": ", Ok("[1, [2, [3]]]")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), true, true, true, false, None, ", ", ": ", Ok("[1, [2, [3]]]")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), true, false, false, false, None, ", ", ": ", Ok("[1, [2, [3]]]")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), true, false, true, true, None, ", ", ": ", Ok("[1, [2, [3]]]")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), true, false, true, false, None, ",", ":", Ok("[1,[2,[3]]]")),
            (O::L(vec![O::I(1), O::L(vec![O::I(2), O::L(vec![O::I(3)])])]), true, true, true, false, Some(3), ", ", " = ", Ok("[\u{a}   1, \u{a}   [\u{a}      2, \u{a}      [\u{a}         3\u{a}      ]\u{a}   ]\u{a}]")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), true, false, true, false, None, ", ", ": ", Ok("{\"a\": 1, \"b\": [1, 2], \"c\": {}}")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), true, false, true, false, Some(2), ",", ": ", Ok("{\u{a}  \"a\": 1,\u{a}  \"b\": [\u{a}    1,\u{a}    2\u{a}  ],\u{a}  \"c\": {}\u{a}}")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), true, false, true, false, Some(0), ",", ": ", Ok("{\u{a}\"a\": 1,\u{a}\"b\": [\u{a}1,\u{a}2\u{a}],\u{a}\"c\": {}\u{a}}")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), false, false, true, false, None, ", ", ": ", Ok("{\"a\": 1, \"b\": [1, 2], \"c\": {}}")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), true, true, true, false, None, ", ", ": ", Ok("{\"a\": 1, \"b\": [1, 2], \"c\": {}}")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), true, false, false, false, None, ", ", ": ", Ok("{\"a\": 1, \"b\": [1, 2], \"c\": {}}")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), true, false, true, true, None, ", ", ": ", Ok("{\"a\": 1, \"b\": [1, 2], \"c\": {}}")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), true, false, true, false, None, ",", ":", Ok("{\"a\":1,\"b\":[1,2],\"c\":{}}")),
            (O::D(vec![(O::S("a"), O::I(1)), (O::S("b"), O::L(vec![O::I(1), O::I(2)])), (O::S("c"), O::D(vec![]))]), true, true, true, false, Some(3), ", ", " = ", Ok("{\u{a}   \"a\" = 1, \u{a}   \"b\" = [\u{a}      1, \u{a}      2\u{a}   ], \u{a}   \"c\" = {}\u{a}}")),
            (O::D(vec![(O::I(1), O::I(2)), (O::F(2.5), O::I(3)), (O::N, O::I(5)), (O::B(false), O::I(6))]), true, false, true, false, None, ", ", ": ", Ok("{\"1\": 2, \"2.5\": 3, \"null\": 5, \"false\": 6}")),
            (O::D(vec![(O::I(1), O::I(2)), (O::F(2.5), O::I(3)), (O::N, O::I(5)), (O::B(false), O::I(6))]), true, false, true, false, Some(2), ",", ": ", Ok("{\u{a}  \"1\": 2,\u{a}  \"2.5\": 3,\u{a}  \"null\": 5,\u{a}  \"false\": 6\u{a}}")),
            (O::D(vec![(O::I(1), O::I(2)), (O::F(2.5), O::I(3)), (O::N, O::I(5)), (O::B(false), O::I(6))]), true, false, true, false, Some(0), ",", ": ", Ok("{\u{a}\"1\": 2,\u{a}\"2.5\": 3,\u{a}\"null\": 5,\u{a}\"false\": 6\u{a}}")),
            (O::D(vec![(O::I(1), O::I(2)), (O::F(2.5), O::I(3)), (O::N, O::I(5)), (O::B(false), O::I(6))]), false, false, true, false, None, ", ", ": ", Ok("{\"1\": 2, \"2.5\": 3, \"null\": 5, \"false\": 6}")),
            (O::D(vec![(O::I(1), O::I(2)), (O::F(2.5), O::I(3)), (O::N, O::I(5)), (O::B(false), O::I(6))]), true, false, false, false, None, ", ", ": ", Ok("{\"1\": 2, \"2.5\": 3, \"null\": 5, \"false\": 6}")),
            (O::D(vec![(O::I(1), O::I(2)), (O::F(2.5), O::I(3)), (O::N, O::I(5)), (O::B(false), O::I(6))]), true, false, true, true, None, ", ", ": ", Ok("{\"1\": 2, \"2.5\": 3, \"null\": 5, \"false\": 6}")),
            (O::D(vec![(O::I(1), O::I(2)), (O::F(2.5), O::I(3)), (O::N, O::I(5)), (O::B(false), O::I(6))]), true, false, true, false, None, ",", ":", Ok("{\"1\":2,\"2.5\":3,\"null\":5,\"false\":6}")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), true, false, true, false, None, ", ", ": ", Err("TypeError: keys must be str, int, float, bool or None, not tuple")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), true, false, true, false, Some(2), ",", ": ", Err("TypeError: keys must be str, int, float, bool or None, not tuple")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), true, false, true, false, Some(0), ",", ": ", Err("TypeError: keys must be str, int, float, bool or None, not tuple")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), false, false, true, false, None, ", ", ": ", Err("TypeError: keys must be str, int, float, bool or None, not tuple")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), true, true, true, false, None, ", ", ": ", Err("TypeError: keys must be str, int, float, bool or None, not tuple")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), true, false, false, false, None, ", ", ": ", Err("TypeError: keys must be str, int, float, bool or None, not tuple")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), true, false, true, true, None, ", ", ": ", Ok("{}")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), true, false, true, false, None, ",", ":", Err("TypeError: keys must be str, int, float, bool or None, not tuple")),
            (O::D(vec![(O::L(vec![O::I(1), O::I(2)]), O::I(3))]), true, true, true, false, Some(3), ", ", " = ", Err("TypeError: keys must be str, int, float, bool or None, not tuple")),
            (O::L(vec![O::X]), true, false, true, false, None, ", ", ": ", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::L(vec![O::X]), true, false, true, false, Some(2), ",", ": ", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::L(vec![O::X]), true, false, true, false, Some(0), ",", ": ", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::L(vec![O::X]), false, false, true, false, None, ", ", ": ", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::L(vec![O::X]), true, true, true, false, None, ", ", ": ", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::L(vec![O::X]), true, false, false, false, None, ", ", ": ", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::L(vec![O::X]), true, false, true, true, None, ", ", ": ", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::L(vec![O::X]), true, false, true, false, None, ",", ":", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::L(vec![O::X]), true, true, true, false, Some(3), ", ", " = ", Err("TypeError: Object of type complex is not JSON serializable")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), true, false, true, false, None, ", ", ": ", Ok("{\"z\": 1, \"a\": 2}")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), true, false, true, false, Some(2), ",", ": ", Ok("{\u{a}  \"z\": 1,\u{a}  \"a\": 2\u{a}}")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), true, false, true, false, Some(0), ",", ": ", Ok("{\u{a}\"z\": 1,\u{a}\"a\": 2\u{a}}")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), false, false, true, false, None, ", ", ": ", Ok("{\"z\": 1, \"a\": 2}")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), true, true, true, false, None, ", ", ": ", Ok("{\"a\": 2, \"z\": 1}")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), true, false, false, false, None, ", ", ": ", Ok("{\"z\": 1, \"a\": 2}")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), true, false, true, true, None, ", ", ": ", Ok("{\"z\": 1, \"a\": 2}")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), true, false, true, false, None, ",", ":", Ok("{\"z\":1,\"a\":2}")),
            (O::D(vec![(O::S("z"), O::I(1)), (O::S("a"), O::I(2))]), true, true, true, false, Some(3), ", ", " = ", Ok("{\u{a}   \"a\" = 2, \u{a}   \"z\" = 1\u{a}}")),
            (O::L(vec![O::I(1), O::I(2)]), true, false, true, false, None, ", ", ": ", Ok("[1, 2]")),
            (O::L(vec![O::I(1), O::I(2)]), true, false, true, false, Some(2), ",", ": ", Ok("[\u{a}  1,\u{a}  2\u{a}]")),
            (O::L(vec![O::I(1), O::I(2)]), true, false, true, false, Some(0), ",", ": ", Ok("[\u{a}1,\u{a}2\u{a}]")),
            (O::L(vec![O::I(1), O::I(2)]), false, false, true, false, None, ", ", ": ", Ok("[1, 2]")),
            (O::L(vec![O::I(1), O::I(2)]), true, true, true, false, None, ", ", ": ", Ok("[1, 2]")),
            (O::L(vec![O::I(1), O::I(2)]), true, false, false, false, None, ", ", ": ", Ok("[1, 2]")),
            (O::L(vec![O::I(1), O::I(2)]), true, false, true, true, None, ", ", ": ", Ok("[1, 2]")),
            (O::L(vec![O::I(1), O::I(2)]), true, false, true, false, None, ",", ":", Ok("[1,2]")),
            (O::L(vec![O::I(1), O::I(2)]), true, true, true, false, Some(3), ", ", " = ", Ok("[\u{a}   1, \u{a}   2\u{a}]")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), true, false, true, false, None, ", ", ": ", Ok("[-Infinity]")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), true, false, true, false, Some(2), ",", ": ", Ok("[\u{a}  -Infinity\u{a}]")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), true, false, true, false, Some(0), ",", ": ", Ok("[\u{a}-Infinity\u{a}]")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), false, false, true, false, None, ", ", ": ", Ok("[-Infinity]")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), true, true, true, false, None, ", ", ": ", Ok("[-Infinity]")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), true, false, false, false, None, ", ", ": ", Err("ValueError: Out of range float values are not JSON compliant")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), true, false, true, true, None, ", ", ": ", Ok("[-Infinity]")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), true, false, true, false, None, ",", ":", Ok("[-Infinity]")),
            (O::L(vec![O::F(f64::NEG_INFINITY)]), true, true, true, false, Some(3), ", ", " = ", Ok("[\u{a}   -Infinity\u{a}]")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), true, false, true, false, None, ", ", ": ", Ok("{\"a\": {\"b\": {\"c\": [null]}}}")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), true, false, true, false, Some(2), ",", ": ", Ok("{\u{a}  \"a\": {\u{a}    \"b\": {\u{a}      \"c\": [\u{a}        null\u{a}      ]\u{a}    }\u{a}  }\u{a}}")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), true, false, true, false, Some(0), ",", ": ", Ok("{\u{a}\"a\": {\u{a}\"b\": {\u{a}\"c\": [\u{a}null\u{a}]\u{a}}\u{a}}\u{a}}")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), false, false, true, false, None, ", ", ": ", Ok("{\"a\": {\"b\": {\"c\": [null]}}}")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), true, true, true, false, None, ", ", ": ", Ok("{\"a\": {\"b\": {\"c\": [null]}}}")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), true, false, false, false, None, ", ", ": ", Ok("{\"a\": {\"b\": {\"c\": [null]}}}")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), true, false, true, true, None, ", ", ": ", Ok("{\"a\": {\"b\": {\"c\": [null]}}}")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), true, false, true, false, None, ",", ":", Ok("{\"a\":{\"b\":{\"c\":[null]}}}")),
            (O::D(vec![(O::S("a"), O::D(vec![(O::S("b"), O::D(vec![(O::S("c"), O::L(vec![O::N]))]))]))]), true, true, true, false, Some(3), ", ", " = ", Ok("{\u{a}   \"a\" = {\u{a}      \"b\" = {\u{a}         \"c\" = [\u{a}            null\u{a}         ]\u{a}      }\u{a}   }\u{a}}")),
        ];
        for (v, ascii, sort, nan, skip, indent, isep, ksep, want) in cases {
            let opts = JsonOptions {
                skipkeys: skip,
                ensure_ascii: ascii,
                check_circular: true,
                allow_nan: nan,
                sort_keys: sort,
                indent: indent.map(|n| " ".repeat(n as usize)),
                item_separator: isep.into(),
                key_separator: ksep.into(),
            };
            let got = dumps(&mut Host, &v, &opts).map_err(|e| format!("{}: {}", e.kind, e.msg));
            let want = want.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, want, "{:?}", v);
        }
    }

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let hexn = |it: &mut std::str::Chars<'_>, n: usize| {
                let h: String = it.take(n).collect();
                char::from_u32(u32::from_str_radix(&h, 16).unwrap()).unwrap()
            };
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('x') => out.push(hexn(&mut it, 2)),
                Some('u') => out.push(hexn(&mut it, 4)),
                Some('U') => out.push(hexn(&mut it, 8)),
                Some(other) => out.push(other),
                None => {}
            }
        }
        out
    }

    fn py_repr(v: &JsonValue) -> String {
        match v {
            JsonValue::Null => "None".into(),
            JsonValue::Bool(b) => if *b { "True" } else { "False" }.into(),
            JsonValue::Int(n) => n.to_string(),
            JsonValue::Float(x) => float_repr(*x),
            JsonValue::Str(s) => repr_str(s),
            JsonValue::Array(items) => {
                format!(
                    "[{}]",
                    items.iter().map(py_repr).collect::<Vec<_>>().join(", ")
                )
            }
            JsonValue::Object(pairs) => {
                // dict semantics: the first position, the last value.
                let mut d: Vec<(&String, &JsonValue)> = Vec::new();
                for (k, v) in pairs {
                    match d.iter_mut().find(|(kk, _)| *kk == k) {
                        Some(slot) => slot.1 = v,
                        None => d.push((k, v)),
                    }
                }
                format!(
                    "{{{}}}",
                    d.iter()
                        .map(|(k, v)| format!("{}: {}", repr_str(k), py_repr(v)))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        }
    }

    /// testdata/json_cases.txt: documents and CPython 3.11.7's `repr(json.loads(doc))`
    /// or error (`gen_json_cases.py`).
    #[test]
    fn loads_cases() {
        let data = include_str!("testdata/json_cases.txt");
        let mut n = 0;
        for line in data.lines() {
            let (doc, want) = line.split_once('\t').expect("two fields");
            let doc = unescape(doc);
            let want = unescape(want);
            let got = match loads(&doc, 4300) {
                Ok(v) => py_repr(&v),
                Err(e) => format!("!{}: {}", e.kind, e.msg),
            };
            assert_eq!(got, want, "{:?}", doc);
            n += 1;
        }
        assert!(n > 100);
    }

    #[test]
    fn lone_surrogate_escape_becomes_replacement_char() {
        // CPython keeps '\ud834' as a lone surrogate, which a Rust string cannot hold.
        assert_eq!(
            loads("\"\\ud834x\"", 0).unwrap(),
            JsonValue::Str("\u{fffd}x".into())
        );
    }

    #[test]
    fn circular_reference() {
        struct Loop;
        impl JsonEncodeHost for Loop {
            type Obj = u8;
            fn classify(&mut self, _o: &u8, _s: bool) -> SResult<JsonKind<u8>> {
                Ok(JsonKind::List(vec![0]))
            }
            fn identity(&mut self, _o: &u8) -> usize {
                7
            }
            fn type_name(&mut self, _o: &u8) -> String {
                "list".into()
            }
            fn default(&mut self, _o: &u8) -> SResult<u8> {
                Ok(0)
            }
        }
        let e = dumps(&mut Loop, &0, &JsonOptions::default()).unwrap_err();
        assert_eq!(e.msg, "Circular reference detected");
    }
}
