//! Python `str` method algorithms on `&str` with code-point semantics, as CPython 3.11
//! implements them (Objects/unicodeobject.c, Objects/stringlib), plus `repr`/`ascii` of
//! str and `repr` of bytes.
//!
//! Indices (`start`, `end`, results of `find`) are code-point indices; `None` means the
//! argument was omitted (or `None`). Case mappings use Rust's full Unicode mappings;
//! predicates use tables generated from CPython 3.11 (see `unicode_tables.rs`).

use super::unicode_tables as t;
use super::{check_len, SResult, SupportError};

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let v = c as u32;
    table
        .binary_search_by(|&(a, b)| {
            if b < v {
                std::cmp::Ordering::Less
            } else if a > v {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `Py_UNICODE_ISSPACE`: the whitespace used by `split()`, `strip()`, `int()`...
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        in_table(t::SPACE, c)
    }
}

/// `Py_UNICODE_ISALPHA` (categories Lm Lt Lu Ll Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(t::ALPHA, c)
    }
}

/// `Py_UNICODE_ISDECIMAL` (category Nd).
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(t::DECIMAL, c)
    }
}

/// The value of a decimal digit (any script), as `Py_UNICODE_TODECIMAL`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let v = c as u32;
    let i = t::DECIMAL.partition_point(|&(_, b)| b < v);
    match t::DECIMAL.get(i) {
        Some(&(a, b)) if a <= v && v <= b => Some((v - a) % 10),
        _ => None,
    }
}

/// `Py_UNICODE_ISDIGIT`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(t::DIGIT, c)
    }
}

/// `Py_UNICODE_ISNUMERIC`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(t::NUMERIC, c)
    }
}

/// `Py_UNICODE_ISALNUM`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `Py_UNICODE_ISPRINTABLE`.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(t::PRINTABLE, c)
    }
}

/// `Py_UNICODE_ISLOWER`.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_table(t::LOWER, c)
    }
}

/// `Py_UNICODE_ISUPPER`.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_table(t::UPPER, c)
    }
}

/// `Py_UNICODE_ISTITLE` (category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(t::TITLE, c)
}

/// `_PyUnicode_IsCased`.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(t::CASED, c)
    }
}

/// `_PyUnicode_IsCaseIgnorable`.
pub fn is_case_ignorable(c: char) -> bool {
    in_table(t::CASE_IGNORABLE, c)
}

/// Whether `c` may start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_table(t::XID_START, c)
    }
}

/// Whether `c` may continue an identifier (XID_Continue).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_table(t::XID_CONTINUE, c)
    }
}

/// Python's line boundaries for `splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

// ---------------------------------------------------------------- predicates

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `str.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}
/// `str.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}
/// `str.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}
/// `str.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}
/// `str.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}
/// `str.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}
/// `str.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}
/// `str.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
/// `str.isidentifier()`.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}
/// `str.islower()`.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        } else if !cased && is_lower(c) {
            cased = true;
        }
    }
    cased
}
/// `str.isupper()`.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        } else if !cased && is_upper(c) {
            cased = true;
        }
    }
    cased
}
/// `str.istitle()`.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------- case mapping

/// `str.upper()` (full mappings: `'ß'.upper() == 'SS'`).
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// `str.lower()` (full mappings and the final-sigma rule).
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    out
}

fn push_casefold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let v = c as u32;
    match t::CASEFOLD_SPECIAL.binary_search_by_key(&v, |&(k, _)| k) {
        Ok(i) => out.push_str(t::CASEFOLD_SPECIAL[i].1),
        Err(_) => out.extend(c.to_lowercase()),
    }
}

fn push_title(out: &mut String, c: char) {
    let v = c as u32;
    match t::TITLE_SPECIAL.binary_search_by_key(&v, |&(k, _)| k) {
        Ok(i) => out.push_str(t::TITLE_SPECIAL[i].1),
        Err(_) => out.extend(c.to_uppercase()),
    }
}

/// `lower_ucs4`: the lowercase of `chars[i]`, applying the final-sigma rule to U+03A3.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let mut j = i;
    let mut before = None;
    while j > 0 {
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            before = Some(chars[j]);
            break;
        }
    }
    let mut final_sigma = before.is_some_and(is_cased);
    if final_sigma && i + 1 < chars.len() {
        let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
        final_sigma = match after {
            None => true,
            Some(&c) => !is_cased(c),
        };
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `str.capitalize()`: first character title-cased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `str.title()`.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------- indices

/// Code-point length of `s`.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `ADJUST_INDICES`: clamps optional `start`/`end` like a slice, but leaves
/// `start > len` as is (so empty-needle searches past the end fail as in CPython).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end += len;
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start += len;
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// Byte offset of code point `i` (clamped to the end).
fn byte_at(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// Code-point index of byte offset `b`.
fn cp_index(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

/// The window `s[start:end]` in bytes plus its code-point start, or `None` when
/// `end - start < need` (CPython's early `-1`/`0`/`False`).
fn window(
    s: &str,
    start: Option<i64>,
    end: Option<i64>,
    need: usize,
) -> Option<(usize, usize, i64)> {
    let (st, en) = adjust(start, end, char_len(s));
    if en - st < need as i64 {
        return None;
    }
    let bs = byte_at(s, st as usize);
    let be = byte_at(s, en as usize);
    Some((bs, be, st))
}

/// `str.find(sub, start, end)`.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((bs, be, st)) = window(s, start, end, char_len(sub)) else {
        return -1;
    };
    match s[bs..be].find(sub) {
        Some(p) => st + cp_index(&s[bs..], p) as i64,
        None => -1,
    }
}

/// `str.rfind(sub, start, end)`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((bs, be, st)) = window(s, start, end, char_len(sub)) else {
        return -1;
    };
    match s[bs..be].rfind(sub) {
        Some(p) => st + cp_index(&s[bs..], p) as i64,
        None => -1,
    }
}

/// `str.index(sub, start, end)`: `ValueError: substring not found` when absent.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> SResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(SupportError::value("substring not found")),
        i => Ok(i),
    }
}

/// `str.rindex(sub, start, end)`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> SResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(SupportError::value("substring not found")),
        i => Ok(i),
    }
}

/// `str.count(sub, start, end)` (non-overlapping).
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (st, en) = adjust(start, end, char_len(s));
    if en - st < 0 {
        return 0;
    }
    if sub.is_empty() {
        return en - st + 1;
    }
    match window(s, start, end, char_len(sub)) {
        None => 0,
        Some((bs, be, _)) => s[bs..be].matches(sub).count() as i64,
    }
}

/// `str.startswith(prefix, start, end)` for one prefix (the interpreter loops over tuples).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match window(s, start, end, char_len(prefix)) {
        None => false,
        Some((bs, be, _)) => s[bs..be].starts_with(prefix),
    }
}

/// `str.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match window(s, start, end, char_len(suffix)) {
        None => false,
        Some((bs, be, _)) => s[bs..be].ends_with(suffix),
    }
}

// ---------------------------------------------------------------- splitting

fn max_count(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `str.split(sep, maxsplit)`; `sep == None` splits on runs of whitespace.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> SResult<Vec<&'a str>> {
    let mut maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let b: Vec<(usize, char)> = s.char_indices().collect();
            let n = b.len();
            let off = |i: usize| if i < n { b[i].0 } else { s.len() };
            let mut i = 0;
            while maxcount > 0 {
                maxcount -= 1;
                while i < n && is_space(b[i].1) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                i += 1;
                while i < n && !is_space(b[i].1) {
                    i += 1;
                }
                out.push(&s[off(j)..off(i)]);
            }
            if i < n {
                while i < n && is_space(b[i].1) {
                    i += 1;
                }
                if i != n {
                    out.push(&s[off(i)..]);
                }
            }
        }
        Some("") => return Err(SupportError::value("empty separator")),
        Some(sep) => {
            let mut i = 0;
            while maxcount > 0 {
                let Some(p) = s[i..].find(sep) else { break };
                maxcount -= 1;
                out.push(&s[i..i + p]);
                i += p + sep.len();
            }
            out.push(&s[i..]);
        }
    }
    Ok(out)
}

/// `str.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> SResult<Vec<&'a str>> {
    let mut maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let b: Vec<(usize, char)> = s.char_indices().collect();
            let off = |i: usize| if i < b.len() { b[i].0 } else { s.len() };
            // i is one past the current position (CPython's signed i = len - 1).
            let mut i = b.len();
            while maxcount > 0 {
                maxcount -= 1;
                while i > 0 && is_space(b[i - 1].1) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                let j = i;
                i -= 1;
                while i > 0 && !is_space(b[i - 1].1) {
                    i -= 1;
                }
                out.push(&s[off(i)..off(j)]);
            }
            if i > 0 {
                while i > 0 && is_space(b[i - 1].1) {
                    i -= 1;
                }
                if i > 0 {
                    out.push(&s[..off(i)]);
                }
            }
        }
        Some("") => return Err(SupportError::value("empty separator")),
        Some(sep) => {
            let mut j = s.len();
            while maxcount > 0 {
                let Some(p) = s[..j].rfind(sep) else { break };
                maxcount -= 1;
                out.push(&s[p + sep.len()..j]);
                j = p;
            }
            out.push(&s[..j]);
        }
    }
    out.reverse();
    Ok(out)
}

/// `str.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let b: Vec<(usize, char)> = s.char_indices().collect();
    let n = b.len();
    let off = |i: usize| if i < n { b[i].0 } else { s.len() };
    let mut out = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    while i < n {
        while i < n && !is_linebreak(b[i].1) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if b[i].1 == '\r' && i + 1 < n && b[i + 1].1 == '\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&s[off(j)..off(eol)]);
        j = i;
    }
    out
}

/// `str.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> SResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(SupportError::value("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> SResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(SupportError::value("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => ("", "", s),
    })
}

// ---------------------------------------------------------------- stripping

fn strip_pred<'a>(s: &'a str, chars: Option<&str>, left: bool, right: bool) -> &'a str {
    let f = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(f);
    }
    if right {
        r = r.trim_end_matches(f);
    }
    r
}

/// `str.strip(chars)` (`None`: whitespace).
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_pred(s, chars, true, true)
}
/// `str.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_pred(s, chars, true, false)
}
/// `str.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_pred(s, chars, false, true)
}

// ---------------------------------------------------------------- rewriting

/// `str.replace(old, new, count)` (`count < 0`: all). An empty `old` inserts `new`
/// before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let mut maxcount = max_count(count);
    if maxcount == 0 || old == new {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    if old.is_empty() {
        let mut it = s.chars();
        loop {
            if maxcount == 0 {
                out.push_str(it.as_str());
                break;
            }
            out.push_str(new);
            maxcount -= 1;
            match it.next() {
                Some(c) => out.push(c),
                None => break,
            }
        }
        return out;
    }
    let mut i = 0;
    while maxcount > 0 {
        let Some(p) = s[i..].find(old) else { break };
        out.push_str(&s[i..i + p]);
        out.push_str(new);
        i += p + old.len();
        maxcount -= 1;
    }
    out.push_str(&s[i..]);
    out
}

/// `str.expandtabs(tabsize)`: columns restart after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> SResult<String> {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                check_len(out.len() as u128 + incr as u128)?;
                col += incr;
                for _ in 0..incr {
                    out.push(' ');
                }
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `str.center(width, fillchar)` (CPython's odd-width bias included).
pub fn center(s: &str, width: i64, fill: char) -> SResult<String> {
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(s.to_string());
    }
    check_len(width as u128)?;
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    Ok(pad(s, left as usize, (marg - left) as usize, fill))
}

/// `str.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fill: char) -> SResult<String> {
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(s.to_string());
    }
    check_len(width as u128)?;
    Ok(pad(s, 0, (width - len) as usize, fill))
}

/// `str.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fill: char) -> SResult<String> {
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(s.to_string());
    }
    check_len(width as u128)?;
    Ok(pad(s, (width - len) as usize, 0, fill))
}

/// `str.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, width: i64) -> SResult<String> {
    let len = char_len(s) as i64;
    if len >= width {
        return Ok(s.to_string());
    }
    check_len(width as u128)?;
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(fill + s.len());
    let rest = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(out)
}

// ---------------------------------------------------------------- translate

/// What a `str.translate` table yields for one code point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translation {
    /// The lookup raised `LookupError`: keep the character.
    Keep,
    /// The table maps to `None`: delete the character.
    Delete,
    /// The table maps to an int: that code point (already range-checked with
    /// [`translation_char`]).
    Char(char),
    /// The table maps to a str: insert it.
    Str(String),
}

/// Checks an int from a translate table: `ValueError: character mapping must be in
/// range(0x110000)` when out of range.
pub fn translation_char(v: i64) -> SResult<char> {
    if !(0..0x110000).contains(&v) {
        return Err(SupportError::value(
            "character mapping must be in range(0x110000)",
        ));
    }
    char::from_u32(v as u32).ok_or_else(|| {
        SupportError::new(
            "UnicodeEncodeError",
            format!("surrogate code point U+{:04X} is not supported", v),
        )
    })
}

/// `str.translate(table)`: `lookup(ord(c))` is `table[ord(c)]` as interpreted by the
/// caller (its `TypeError: character mapping must return integer, None or str` for
/// other values is raised inside `lookup`).
pub fn translate(s: &str, mut lookup: impl FnMut(u32) -> SResult<Translation>) -> SResult<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c as u32)? {
            Translation::Keep => out.push(c),
            Translation::Delete => {}
            Translation::Char(r) => out.push(r),
            Translation::Str(r) => out.push_str(&r),
        }
    }
    Ok(out)
}

/// `str.maketrans(x, y[, z])` for str arguments: the `{ord: ord}` pairs in insertion
/// order (later duplicates overwrite earlier ones in the dict), then `{ord: None}` for
/// each character of `z`.
pub fn maketrans(x: &str, y: &str, z: Option<&str>) -> SResult<Vec<(u32, Option<u32>)>> {
    if char_len(x) != char_len(y) {
        return Err(SupportError::value(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let mut out: Vec<(u32, Option<u32>)> = Vec::new();
    let mut put = |k: u32, v: Option<u32>| match out.iter_mut().find(|(kk, _)| *kk == k) {
        Some(slot) => slot.1 = v,
        None => out.push((k, v)),
    };
    for (a, b) in x.chars().zip(y.chars()) {
        put(a as u32, Some(b as u32));
    }
    for c in z.unwrap_or("").chars() {
        put(c as u32, None);
    }
    Ok(out)
}

// ---------------------------------------------------------------- repr

/// `repr(s)` for a str: `'...'` unless the text has `'` and no `"`; escapes `\\`, the
/// quote, `\t \n \r`, other controls as `\xNN`, and non-printable non-ASCII as
/// `\xNN`/`\uNNNN`/`\UNNNNNNNN`.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_ascii() => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{:02x}", v));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", v));
                } else {
                    out.push_str(&format!("\\U{:08x}", v));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `ascii(s)` for a str.
pub fn ascii_str(s: &str) -> String {
    super::percent::ascii_escape(&repr_str(s))
}

/// `repr(b)` for bytes (`b'...'`), and with `prefix = "bytearray(b"` style wrapping
/// left to the caller.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{:02x}", c)),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One argument of a case line.
    #[derive(Debug)]
    enum A {
        S(String),
        I(i64),
        B(bool),
        None,
    }

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('u') => {
                    let hex: String = it.by_ref().skip(1).take_while(|&c| c != '}').collect();
                    let v = u32::from_str_radix(&hex, 16).expect("hex escape");
                    out.push(char::from_u32(v).expect("scalar value"));
                }
                Some(other) => out.push(other),
                None => {}
            }
        }
        out
    }

    fn parse_arg(tok: &str) -> A {
        if tok == "~" {
            A::None
        } else if let Some(s) = tok.strip_prefix("s:") {
            A::S(unescape(s))
        } else if let Some(i) = tok.strip_prefix("i:") {
            A::I(i.parse().expect("int arg"))
        } else if let Some(b) = tok.strip_prefix("b:") {
            A::B(b == "1")
        } else {
            panic!("bad arg token {tok:?}")
        }
    }

    fn s(a: &A) -> &str {
        match a {
            A::S(s) => s,
            other => panic!("expected str, got {other:?}"),
        }
    }
    fn os(a: &A) -> Option<&str> {
        match a {
            A::None => None,
            other => Some(s(other)),
        }
    }
    fn i(a: &A) -> i64 {
        match a {
            A::I(i) => *i,
            other => panic!("expected int, got {other:?}"),
        }
    }
    fn oi(a: &A) -> Option<i64> {
        match a {
            A::None => None,
            other => Some(i(other)),
        }
    }
    fn ch(a: &A) -> char {
        s(a).chars().next().expect("fill char")
    }

    fn py_bool(b: bool) -> String {
        if b { "True" } else { "False" }.to_string()
    }
    fn py_list(v: &[&str]) -> String {
        let items: Vec<String> = v.iter().map(|x| repr_str(x)).collect();
        format!("[{}]", items.join(", "))
    }
    fn py_tuple(t: (&str, &str, &str)) -> String {
        format!("({}, {}, {})", repr_str(t.0), repr_str(t.1), repr_str(t.2))
    }
    fn py<T>(r: SResult<T>, f: impl Fn(T) -> String) -> String {
        match r {
            Ok(v) => f(v),
            Err(e) => format!("!{}: {}", e.kind, e.msg),
        }
    }

    /// Runs one case and renders the result as CPython's `repr`.
    fn run(name: &str, a: &[A]) -> String {
        match name {
            "isspace" => py_bool(isspace(s(&a[0]))),
            "isalpha" => py_bool(isalpha(s(&a[0]))),
            "isalnum" => py_bool(isalnum(s(&a[0]))),
            "isdecimal" => py_bool(isdecimal(s(&a[0]))),
            "isdigit" => py_bool(isdigit(s(&a[0]))),
            "isnumeric" => py_bool(isnumeric(s(&a[0]))),
            "isprintable" => py_bool(isprintable(s(&a[0]))),
            "isascii" => py_bool(isascii(s(&a[0]))),
            "isidentifier" => py_bool(isidentifier(s(&a[0]))),
            "islower" => py_bool(islower(s(&a[0]))),
            "isupper" => py_bool(isupper(s(&a[0]))),
            "istitle" => py_bool(istitle(s(&a[0]))),
            "upper" => repr_str(&upper(s(&a[0]))),
            "lower" => repr_str(&lower(s(&a[0]))),
            "casefold" => repr_str(&casefold(s(&a[0]))),
            "capitalize" => repr_str(&capitalize(s(&a[0]))),
            "title" => repr_str(&title(s(&a[0]))),
            "swapcase" => repr_str(&swapcase(s(&a[0]))),
            "repr" => repr_str(&repr_str(s(&a[0]))),
            "ascii" => repr_str(&ascii_str(s(&a[0]))),
            "split" => py(split(s(&a[0]), os(&a[1]), i(&a[2])), |v| py_list(&v)),
            "rsplit" => py(rsplit(s(&a[0]), os(&a[1]), i(&a[2])), |v| py_list(&v)),
            "splitlines" => {
                let keep = matches!(a[1], A::B(true));
                py_list(&splitlines(s(&a[0]), keep))
            }
            "strip" => repr_str(strip(s(&a[0]), os(&a[1]))),
            "lstrip" => repr_str(lstrip(s(&a[0]), os(&a[1]))),
            "rstrip" => repr_str(rstrip(s(&a[0]), os(&a[1]))),
            "partition" => py(partition(s(&a[0]), s(&a[1])), py_tuple),
            "rpartition" => py(rpartition(s(&a[0]), s(&a[1])), py_tuple),
            "replace" => repr_str(&replace(s(&a[0]), s(&a[1]), s(&a[2]), i(&a[3]))),
            "center" => py(center(s(&a[0]), i(&a[1]), ch(&a[2])), |v| repr_str(&v)),
            "ljust" => py(ljust(s(&a[0]), i(&a[1]), ch(&a[2])), |v| repr_str(&v)),
            "rjust" => py(rjust(s(&a[0]), i(&a[1]), ch(&a[2])), |v| repr_str(&v)),
            "zfill" => py(zfill(s(&a[0]), i(&a[1])), |v| repr_str(&v)),
            "expandtabs" => py(expandtabs(s(&a[0]), i(&a[1])), |v| repr_str(&v)),
            "find" => find(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3])).to_string(),
            "rfind" => rfind(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3])).to_string(),
            "count" => count(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3])).to_string(),
            "startswith" => py_bool(startswith(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3]))),
            "endswith" => py_bool(endswith(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3]))),
            "index" => py(index(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3])), |v| {
                v.to_string()
            }),
            "rindex" => py(rindex(s(&a[0]), s(&a[1]), oi(&a[2]), oi(&a[3])), |v| {
                v.to_string()
            }),
            other => panic!("unknown method {other}"),
        }
    }

    /// Every line of testdata/strings_cases.txt was produced by CPython 3.11.7
    /// (`gen_strings_cases.py`); all must match.
    #[test]
    fn cpython_cases() {
        let data = include_str!("testdata/strings_cases.txt");
        let mut failures = Vec::new();
        let mut n = 0;
        for line in data.lines().filter(|l| !l.is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            let arrow = fields.iter().position(|f| *f == "=>").expect("=> field");
            let args: Vec<A> = fields[1..arrow].iter().map(|t| parse_arg(t)).collect();
            let want = unescape(fields[arrow + 1]);
            let got = run(fields[0], &args);
            n += 1;
            if got != want {
                failures.push(format!("{line}\n    got: {got}"));
            }
        }
        assert!(n > 10_000, "only {n} cases read");
        assert!(
            failures.is_empty(),
            "{} of {n} failed:\n{}",
            failures.len(),
            failures[..failures.len().min(20)].join("\n")
        );
    }

    #[test]
    fn bytes_repr() {
        assert_eq!(repr_bytes(b""), "b''");
        assert_eq!(repr_bytes(b"abc"), "b'abc'");
        assert_eq!(repr_bytes(b"a'b"), "b\"a'b\"");
        assert_eq!(repr_bytes(b"a\"b"), "b'a\"b'");
        assert_eq!(repr_bytes(b"a'\"b"), "b'a\\'\"b'");
        assert_eq!(
            repr_bytes(b"\x00\x7f\x80\xff\t\n\r\\"),
            "b'\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\'"
        );
    }

    #[test]
    fn translate_and_maketrans() {
        // python3: str.maketrans('ab', 'xy', 'c') == {97: 120, 98: 121, 99: None}
        assert_eq!(
            maketrans("ab", "xy", Some("c")).unwrap(),
            vec![(97, Some(120)), (98, Some(121)), (99, None)]
        );
        assert_eq!(maketrans("aa", "xy", None).unwrap(), vec![(97, Some(121))]);
        assert_eq!(
            maketrans("ab", "x", None).unwrap_err().msg,
            "the first two maketrans arguments must have equal length"
        );
        assert_eq!(
            translation_char(0x110000).unwrap_err().msg,
            "character mapping must be in range(0x110000)"
        );
        assert!(translation_char(-1).is_err());
        // python3: 'abcd'.translate({97: 'XY', 98: None, 99: 100}) == 'XYdd'
        let got = translate("abcd", |c| {
            Ok(match c {
                97 => Translation::Str("XY".into()),
                98 => Translation::Delete,
                99 => Translation::Char(translation_char(100)?),
                _ => Translation::Keep,
            })
        })
        .unwrap();
        assert_eq!(got, "XYdd");
    }

    #[test]
    fn huge_widths_are_memory_errors() {
        assert_eq!(center("a", i64::MAX, ' ').unwrap_err().kind, "MemoryError");
        assert_eq!(zfill("1", 1 << 62).unwrap_err().kind, "MemoryError");
        assert_eq!(expandtabs("\t", 1 << 62).unwrap_err().kind, "MemoryError");
        assert_eq!(ljust("abc", 2, ' ').unwrap(), "abc");
    }

    #[test]
    fn decimal_values() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{667}'), Some(7));
        assert_eq!(decimal_value('\u{1d7d9}'), Some(1));
        assert_eq!(decimal_value('\u{b2}'), None);
        assert_eq!(decimal_value('x'), None);
    }
}
