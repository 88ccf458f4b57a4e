//! `bytes`/`bytearray` method algorithms on `&[u8]` as CPython 3.11 implements them
//! (Objects/bytes_methods.c, stringlib): ASCII-only whitespace and case rules, byte
//! indices, `hex()`/`fromhex()` and their error messages.

use super::{check_len, SResult, SupportError};

/// `Py_ISSPACE` on a byte: space, `\t \n \v \f \r`.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    if n.len() == 1 {
        return h.iter().position(|&b| b == n[0]);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn window(b: &[u8], start: Option<i64>, end: Option<i64>, need: usize) -> Option<(usize, usize)> {
    let (s, e) = adjust(start, end, b.len());
    if e - s < need as i64 {
        return None;
    }
    Some((s as usize, e as usize))
}

/// `bytes.find(sub, start, end)` (an int argument becomes a one-byte `sub`, see
/// [`byte_arg`]).
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    match window(b, start, end, sub.len()) {
        Some((s, e)) => find_sub(&b[s..e], sub).map_or(-1, |p| (s + p) as i64),
        None => -1,
    }
}

/// `bytes.rfind(sub, start, end)`.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    match window(b, start, end, sub.len()) {
        Some((s, e)) => rfind_sub(&b[s..e], sub).map_or(-1, |p| (s + p) as i64),
        None => -1,
    }
}

/// `bytes.index(sub, ...)`: `ValueError: subsection not found`.
pub fn index(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> SResult<i64> {
    match find(b, sub, start, end) {
        -1 => Err(SupportError::value("subsection not found")),
        i => Ok(i),
    }
}

/// `bytes.rindex(sub, ...)`.
pub fn rindex(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> SResult<i64> {
    match rfind(b, sub, start, end) {
        -1 => Err(SupportError::value("subsection not found")),
        i => Ok(i),
    }
}

/// `bytes.count(sub, start, end)`.
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (s, e) = adjust(start, end, b.len());
    if e - s < 0 {
        return 0;
    }
    if sub.is_empty() {
        return e - s + 1;
    }
    let Some((s, e)) = window(b, start, end, sub.len()) else {
        return 0;
    };
    let h = &b[s..e];
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&h[i..], sub) {
        n += 1;
        i += p + sub.len();
    }
    n
}

/// `bytes.startswith(prefix, start, end)`.
pub fn startswith(b: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(b, start, end, prefix.len()).is_some_and(|(s, e)| b[s..e].starts_with(prefix))
}

/// `bytes.endswith(suffix, start, end)`.
pub fn endswith(b: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    window(b, start, end, suffix.len()).is_some_and(|(s, e)| b[s..e].ends_with(suffix))
}

/// An int used where a byte is expected (`b.find(97)`): `ValueError: byte must be in
/// range(0, 256)`.
pub fn byte_arg(v: i64) -> SResult<u8> {
    u8::try_from(v).map_err(|_| SupportError::value("byte must be in range(0, 256)"))
}

fn max_count(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `bytes.split(sep, maxsplit)`.
pub fn split<'a>(b: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> SResult<Vec<&'a [u8]>> {
    let mut maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let n = b.len();
            let mut i = 0;
            while maxcount > 0 {
                maxcount -= 1;
                while i < n && is_space(b[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                i += 1;
                while i < n && !is_space(b[i]) {
                    i += 1;
                }
                out.push(&b[j..i]);
            }
            if i < n {
                while i < n && is_space(b[i]) {
                    i += 1;
                }
                if i != n {
                    out.push(&b[i..]);
                }
            }
        }
        Some([]) => return Err(SupportError::value("empty separator")),
        Some(sep) => {
            let mut i = 0;
            while maxcount > 0 {
                let Some(p) = find_sub(&b[i..], sep) else {
                    break;
                };
                maxcount -= 1;
                out.push(&b[i..i + p]);
                i += p + sep.len();
            }
            out.push(&b[i..]);
        }
    }
    Ok(out)
}

/// `bytes.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(b: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> SResult<Vec<&'a [u8]>> {
    let mut maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = b.len();
            while maxcount > 0 {
                maxcount -= 1;
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                let j = i;
                i -= 1;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                out.push(&b[i..j]);
            }
            if i > 0 {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i > 0 {
                    out.push(&b[..i]);
                }
            }
        }
        Some([]) => return Err(SupportError::value("empty separator")),
        Some(sep) => {
            let mut j = b.len();
            while maxcount > 0 {
                let Some(p) = rfind_sub(&b[..j], sep) else {
                    break;
                };
                maxcount -= 1;
                out.push(&b[p + sep.len()..j]);
                j = p;
            }
            out.push(&b[..j]);
        }
    }
    out.reverse();
    Ok(out)
}

/// `bytes.splitlines(keepends)` (only `\n`, `\r`, `\r\n` end lines).
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let n = b.len();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&b[j..eol]);
        j = i;
    }
    out
}

/// `bytes.strip(chars)` / `lstrip` / `rstrip` (`left`, `right` select the sides).
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let f = |c: u8| match chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && f(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && f(b[e - 1]) {
            e -= 1;
        }
    }
    &b[s..e]
}

/// `bytes.partition(sep)`.
pub fn partition<'a>(b: &'a [u8], sep: &[u8]) -> SResult<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.is_empty() {
        return Err(SupportError::value("empty separator"));
    }
    Ok(match find_sub(b, sep) {
        Some(p) => (&b[..p], &b[p..p + sep.len()], &b[p + sep.len()..]),
        None => (b, &b[b.len()..], &b[b.len()..]),
    })
}

/// `bytes.rpartition(sep)`.
pub fn rpartition<'a>(b: &'a [u8], sep: &[u8]) -> SResult<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.is_empty() {
        return Err(SupportError::value("empty separator"));
    }
    Ok(match rfind_sub(b, sep) {
        Some(p) => (&b[..p], &b[p..p + sep.len()], &b[p + sep.len()..]),
        None => (&b[..0], &b[..0], b),
    })
}

/// `bytes.replace(old, new, count)`.
pub fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> SResult<Vec<u8>> {
    let mut maxcount = max_count(count);
    if maxcount == 0 || old == new {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        let slots = (b.len() as u128 + 1).min(maxcount as u128);
        check_len(b.len() as u128 + slots * new.len() as u128)?;
        let mut i = 0;
        loop {
            if maxcount == 0 {
                out.extend_from_slice(&b[i..]);
                break;
            }
            out.extend_from_slice(new);
            maxcount -= 1;
            if i == b.len() {
                break;
            }
            out.push(b[i]);
            i += 1;
        }
        return Ok(out);
    }
    let mut i = 0;
    while maxcount > 0 {
        let Some(p) = find_sub(&b[i..], old) else {
            break;
        };
        out.extend_from_slice(&b[i..i + p]);
        out.extend_from_slice(new);
        i += p + old.len();
        maxcount -= 1;
    }
    out.extend_from_slice(&b[i..]);
    Ok(out)
}

/// `bytes.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}
/// `bytes.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}
/// `bytes.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c
            }
        })
        .collect()
}
/// `bytes.capitalize()`.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}
/// `bytes.title()`.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn all_nonempty(b: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(|&c| f(c))
}
/// `bytes.isalpha()`.
pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, |c| c.is_ascii_alphabetic())
}
/// `bytes.isdigit()`.
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, |c| c.is_ascii_digit())
}
/// `bytes.isalnum()`.
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, |c| c.is_ascii_alphanumeric())
}
/// `bytes.isspace()`.
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, is_space)
}
/// `bytes.isascii()`.
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}
/// `bytes.islower()`.
pub fn islower(b: &[u8]) -> bool {
    b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase())
}
/// `bytes.isupper()`.
pub fn isupper(b: &[u8]) -> bool {
    b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase())
}
/// `bytes.istitle()`.
pub fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(left + b.len() + right, fill);
    out
}

/// `bytes.center(width, fillbyte)`.
pub fn center(b: &[u8], width: i64, fill: u8) -> SResult<Vec<u8>> {
    let len = b.len() as i64;
    if len >= width {
        return Ok(b.to_vec());
    }
    check_len(width as u128)?;
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    Ok(pad(b, left as usize, (marg - left) as usize, fill))
}
/// `bytes.ljust(width, fillbyte)`.
pub fn ljust(b: &[u8], width: i64, fill: u8) -> SResult<Vec<u8>> {
    let len = b.len() as i64;
    if len >= width {
        return Ok(b.to_vec());
    }
    check_len(width as u128)?;
    Ok(pad(b, 0, (width - len) as usize, fill))
}
/// `bytes.rjust(width, fillbyte)`.
pub fn rjust(b: &[u8], width: i64, fill: u8) -> SResult<Vec<u8>> {
    let len = b.len() as i64;
    if len >= width {
        return Ok(b.to_vec());
    }
    check_len(width as u128)?;
    Ok(pad(b, (width - len) as usize, 0, fill))
}
/// `bytes.zfill(width)`.
pub fn zfill(b: &[u8], width: i64) -> SResult<Vec<u8>> {
    let len = b.len() as i64;
    if len >= width {
        return Ok(b.to_vec());
    }
    check_len(width as u128)?;
    let fill = (width - len) as usize;
    let mut out = pad(b, fill, 0, b'0');
    if matches!(out.get(fill), Some(b'+' | b'-')) {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Ok(out)
}

/// `bytes.expandtabs(tabsize)`.
pub fn expandtabs(b: &[u8], tabsize: i64) -> SResult<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                check_len(out.len() as u128 + incr as u128)?;
                col += incr;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// `bytes.hex()` / `bytes.hex(sep, bytes_per_sep)`: groups count from the right for a
/// positive `bytes_per_sep`, from the left for a negative one.
pub fn hex(b: &[u8], sep: Option<&str>, bytes_per_sep: i64) -> SResult<String> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let sep = match sep {
        None => None,
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(SupportError::value("sep must be ASCII.")),
                _ => return Err(SupportError::value("sep must be length 1.")),
            }
        }
    };
    let mut out = String::with_capacity(b.len() * 3);
    let group = bytes_per_sep.unsigned_abs() as usize;
    let n = b.len();
    for (i, &x) in b.iter().enumerate() {
        if let Some(sc) = sep {
            if group > 0 && i > 0 {
                let boundary = if bytes_per_sep > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(sc);
                }
            }
        }
        out.push(HEX[(x >> 4) as usize] as char);
        out.push(HEX[(x & 15) as usize] as char);
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace allowed between pairs.
pub fn fromhex(s: &str) -> SResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let err = |pos: usize| {
        SupportError::value(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            pos
        ))
    };
    let is_ws = |c: char| c.is_ascii() && is_space(c as u8);
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if is_ws(chars[i]) {
            while i < chars.len() && is_ws(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
        }
        let top = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| err(i))?;
        i += 1;
        let bot = chars
            .get(i)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or_else(|| err(i))?;
        i += 1;
        out.push((top * 16 + bot) as u8);
    }
    Ok(out)
}

/// `bytes.maketrans(from, to)`: the 256-byte identity table with `from[i] -> to[i]`.
pub fn maketrans(from: &[u8], to: &[u8]) -> SResult<Vec<u8>> {
    if from.len() != to.len() {
        return Err(SupportError::value(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in from.iter().zip(to) {
        table[a as usize] = b;
    }
    Ok(table)
}

/// `bytes.translate(table, delete)`; `table` is `None` for deletion only.
pub fn translate(b: &[u8], table: Option<&[u8]>, delete: &[u8]) -> SResult<Vec<u8>> {
    if let Some(t) = table {
        if t.len() != 256 {
            return Err(SupportError::value(
                "translation table must be 256 characters long",
            ));
        }
    }
    let mut del = [false; 256];
    for &d in delete {
        del[d as usize] = true;
    }
    Ok(b.iter()
        .filter(|&&c| !del[c as usize])
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::strings::{repr_bytes, repr_str};

    #[derive(Debug)]
    enum A {
        Y(Vec<u8>),
        S(String),
        I(i64),
        B(bool),
        None,
    }

    /// Undoes Python's `unicode_escape` (`\\`, `\t`, `\n`, `\r`, `\xNN`, `\uNNNN`).
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('x') => {
                    let h: String = it.by_ref().take(2).collect();
                    out.push(char::from_u32(u32::from_str_radix(&h, 16).unwrap()).unwrap());
                }
                Some('u') => {
                    let h: String = it.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&h, 16).unwrap()).unwrap());
                }
                Some(other) => out.push(other),
                None => {}
            }
        }
        out
    }

    fn parse_arg(t: &str) -> A {
        if t == "~" {
            A::None
        } else if let Some(h) = t.strip_prefix("y:") {
            A::Y(
                (0..h.len() / 2)
                    .map(|k| u8::from_str_radix(&h[2 * k..2 * k + 2], 16).unwrap())
                    .collect(),
            )
        } else if let Some(s) = t.strip_prefix("s:") {
            A::S(unescape(s))
        } else if let Some(i) = t.strip_prefix("i:") {
            A::I(i.parse().unwrap())
        } else if let Some(b) = t.strip_prefix("b:") {
            A::B(b == "1")
        } else {
            panic!("bad arg {t:?}")
        }
    }

    fn y(a: &A) -> &[u8] {
        match a {
            A::Y(v) => v,
            other => panic!("expected bytes, got {other:?}"),
        }
    }
    fn oy(a: &A) -> Option<&[u8]> {
        match a {
            A::None => None,
            other => Some(y(other)),
        }
    }
    fn i(a: &A) -> i64 {
        match a {
            A::I(v) => *v,
            other => panic!("expected int, got {other:?}"),
        }
    }
    fn oi(a: &A) -> Option<i64> {
        match a {
            A::None => None,
            other => Some(i(other)),
        }
    }
    fn os(a: &A) -> Option<&str> {
        match a {
            A::None => None,
            A::S(s) => Some(s),
            other => panic!("expected str, got {other:?}"),
        }
    }
    fn pb(v: bool) -> String {
        if v { "True" } else { "False" }.to_string()
    }
    fn list(v: &[&[u8]]) -> String {
        format!(
            "[{}]",
            v.iter()
                .map(|x| repr_bytes(x))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
    fn tup(t: (&[u8], &[u8], &[u8])) -> String {
        format!(
            "({}, {}, {})",
            repr_bytes(t.0),
            repr_bytes(t.1),
            repr_bytes(t.2)
        )
    }
    fn py<T>(r: SResult<T>, g: impl Fn(T) -> String) -> String {
        match r {
            Ok(v) => g(v),
            Err(e) => format!("!{}: {}", e.kind, e.msg),
        }
    }

    fn run(name: &str, a: &[A]) -> String {
        let rb = |v: Vec<u8>| repr_bytes(&v);
        match name {
            "isalpha" => pb(isalpha(y(&a[0]))),
            "isdigit" => pb(isdigit(y(&a[0]))),
            "isalnum" => pb(isalnum(y(&a[0]))),
            "isspace" => pb(isspace(y(&a[0]))),
            "isascii" => pb(isascii(y(&a[0]))),
            "islower" => pb(islower(y(&a[0]))),
            "isupper" => pb(isupper(y(&a[0]))),
            "istitle" => pb(istitle(y(&a[0]))),
            "upper" => rb(upper(y(&a[0]))),
            "lower" => rb(lower(y(&a[0]))),
            "swapcase" => rb(swapcase(y(&a[0]))),
            "capitalize" => rb(capitalize(y(&a[0]))),
            "title" => rb(title(y(&a[0]))),
            "split" => py(split(y(&a[0]), oy(&a[1]), i(&a[2])), |v| list(&v)),
            "rsplit" => py(rsplit(y(&a[0]), oy(&a[1]), i(&a[2])), |v| list(&v)),
            "splitlines" => list(&splitlines(y(&a[0]), matches!(a[1], A::B(true)))),
            "strip" => repr_bytes(strip(y(&a[0]), oy(&a[1]), true, true)),
            "lstrip" => repr_bytes(strip(y(&a[0]), oy(&a[1]), true, false)),
            "rstrip" => repr_bytes(strip(y(&a[0]), oy(&a[1]), false, true)),
            "partition" => py(partition(y(&a[0]), y(&a[1])), tup),
            "rpartition" => py(rpartition(y(&a[0]), y(&a[1])), tup),
            "replace" => py(replace(y(&a[0]), y(&a[1]), y(&a[2]), i(&a[3])), rb),
            "center" => py(center(y(&a[0]), i(&a[1]), y(&a[2])[0]), rb),
            "ljust" => py(ljust(y(&a[0]), i(&a[1]), y(&a[2])[0]), rb),
            "rjust" => py(rjust(y(&a[0]), i(&a[1]), y(&a[2])[0]), rb),
            "zfill" => py(zfill(y(&a[0]), i(&a[1])), rb),
            "expandtabs" => py(expandtabs(y(&a[0]), i(&a[1])), rb),
            "find" => find(y(&a[0]), y(&a[1]), oi(&a[2]), oi(&a[3])).to_string(),
            "rfind" => rfind(y(&a[0]), y(&a[1]), oi(&a[2]), oi(&a[3])).to_string(),
            "count" => count(y(&a[0]), y(&a[1]), oi(&a[2]), oi(&a[3])).to_string(),
            "startswith" => pb(startswith(y(&a[0]), y(&a[1]), oi(&a[2]), oi(&a[3]))),
            "endswith" => pb(endswith(y(&a[0]), y(&a[1]), oi(&a[2]), oi(&a[3]))),
            "index" => py(index(y(&a[0]), y(&a[1]), oi(&a[2]), oi(&a[3])), |v| {
                v.to_string()
            }),
            "rindex" => py(rindex(y(&a[0]), y(&a[1]), oi(&a[2]), oi(&a[3])), |v| {
                v.to_string()
            }),
            "hex" => py(hex(y(&a[0]), os(&a[1]), i(&a[2])), |s| repr_str(&s)),
            "fromhex" => py(fromhex(os(&a[0]).unwrap_or("")), rb),
            other => panic!("unknown method {other}"),
        }
    }

    /// Every line of testdata/bytes_cases.txt was produced by CPython 3.11.7
    /// (`gen_bytes_cases.py`).
    #[test]
    fn cpython_cases() {
        let data = include_str!("testdata/bytes_cases.txt");
        let mut failures = Vec::new();
        let mut n = 0;
        for line in data.lines().filter(|l| !l.is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let arrow = f.iter().position(|x| *x == "=>").expect("=> field");
            let args: Vec<A> = f[1..arrow].iter().map(|t| parse_arg(t)).collect();
            let want = unescape(f[arrow + 1]);
            let got = run(f[0], &args);
            n += 1;
            if got != want {
                failures.push(format!("{line}\n    got: {got}"));
            }
        }
        assert!(n > 5000, "only {n} cases read");
        assert!(
            failures.is_empty(),
            "{} of {n} failed:\n{}",
            failures.len(),
            failures[..failures.len().min(20)].join("\n")
        );
    }

    #[test]
    fn translate_tables() {
        // python3 results
        assert_eq!(
            maketrans(b"ab", b"x").unwrap_err().msg,
            "maketrans arguments must have same length"
        );
        let t = maketrans(b"ab", b"xy").unwrap();
        assert_eq!(&t[97..100], b"xyc");
        assert_eq!(translate(b"abc", Some(&t), b"c").unwrap(), b"xy".to_vec());
        assert_eq!(translate(b"abc", None, b"b").unwrap(), b"ac".to_vec());
        assert_eq!(
            translate(b"abc", Some(b"x"), b"").unwrap_err().msg,
            "translation table must be 256 characters long"
        );
    }

    #[test]
    fn byte_args() {
        assert_eq!(byte_arg(97).unwrap(), 97);
        assert_eq!(
            byte_arg(300).unwrap_err().msg,
            "byte must be in range(0, 256)"
        );
    }
}
