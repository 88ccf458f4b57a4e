//! Complex-number arithmetic and parsing exactly as CPython 3.11's
//! Objects/complexobject.c: Smith's division, `**` (integer exponents by repeated
//! squaring, otherwise polar form), `abs()`, and `complex(str)`.

use super::{SResult, SupportError};

/// A complex value `(real, imag)`.
pub type Complex = (f64, f64);

/// `a + b`.
pub fn add(a: Complex, b: Complex) -> Complex {
    (a.0 + b.0, a.1 + b.1)
}

/// `a - b`.
pub fn sub(a: Complex, b: Complex) -> Complex {
    (a.0 - b.0, a.1 - b.1)
}

/// `a * b` (`_Py_c_prod`).
pub fn mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot` without the error: `None` when dividing by zero.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a / b`: `ZeroDivisionError: complex division by zero`.
pub fn div(a: Complex, b: Complex) -> SResult<Complex> {
    quot(a, b).ok_or_else(|| SupportError::new("ZeroDivisionError", "complex division by zero"))
}

fn powu(x: Complex, n: i64) -> Complex {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b` for complex numbers (`complex_pow`).
pub fn pow(a: Complex, b: Complex) -> SResult<Complex> {
    let zero_err = || SupportError::new("ZeroDivisionError", "0.0 to a negative or complex power");
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n)
        } else {
            quot((1.0, 0.0), powu(a, -n)).ok_or_else(zero_err)?
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_err());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        // libm's cos/sin of an infinite phase set errno = EDOM, which CPython then
        // reports as this ZeroDivisionError.
        if phase.is_infinite() {
            return Err(zero_err());
        }
        (len * phase.cos(), len * phase.sin())
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(SupportError::overflow("complex exponentiation"));
    }
    Ok(p)
}

/// `abs(z)`: C99 infinities first, else `hypot`; `OverflowError: absolute value too
/// large` on overflow.
pub fn abs(z: Complex) -> SResult<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return Ok(z.0.abs());
        }
        if z.1.is_infinite() {
            return Ok(z.1.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if !r.is_finite() {
        return Err(SupportError::overflow("absolute value too large"));
    }
    Ok(r)
}

/// `_PyOS_ascii_strtod` on a prefix: the float at the start of `s` and its length.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let sign = |v: f64| if neg { -v } else { v };
    if lower.starts_with(b"infinity") {
        return Some((sign(f64::INFINITY), i + 8));
    }
    if lower.starts_with(b"inf") {
        return Some((sign(f64::INFINITY), i + 3));
    }
    if lower.starts_with(b"nan") {
        return Some((sign(f64::NAN), i + 3));
    }
    let start = i;
    let mut digits = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        if j < s.len() && s[j].is_ascii_digit() {
            while j < s.len() && s[j].is_ascii_digit() {
                j += 1;
            }
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[start..i]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((sign(v), i))
}

/// `complex(s)` for a str: `<float>`, `<float>j`, `<float><signed-float>j`, the legacy
/// `<float><sign>j`, `<sign>j`, `j`, optional parentheses and whitespace, PEP 515
/// underscores; `ValueError: complex() arg is a malformed string` otherwise.
pub fn complex_from_str(text: &str) -> SResult<Complex> {
    let malformed = || SupportError::value("complex() arg is a malformed string");
    // Underscore rules and Unicode digits/spaces are exactly float()'s; reuse them by
    // validating through the same transformation.
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else if super::strings::is_space(c) {
            ascii.push(' ');
        } else if let Some(d) = super::strings::decimal_value(c) {
            ascii.push(char::from(b'0' + d as u8));
        } else {
            ascii.push('?');
        }
    }
    if ascii.contains('_') {
        let malformed = || {
            SupportError::value(format!(
                "could not convert string to complex: {}",
                super::strings::repr_str(text)
            ))
        };
        let b = ascii.as_bytes();
        let mut clean = String::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(malformed());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(malformed());
                }
                clean.push(c as char);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(malformed());
        }
        ascii = clean;
    }
    let s = ascii.as_bytes();
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let mut i = 0;
    while i < s.len() && ws(s[i]) {
        i += 1;
    }
    let mut got_bracket = false;
    if i < s.len() && s[i] == b'(' {
        got_bracket = true;
        i += 1;
        while i < s.len() && ws(s[i]) {
            i += 1;
        }
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(&s[i..]) {
        i += n;
        if at(i) == b'+' || at(i) == b'-' {
            x = z;
            if let Some((v, m)) = float_prefix(&s[i..]) {
                y = v;
                i += m;
            } else {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !(at(i) == b'j' || at(i) == b'J') {
                return Err(malformed());
            }
            i += 1;
        } else if at(i) == b'j' || at(i) == b'J' {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if at(i) == b'+' || at(i) == b'-' {
            y = if at(i) == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !(at(i) == b'j' || at(i) == b'J') {
            return Err(malformed());
        }
        i += 1;
    }
    while i < s.len() && ws(s[i]) {
        i += 1;
    }
    if got_bracket {
        if at(i) != b')' {
            return Err(malformed());
        }
        i += 1;
        while i < s.len() && ws(s[i]) {
            i += 1;
        }
    }
    if i != s.len() {
        return Err(malformed());
    }
    Ok((x, y))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::unescape;
    use super::*;

    fn bits(s: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(s, 16).unwrap())
    }

    fn show(x: f64) -> String {
        if x.is_nan() {
            "nan".into()
        } else {
            format!("{:016x}", x.to_bits())
        }
    }

    fn norm(s: &str) -> String {
        s.split(' ')
            .map(|t| {
                if t.len() == 16 && !t.starts_with('!') {
                    show(bits(t))
                } else {
                    t.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// testdata/complex_cases.txt: CPython 3.11.7's results, bit for bit
    /// (`gen_complex_cases.py`).
    #[test]
    fn cpython_cases() {
        let data = include_str!("testdata/complex_cases.txt");
        let mut n = 0;
        for line in data.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let got = if f[0] == "parse" {
                match complex_from_str(&unescape(f[1])) {
                    Ok((x, y)) => format!("{} {}", show(x), show(y)),
                    Err(e) => format!("!{}: {}", e.kind, e.msg),
                }
            } else {
                let v: Vec<f64> = f[1].split(' ').map(bits).collect();
                let (a, b) = ((v[0], v[1]), (v[2], v[3]));
                let r = match f[0] {
                    "mul" => Ok(mul(a, b)),
                    "div" => div(a, b),
                    "pow" => pow(a, b),
                    "abs" => abs(a).map(|x| (x, f64::NAN)),
                    other => panic!("unknown op {other}"),
                };
                match r {
                    Ok((x, y)) if f[0] == "abs" => {
                        let _ = y;
                        show(x)
                    }
                    Ok((x, y)) => format!("{} {}", show(x), show(y)),
                    Err(e) => format!("!{}: {}", e.kind, e.msg),
                }
            };
            let want = if f[2].starts_with('!') {
                f[2].to_string()
            } else {
                norm(f[2])
            };
            assert_eq!(got, want, "{}", line);
            n += 1;
        }
        assert!(n > 1000);
    }
}
