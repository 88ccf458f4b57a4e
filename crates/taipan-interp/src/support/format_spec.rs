//! Python's format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`) for int,
//! float and str, ported from CPython 3.11's Python/formatter_unicode.c.
//!
//! An empty spec means `str(obj)` in CPython (`format(True, '')` is `'True'`); the
//! interpreter handles that case before calling in here.

use super::float_repr::{double_to_string, DtoaFlags};
use super::{check_len, SResult, SupportError};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Digit grouping requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No separators.
    None,
    /// `,`: groups of three.
    Comma,
    /// `_`: groups of three (decimal) or four (`b o x X`).
    Underscore,
    /// `_` with a `b o x X` type: groups of four.
    UnderscoreFour,
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default space).
    pub fill: char,
    /// One of `< > = ^`.
    pub align: char,
    /// `+`, `-`, ` ` or `None` when absent.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands grouping.
    pub grouping: Grouping,
    /// Precision after `.`.
    pub precision: Option<usize>,
    /// Presentation type (`None` when absent and no default).
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn sep_char(g: Grouping) -> char {
    if g == Grouping::Comma {
        ','
    } else {
        '_'
    }
}

fn code_repr(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", v)
    }
}

/// `get_integer`: reads decimal digits starting at `*pos`; returns how many were read.
fn get_integer(chars: &[char], pos: &mut usize) -> SResult<(usize, usize)> {
    let mut acc: usize = 0;
    let mut n = 0;
    while *pos < chars.len() {
        let Some(d) = chars[*pos].to_digit(10) else {
            break;
        };
        // CPython accepts any Unicode decimal digit here (Py_UNICODE_TODECIMAL).
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(SupportError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

/// Parses a spec the way `parse_internal_render_format_spec` does, with the type's
/// defaults (`default_type` e.g. `'d'` for int, `None` for float, `'s'` for str;
/// `default_align` `'>'` for numbers, `'<'` for str). `type_name` is used in messages.
pub fn parse_format_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> SResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut align_specified = false;
    let mut fill_specified = false;
    if end - pos >= 2 && is_align(chars[pos + 1]) {
        f.align = chars[pos + 1];
        f.fill = chars[pos];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_align(chars[pos]) {
        f.align = chars[pos];
        align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    let (w, consumed) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        f.width = Some(w);
    }
    if pos < end && chars[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping != Grouping::None {
            return Err(SupportError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Grouping::Underscore {
        return Err(SupportError::value("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (p, consumed) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(SupportError::value("Format specifier missing precision"));
        }
        f.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(SupportError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if f.grouping != Grouping::None {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if f.grouping == Grouping::Underscore => {
                f.grouping = Grouping::UnderscoreFour;
            }
            Some(t) => {
                return Err(SupportError::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep_char(f.grouping),
                    code_repr(t)
                )));
            }
        }
    }
    Ok(f)
}

/// MemoryError for a width beyond what can be allocated; checked once the
/// type code is known valid, as CPython fails only when it allocates.
fn check_width(f: &FormatSpec) -> SResult<()> {
    check_len(f.width.unwrap_or(0) as u128)
}

fn unknown_code(t: char, type_name: &str) -> SupportError {
    SupportError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(t),
        type_name
    ))
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII) from the right, padding
/// with `'0'` on the left until the result is at least `min_width` long.
fn group_digits(digits: &str, mut min_width: isize, group: usize, sep: char) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as isize;
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let mut broken = false;
    let take = |remaining: isize, n_chars: isize| -> &str {
        let end = remaining as usize;
        let start = (remaining - n_chars) as usize;
        &digits[start..end]
    };
    if group > 0 {
        loop {
            let l = (group as isize).min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            let mut piece = String::new();
            piece.push_str(&"0".repeat(n_zeros as usize));
            piece.push_str(take(remaining, n_chars));
            if use_sep {
                piece.push(sep);
            }
            pieces.push(piece);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut piece = String::new();
        piece.push_str(&"0".repeat(n_zeros as usize));
        piece.push_str(take(remaining, n_chars));
        if use_sep {
            piece.push(sep);
        }
        pieces.push(piece);
    }
    pieces.reverse();
    pieces.concat()
}

/// `calc_number_widths` + `fill_number`: lays out
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
#[allow(clippy::too_many_arguments)]
fn layout_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    f: &FormatSpec,
    grouping: Grouping,
    upper: bool,
) -> String {
    let (sign, n_sign) = match f.sign {
        Some('+') => (if negative { '-' } else { '+' }, 1),
        Some(' ') => (if negative { '-' } else { ' ' }, 1),
        _ => {
            if negative {
                ('-', 1)
            } else {
                (' ', 0)
            }
        }
    };
    let n_prefix = prefix.chars().count() as isize;
    let n_remainder = remainder.chars().count() as isize;
    let n_decimal = isize::from(has_decimal);
    let width = f.width.map(|w| w as isize).unwrap_or(-1);
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if f.fill == '0' && f.align == '=' {
        width - non_digit
    } else {
        0
    };
    let (group, sep) = match grouping {
        Grouping::None => (0, ','),
        Grouping::Comma => (3, ','),
        Grouping::Underscore => (3, '_'),
        Grouping::UnderscoreFour => (4, '_'),
    };
    let mut grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, group, sep)
    };
    if upper {
        grouped = grouped.to_ascii_uppercase();
    }
    let n_grouped = grouped.len() as isize;
    let n_padding = width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0isize, 0isize, 0isize);
    if n_padding > 0 {
        match f.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill: String = f.fill.to_string();
    let mut out = String::new();
    out.push_str(&fill.repeat(lpad as usize));
    if n_sign == 1 {
        out.push(sign);
    }
    if upper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    out.push_str(&fill.repeat(spad as usize));
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    out.push_str(&fill.repeat(rpad as usize));
    out
}

/// Converts an int to a float as `PyNumber_Float` does (correctly rounded), or
/// `OverflowError: int too large to convert to float`.
pub fn bigint_to_f64(v: &BigInt) -> SResult<f64> {
    match v.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(SupportError::overflow("int too large to convert to float")),
    }
}

/// `int.__format__(spec)` for a non-empty spec. `type_name` is the object's type name
/// used in error messages (`'int'`, `'bool'`, a subclass name).
pub fn format_int(v: &BigInt, spec: &str, type_name: &str) -> SResult<String> {
    let f = parse_format_spec(spec, type_name, Some('d'), '>')?;
    if matches!(
        f.ty,
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')
    ) {
        check_width(&f)?;
    }
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_internal(v, &f),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = bigint_to_f64(v)?;
            format_float_internal(x, &f)
        }
        Some(t) => Err(unknown_code(t, type_name)),
        None => Err(unknown_code('\0', type_name)),
    }
}

fn format_int_internal(v: &BigInt, f: &FormatSpec) -> SResult<String> {
    if f.precision.is_some() {
        return Err(SupportError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(SupportError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = f.ty.unwrap_or('d');
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(SupportError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(SupportError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let cp = match v.to_i64() {
            Some(x) if (0..=0x10ffff).contains(&x) => x as u32,
            Some(_) => {
                return Err(SupportError::overflow("%c arg not in range(0x110000)"));
            }
            None => {
                return Err(SupportError::overflow(
                    "Python int too large to convert to C long",
                ));
            }
        };
        let Some(ch) = char::from_u32(cp) else {
            return Err(SupportError::new(
                "UnicodeEncodeError",
                format!("surrogate code point U+{:04X} is not supported", cp),
            ));
        };
        return Ok(layout_number(
            false,
            "",
            "",
            false,
            &ch.to_string(),
            f,
            Grouping::None,
            false,
        ));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(base);
    let prefix = if f.alternate { prefix } else { "" };
    let grouping = if ty == 'n' {
        Grouping::None
    } else {
        f.grouping
    };
    Ok(layout_number(
        v.sign() == Sign::Minus,
        prefix,
        &digits,
        false,
        "",
        f,
        grouping,
        ty == 'X',
    ))
}

/// `float.__format__(spec)` for a non-empty spec.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> SResult<String> {
    let f = parse_format_spec(spec, type_name, None, '>')?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            check_width(&f)?;
            format_float_internal(x, &f)
        }
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

fn format_float_internal(mut val: f64, f: &FormatSpec) -> SResult<String> {
    let mut flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6usize;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if p > i32::MAX as usize {
                return Err(SupportError::value("precision too big"));
            }
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let negative = buf.starts_with('-');
    let body = if negative { &buf[1..] } else { &buf[..] };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..ndig];
    let rest = &body[ndig..];
    let has_decimal = rest.starts_with('.');
    let remainder = if has_decimal { &rest[1..] } else { rest };
    let grouping = if f.ty == Some('n') {
        Grouping::None
    } else {
        f.grouping
    };
    Ok(layout_number(
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        f,
        grouping,
        false,
    ))
}

/// `complex.__format__(spec)` for a non-empty spec (`format_complex_internal`).
pub fn format_complex(re: f64, im: f64, spec: &str, type_name: &str) -> SResult<String> {
    let f = parse_format_spec(spec, type_name, None, '>')?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => check_width(&f)?,
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    if f.fill == '0' {
        return Err(SupportError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == '=' {
        return Err(SupportError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6usize;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if p > i32::MAX as usize {
                return Err(SupportError::value("precision too big"));
            }
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let grouping = if f.ty == Some('n') {
        Grouping::None
    } else {
        f.grouping
    };
    let part = |x: f64, sign: Option<char>| -> String {
        let buf = double_to_string(x, ty, precision, flags);
        let negative = buf.starts_with('-');
        let body = if negative { &buf[1..] } else { &buf[..] };
        let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
        let rest = &body[ndig..];
        let has_decimal = rest.starts_with('.');
        let remainder = if has_decimal { &rest[1..] } else { rest };
        let tmp = FormatSpec {
            fill: ' ',
            align: '<',
            sign,
            width: None,
            ..f.clone()
        };
        layout_number(
            negative,
            "",
            &body[..ndig],
            has_decimal,
            remainder,
            &tmp,
            grouping,
            false,
        )
    };
    let re_text = if skip_re {
        String::new()
    } else {
        part(re, f.sign)
    };
    let im_text = part(im, if skip_re { f.sign } else { Some('+') });
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    body.push_str(&re_text);
    body.push_str(&im_text);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let n = body.chars().count();
    Ok(pad(&body, n, f.width, f.align, f.fill))
}

/// `str.__format__(spec)` for a non-empty spec.
pub fn format_str(s: &str, spec: &str, type_name: &str) -> SResult<String> {
    let f = parse_format_spec(spec, type_name, Some('s'), '<')?;
    match f.ty {
        Some('s') => check_width(&f)?,
        Some(t) => return Err(unknown_code(t, type_name)),
        None => return Err(unknown_code('\0', type_name)),
    }
    if let Some(sign) = f.sign {
        return Err(SupportError::value(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if f.no_neg_0 {
        return Err(SupportError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(SupportError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(SupportError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let len = s.chars().count();
    let (body, n): (&str, usize) = match f.precision {
        Some(p) if len >= p => {
            let cut = s.char_indices().nth(p).map(|(i, _)| i).unwrap_or(s.len());
            (&s[..cut], p)
        }
        _ => (s, len),
    };
    Ok(pad(body, n, f.width, f.align, f.fill))
}

/// `calc_padding` + fill: pads `body` (of `n` code points) to `width` with `fill`.
pub fn pad(body: &str, n: usize, width: Option<usize>, align: char, fill: char) -> String {
    let total = width.map_or(n, |w| w.max(n));
    let lpad = match align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    let rpad = total - n - lpad;
    let mut out = String::with_capacity(body.len() + total - n);
    for _ in 0..lpad {
        out.push(fill);
    }
    out.push_str(body);
    for _ in 0..rpad {
        out.push(fill);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_util::unescape;
    use super::*;

    fn show(r: SResult<String>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => format!("{}: {}", e.kind, e.msg),
        }
    }

    #[test]
    fn int_table() {
        for (v, spec, want) in INT_CASES {
            let v: BigInt = v.parse().unwrap();
            assert_eq!(show(format_int(&v, spec, "int")), *want, "{} {:?}", v, spec);
        }
    }

    #[test]
    fn float_table() {
        for (v, spec, want) in FLOAT_CASES {
            assert_eq!(
                show(format_float(*v, spec, "float")),
                *want,
                "{} {:?}",
                v,
                spec
            );
        }
    }

    #[test]
    fn complex_table() {
        // python3: format(complex(re, im), spec)
        let cases: Vec<(f64, f64, &str, Result<&str, &str>)> = vec![
            (1.0, 2.0, "e", Ok("1.000000e+00+2.000000e+00j")),
            (1.0, 2.0, ".2f", Ok("1.00+2.00j")),
            (1.0, 2.0, "10.2f", Ok("1.00+2.00j")),
            (1.0, 2.0, "<20", Ok("(1+2j)              ")),
            (1.0, 2.0, "^20", Ok("       (1+2j)       ")),
            (1.0, 2.0, "*>25.3e", Ok("*****1.000e+00+2.000e+00j")),
            (1.0, 2.0, "+.1f", Ok("+1.0+2.0j")),
            (1.0, 2.0, " g", Ok(" 1+2j")),
            (1.0, 2.0, "g", Ok("1+2j")),
            (1.0, 2.0, ".3", Ok("(1+2j)")),
            (1.0, 2.0, "n", Ok("1+2j")),
            (
                1.0,
                2.0,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                1.0,
                2.0,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                1.0,
                2.0,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                1.0,
                2.0,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (1.0, 2.0, "#g", Ok("1.00000+2.00000j")),
            (1.0, 2.0, ",.2f", Ok("1.00+2.00j")),
            (1.0, 2.0, "_", Ok("(1+2j)")),
            (1.0, 2.0, "z.1f", Ok("1.0+2.0j")),
            (1.0, 2.0, ">", Ok("(1+2j)")),
            (
                1.0,
                2.0,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (1.0, 2.0, ".0f", Ok("1+2j")),
            (1.0, 2.0, "#", Ok("(1.+2.j)")),
            (1.0, 2.0, "E", Ok("1.000000E+00+2.000000E+00j")),
            (-1.5, -2.25, "e", Ok("-1.500000e+00-2.250000e+00j")),
            (-1.5, -2.25, ".2f", Ok("-1.50-2.25j")),
            (-1.5, -2.25, "10.2f", Ok("-1.50-2.25j")),
            (-1.5, -2.25, "<20", Ok("(-1.5-2.25j)        ")),
            (-1.5, -2.25, "^20", Ok("    (-1.5-2.25j)    ")),
            (-1.5, -2.25, "*>25.3e", Ok("****-1.500e+00-2.250e+00j")),
            (-1.5, -2.25, "+.1f", Ok("-1.5-2.2j")),
            (-1.5, -2.25, " g", Ok("-1.5-2.25j")),
            (-1.5, -2.25, "g", Ok("-1.5-2.25j")),
            (-1.5, -2.25, ".3", Ok("(-1.5-2.25j)")),
            (-1.5, -2.25, "n", Ok("-1.5-2.25j")),
            (
                -1.5,
                -2.25,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                -1.5,
                -2.25,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                -1.5,
                -2.25,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                -1.5,
                -2.25,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (-1.5, -2.25, "#g", Ok("-1.50000-2.25000j")),
            (-1.5, -2.25, ",.2f", Ok("-1.50-2.25j")),
            (-1.5, -2.25, "_", Ok("(-1.5-2.25j)")),
            (-1.5, -2.25, "z.1f", Ok("-1.5-2.2j")),
            (-1.5, -2.25, ">", Ok("(-1.5-2.25j)")),
            (
                -1.5,
                -2.25,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (-1.5, -2.25, ".0f", Ok("-2-2j")),
            (-1.5, -2.25, "#", Ok("(-1.5-2.25j)")),
            (-1.5, -2.25, "E", Ok("-1.500000E+00-2.250000E+00j")),
            (0.0, 1.0, "e", Ok("0.000000e+00+1.000000e+00j")),
            (0.0, 1.0, ".2f", Ok("0.00+1.00j")),
            (0.0, 1.0, "10.2f", Ok("0.00+1.00j")),
            (0.0, 1.0, "<20", Ok("1j                  ")),
            (0.0, 1.0, "^20", Ok("         1j         ")),
            (0.0, 1.0, "*>25.3e", Ok("*****0.000e+00+1.000e+00j")),
            (0.0, 1.0, "+.1f", Ok("+0.0+1.0j")),
            (0.0, 1.0, " g", Ok(" 0+1j")),
            (0.0, 1.0, "g", Ok("0+1j")),
            (0.0, 1.0, ".3", Ok("1j")),
            (0.0, 1.0, "n", Ok("0+1j")),
            (
                0.0,
                1.0,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                0.0,
                1.0,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                0.0,
                1.0,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                0.0,
                1.0,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (0.0, 1.0, "#g", Ok("0.00000+1.00000j")),
            (0.0, 1.0, ",.2f", Ok("0.00+1.00j")),
            (0.0, 1.0, "_", Ok("1j")),
            (0.0, 1.0, "z.1f", Ok("0.0+1.0j")),
            (0.0, 1.0, ">", Ok("1j")),
            (
                0.0,
                1.0,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (0.0, 1.0, ".0f", Ok("0+1j")),
            (0.0, 1.0, "#", Ok("1.j")),
            (0.0, 1.0, "E", Ok("0.000000E+00+1.000000E+00j")),
            (-0.0, 1.0, "e", Ok("-0.000000e+00+1.000000e+00j")),
            (-0.0, 1.0, ".2f", Ok("-0.00+1.00j")),
            (-0.0, 1.0, "10.2f", Ok("-0.00+1.00j")),
            (-0.0, 1.0, "<20", Ok("(-0+1j)             ")),
            (-0.0, 1.0, "^20", Ok("      (-0+1j)       ")),
            (-0.0, 1.0, "*>25.3e", Ok("****-0.000e+00+1.000e+00j")),
            (-0.0, 1.0, "+.1f", Ok("-0.0+1.0j")),
            (-0.0, 1.0, " g", Ok("-0+1j")),
            (-0.0, 1.0, "g", Ok("-0+1j")),
            (-0.0, 1.0, ".3", Ok("(-0+1j)")),
            (-0.0, 1.0, "n", Ok("-0+1j")),
            (
                -0.0,
                1.0,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                -0.0,
                1.0,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                -0.0,
                1.0,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                -0.0,
                1.0,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (-0.0, 1.0, "#g", Ok("-0.00000+1.00000j")),
            (-0.0, 1.0, ",.2f", Ok("-0.00+1.00j")),
            (-0.0, 1.0, "_", Ok("(-0+1j)")),
            (-0.0, 1.0, "z.1f", Ok("0.0+1.0j")),
            (-0.0, 1.0, ">", Ok("(-0+1j)")),
            (
                -0.0,
                1.0,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (-0.0, 1.0, ".0f", Ok("-0+1j")),
            (-0.0, 1.0, "#", Ok("(-0.+1.j)")),
            (-0.0, 1.0, "E", Ok("-0.000000E+00+1.000000E+00j")),
            (0.0, -0.0, "e", Ok("0.000000e+00-0.000000e+00j")),
            (0.0, -0.0, ".2f", Ok("0.00-0.00j")),
            (0.0, -0.0, "10.2f", Ok("0.00-0.00j")),
            (0.0, -0.0, "<20", Ok("-0j                 ")),
            (0.0, -0.0, "^20", Ok("        -0j         ")),
            (0.0, -0.0, "*>25.3e", Ok("*****0.000e+00-0.000e+00j")),
            (0.0, -0.0, "+.1f", Ok("+0.0-0.0j")),
            (0.0, -0.0, " g", Ok(" 0-0j")),
            (0.0, -0.0, "g", Ok("0-0j")),
            (0.0, -0.0, ".3", Ok("-0j")),
            (0.0, -0.0, "n", Ok("0-0j")),
            (
                0.0,
                -0.0,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                0.0,
                -0.0,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                0.0,
                -0.0,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                0.0,
                -0.0,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (0.0, -0.0, "#g", Ok("0.00000-0.00000j")),
            (0.0, -0.0, ",.2f", Ok("0.00-0.00j")),
            (0.0, -0.0, "_", Ok("-0j")),
            (0.0, -0.0, "z.1f", Ok("0.0+0.0j")),
            (0.0, -0.0, ">", Ok("-0j")),
            (
                0.0,
                -0.0,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (0.0, -0.0, ".0f", Ok("0-0j")),
            (0.0, -0.0, "#", Ok("-0.j")),
            (0.0, -0.0, "E", Ok("0.000000E+00-0.000000E+00j")),
            (1e+16, 1e-05, "e", Ok("1.000000e+16+1.000000e-05j")),
            (1e+16, 1e-05, ".2f", Ok("10000000000000000.00+0.00j")),
            (1e+16, 1e-05, "10.2f", Ok("10000000000000000.00+0.00j")),
            (1e+16, 1e-05, "<20", Ok("(1e+16+1e-05j)      ")),
            (1e+16, 1e-05, "^20", Ok("   (1e+16+1e-05j)   ")),
            (1e+16, 1e-05, "*>25.3e", Ok("*****1.000e+16+1.000e-05j")),
            (1e+16, 1e-05, "+.1f", Ok("+10000000000000000.0+0.0j")),
            (1e+16, 1e-05, " g", Ok(" 1e+16+1e-05j")),
            (1e+16, 1e-05, "g", Ok("1e+16+1e-05j")),
            (1e+16, 1e-05, ".3", Ok("(1e+16+1e-05j)")),
            (1e+16, 1e-05, "n", Ok("1e+16+1e-05j")),
            (
                1e+16,
                1e-05,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                1e+16,
                1e-05,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                1e+16,
                1e-05,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                1e+16,
                1e-05,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (1e+16, 1e-05, "#g", Ok("1.00000e+16+1.00000e-05j")),
            (1e+16, 1e-05, ",.2f", Ok("10,000,000,000,000,000.00+0.00j")),
            (1e+16, 1e-05, "_", Ok("(1e+16+1e-05j)")),
            (1e+16, 1e-05, "z.1f", Ok("10000000000000000.0+0.0j")),
            (1e+16, 1e-05, ">", Ok("(1e+16+1e-05j)")),
            (
                1e+16,
                1e-05,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (1e+16, 1e-05, ".0f", Ok("10000000000000000+0j")),
            (1e+16, 1e-05, "#", Ok("(1.e+16+1.e-05j)")),
            (1e+16, 1e-05, "E", Ok("1.000000E+16+1.000000E-05j")),
            (f64::INFINITY, f64::NAN, "e", Ok("inf+nanj")),
            (f64::INFINITY, f64::NAN, ".2f", Ok("inf+nanj")),
            (f64::INFINITY, f64::NAN, "10.2f", Ok("  inf+nanj")),
            (f64::INFINITY, f64::NAN, "<20", Ok("(inf+nanj)          ")),
            (f64::INFINITY, f64::NAN, "^20", Ok("     (inf+nanj)     ")),
            (
                f64::INFINITY,
                f64::NAN,
                "*>25.3e",
                Ok("*****************inf+nanj"),
            ),
            (f64::INFINITY, f64::NAN, "+.1f", Ok("+inf+nanj")),
            (f64::INFINITY, f64::NAN, " g", Ok(" inf+nanj")),
            (f64::INFINITY, f64::NAN, "g", Ok("inf+nanj")),
            (f64::INFINITY, f64::NAN, ".3", Ok("(inf+nanj)")),
            (f64::INFINITY, f64::NAN, "n", Ok("inf+nanj")),
            (
                f64::INFINITY,
                f64::NAN,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                f64::INFINITY,
                f64::NAN,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                f64::INFINITY,
                f64::NAN,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                f64::INFINITY,
                f64::NAN,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (f64::INFINITY, f64::NAN, "#g", Ok("inf+nanj")),
            (f64::INFINITY, f64::NAN, ",.2f", Ok("inf+nanj")),
            (f64::INFINITY, f64::NAN, "_", Ok("(inf+nanj)")),
            (f64::INFINITY, f64::NAN, "z.1f", Ok("inf+nanj")),
            (f64::INFINITY, f64::NAN, ">", Ok("(inf+nanj)")),
            (
                f64::INFINITY,
                f64::NAN,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (f64::INFINITY, f64::NAN, ".0f", Ok("inf+nanj")),
            (f64::INFINITY, f64::NAN, "#", Ok("(inf+nanj)")),
            (f64::INFINITY, f64::NAN, "E", Ok("INF+NANj")),
            (1234567.891, -0.001, "e", Ok("1.234568e+06-1.000000e-03j")),
            (1234567.891, -0.001, ".2f", Ok("1234567.89-0.00j")),
            (1234567.891, -0.001, "10.2f", Ok("1234567.89-0.00j")),
            (1234567.891, -0.001, "<20", Ok("(1234567.891-0.001j)")),
            (1234567.891, -0.001, "^20", Ok("(1234567.891-0.001j)")),
            (
                1234567.891,
                -0.001,
                "*>25.3e",
                Ok("*****1.235e+06-1.000e-03j"),
            ),
            (1234567.891, -0.001, "+.1f", Ok("+1234567.9-0.0j")),
            (1234567.891, -0.001, " g", Ok(" 1.23457e+06-0.001j")),
            (1234567.891, -0.001, "g", Ok("1.23457e+06-0.001j")),
            (1234567.891, -0.001, ".3", Ok("(1.23e+06-0.001j)")),
            (1234567.891, -0.001, "n", Ok("1.23457e+06-0.001j")),
            (
                1234567.891,
                -0.001,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                1234567.891,
                -0.001,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                1234567.891,
                -0.001,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                1234567.891,
                -0.001,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (1234567.891, -0.001, "#g", Ok("1.23457e+06-0.00100000j")),
            (1234567.891, -0.001, ",.2f", Ok("1,234,567.89-0.00j")),
            (1234567.891, -0.001, "_", Ok("(1_234_567.891-0.001j)")),
            (1234567.891, -0.001, "z.1f", Ok("1234567.9+0.0j")),
            (1234567.891, -0.001, ">", Ok("(1234567.891-0.001j)")),
            (
                1234567.891,
                -0.001,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (1234567.891, -0.001, ".0f", Ok("1234568-0j")),
            (1234567.891, -0.001, "#", Ok("(1234567.891-0.001j)")),
            (1234567.891, -0.001, "E", Ok("1.234568E+06-1.000000E-03j")),
            (0.0, 0.0, "e", Ok("0.000000e+00+0.000000e+00j")),
            (0.0, 0.0, ".2f", Ok("0.00+0.00j")),
            (0.0, 0.0, "10.2f", Ok("0.00+0.00j")),
            (0.0, 0.0, "<20", Ok("0j                  ")),
            (0.0, 0.0, "^20", Ok("         0j         ")),
            (0.0, 0.0, "*>25.3e", Ok("*****0.000e+00+0.000e+00j")),
            (0.0, 0.0, "+.1f", Ok("+0.0+0.0j")),
            (0.0, 0.0, " g", Ok(" 0+0j")),
            (0.0, 0.0, "g", Ok("0+0j")),
            (0.0, 0.0, ".3", Ok("0j")),
            (0.0, 0.0, "n", Ok("0+0j")),
            (
                0.0,
                0.0,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                0.0,
                0.0,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                0.0,
                0.0,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                0.0,
                0.0,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (0.0, 0.0, "#g", Ok("0.00000+0.00000j")),
            (0.0, 0.0, ",.2f", Ok("0.00+0.00j")),
            (0.0, 0.0, "_", Ok("0j")),
            (0.0, 0.0, "z.1f", Ok("0.0+0.0j")),
            (0.0, 0.0, ">", Ok("0j")),
            (
                0.0,
                0.0,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (0.0, 0.0, ".0f", Ok("0+0j")),
            (0.0, 0.0, "#", Ok("0.j")),
            (0.0, 0.0, "E", Ok("0.000000E+00+0.000000E+00j")),
            (-0.0, -0.0, "e", Ok("-0.000000e+00-0.000000e+00j")),
            (-0.0, -0.0, ".2f", Ok("-0.00-0.00j")),
            (-0.0, -0.0, "10.2f", Ok("-0.00-0.00j")),
            (-0.0, -0.0, "<20", Ok("(-0-0j)             ")),
            (-0.0, -0.0, "^20", Ok("      (-0-0j)       ")),
            (-0.0, -0.0, "*>25.3e", Ok("****-0.000e+00-0.000e+00j")),
            (-0.0, -0.0, "+.1f", Ok("-0.0-0.0j")),
            (-0.0, -0.0, " g", Ok("-0-0j")),
            (-0.0, -0.0, "g", Ok("-0-0j")),
            (-0.0, -0.0, ".3", Ok("(-0-0j)")),
            (-0.0, -0.0, "n", Ok("-0-0j")),
            (
                -0.0,
                -0.0,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                -0.0,
                -0.0,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                -0.0,
                -0.0,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                -0.0,
                -0.0,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (-0.0, -0.0, "#g", Ok("-0.00000-0.00000j")),
            (-0.0, -0.0, ",.2f", Ok("-0.00-0.00j")),
            (-0.0, -0.0, "_", Ok("(-0-0j)")),
            (-0.0, -0.0, "z.1f", Ok("0.0+0.0j")),
            (-0.0, -0.0, ">", Ok("(-0-0j)")),
            (
                -0.0,
                -0.0,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (-0.0, -0.0, ".0f", Ok("-0-0j")),
            (-0.0, -0.0, "#", Ok("(-0.-0.j)")),
            (-0.0, -0.0, "E", Ok("-0.000000E+00-0.000000E+00j")),
            (3.0, 0.0, "e", Ok("3.000000e+00+0.000000e+00j")),
            (3.0, 0.0, ".2f", Ok("3.00+0.00j")),
            (3.0, 0.0, "10.2f", Ok("3.00+0.00j")),
            (3.0, 0.0, "<20", Ok("(3+0j)              ")),
            (3.0, 0.0, "^20", Ok("       (3+0j)       ")),
            (3.0, 0.0, "*>25.3e", Ok("*****3.000e+00+0.000e+00j")),
            (3.0, 0.0, "+.1f", Ok("+3.0+0.0j")),
            (3.0, 0.0, " g", Ok(" 3+0j")),
            (3.0, 0.0, "g", Ok("3+0j")),
            (3.0, 0.0, ".3", Ok("(3+0j)")),
            (3.0, 0.0, "n", Ok("3+0j")),
            (
                3.0,
                0.0,
                "%",
                Err("ValueError: Unknown format code '%' for object of type 'complex'"),
            ),
            (
                3.0,
                0.0,
                "010.2f",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                3.0,
                0.0,
                "0<10",
                Err("ValueError: Zero padding is not allowed in complex format specifier"),
            ),
            (
                3.0,
                0.0,
                "=10",
                Err("ValueError: '=' alignment flag is not allowed in complex format specifier"),
            ),
            (3.0, 0.0, "#g", Ok("3.00000+0.00000j")),
            (3.0, 0.0, ",.2f", Ok("3.00+0.00j")),
            (3.0, 0.0, "_", Ok("(3+0j)")),
            (3.0, 0.0, "z.1f", Ok("3.0+0.0j")),
            (3.0, 0.0, ">", Ok("(3+0j)")),
            (
                3.0,
                0.0,
                "x",
                Err("ValueError: Unknown format code 'x' for object of type 'complex'"),
            ),
            (3.0, 0.0, ".0f", Ok("3+0j")),
            (3.0, 0.0, "#", Ok("(3.+0.j)")),
            (3.0, 0.0, "E", Ok("3.000000E+00+0.000000E+00j")),
        ];
        for (re, im, spec, want) in cases {
            let got = format_complex(re, im, spec, "complex")
                .map_err(|e| format!("{}: {}", e.kind, e.msg));
            let want = want.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, want, "{} {} {:?}", re, im, spec);
        }
    }

    /// testdata/format_fuzz_cases.txt: 4,000 random specs applied by CPython 3.11.7
    /// (`gen_format_fuzz_cases.py`).
    #[test]
    fn random_specs() {
        let data = include_str!("testdata/format_fuzz_cases.txt");
        let bits = |s: &str| f64::from_bits(u64::from_str_radix(s, 16).unwrap());
        let mut n = 0;
        for line in data.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let spec = unescape(f[2]);
            let got = match f[0] {
                "i" => format_int(&f[1].parse().unwrap(), &spec, "int"),
                "f" => format_float(bits(f[1]), &spec, "float"),
                "c" => {
                    let (a, b) = f[1].split_once(' ').unwrap();
                    format_complex(bits(a), bits(b), &spec, "complex")
                }
                _ => format_str(&unescape(f[1]), &spec, "str"),
            };
            let got = match got {
                Ok(s) => s,
                Err(e) => format!("!{}: {}", e.kind, e.msg),
            };
            assert_eq!(got, unescape(f[3]), "{}", line);
            n += 1;
        }
        assert!(n > 3000);
    }

    #[test]
    fn str_table() {
        for (v, spec, want) in STR_CASES {
            assert_eq!(
                show(format_str(v, spec, "str")),
                *want,
                "{:?} {:?}",
                v,
                spec
            );
        }
    }

    // Tables generated with CPython 3.11.7: format(value, spec).
    const INT_CASES: &[(&str, &str, &str)] = &[
        ("0", "d", "0"),
        ("0", "5", "    0"),
        ("0", "05", "00000"),
        ("0", "010,", "00,000,000"),
        ("0", "012,", "0,000,000,000"),
        ("0", "+d", "+0"),
        ("0", " d", " 0"),
        ("0", "-d", "0"),
        ("0", "x", "0"),
        ("0", "X", "0"),
        ("0", "#x", "0x0"),
        ("0", "#X", "0X0"),
        ("0", "#o", "0o0"),
        ("0", "#b", "0b0"),
        ("0", "b", "0"),
        ("0", "_b", "0"),
        ("0", "_x", "0"),
        ("0", "#_x", "0x0"),
        ("0", "_", "0"),
        ("0", "_d", "0"),
        ("0", ",", "0"),
        ("0", "=+10", "+        0"),
        ("0", "*^11", "*****0*****"),
        ("0", "<8", "0       "),
        ("0", ">8", "       0"),
        ("0", "^8", "   0    "),
        ("0", "#010x", "0x00000000"),
        ("0", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("0", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("0", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("0", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("0", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("0", "n", "0"),
        ("0", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("0", "10n", "         0"),
        ("0", "x<#12,", "0xxxxxxxxxxx"),
        ("0", "0=12,", "0,000,000,000"),
        ("0", "012_", "0_000_000_000"),
        ("0", "#012_b", "0b0_0000_0000"),
        ("0", "0<10", "0000000000"),
        ("0", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("0", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("0", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("0", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("0", "e", "0.000000e+00"),
        ("0", ".3f", "0.000"),
        ("0", "%", "0.000000%"),
        ("0", "g", "0"),
        ("0", "_e", "0.000000e+00"),
        ("0", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("0", "#g", "0.00000"),
        ("1", "d", "1"),
        ("1", "5", "    1"),
        ("1", "05", "00001"),
        ("1", "010,", "00,000,001"),
        ("1", "012,", "0,000,000,001"),
        ("1", "+d", "+1"),
        ("1", " d", " 1"),
        ("1", "-d", "1"),
        ("1", "x", "1"),
        ("1", "X", "1"),
        ("1", "#x", "0x1"),
        ("1", "#X", "0X1"),
        ("1", "#o", "0o1"),
        ("1", "#b", "0b1"),
        ("1", "b", "1"),
        ("1", "_b", "1"),
        ("1", "_x", "1"),
        ("1", "#_x", "0x1"),
        ("1", "_", "1"),
        ("1", "_d", "1"),
        ("1", ",", "1"),
        ("1", "=+10", "+        1"),
        ("1", "*^11", "*****1*****"),
        ("1", "<8", "1       "),
        ("1", ">8", "       1"),
        ("1", "^8", "   1    "),
        ("1", "#010x", "0x00000001"),
        ("1", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("1", "n", "1"),
        ("1", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1", "10n", "         1"),
        ("1", "x<#12,", "1xxxxxxxxxxx"),
        ("1", "0=12,", "0,000,000,001"),
        ("1", "012_", "0_000_000_001"),
        ("1", "#012_b", "0b0_0000_0001"),
        ("1", "0<10", "1000000000"),
        ("1", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("1", "e", "1.000000e+00"),
        ("1", ".3f", "1.000"),
        ("1", "%", "100.000000%"),
        ("1", "g", "1"),
        ("1", "_e", "1.000000e+00"),
        ("1", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("1", "#g", "1.00000"),
        ("-1", "d", "-1"),
        ("-1", "5", "   -1"),
        ("-1", "05", "-0001"),
        ("-1", "010,", "-0,000,001"),
        ("-1", "012,", "-000,000,001"),
        ("-1", "+d", "-1"),
        ("-1", " d", "-1"),
        ("-1", "-d", "-1"),
        ("-1", "x", "-1"),
        ("-1", "X", "-1"),
        ("-1", "#x", "-0x1"),
        ("-1", "#X", "-0X1"),
        ("-1", "#o", "-0o1"),
        ("-1", "#b", "-0b1"),
        ("-1", "b", "-1"),
        ("-1", "_b", "-1"),
        ("-1", "_x", "-1"),
        ("-1", "#_x", "-0x1"),
        ("-1", "_", "-1"),
        ("-1", "_d", "-1"),
        ("-1", ",", "-1"),
        ("-1", "=+10", "-        1"),
        ("-1", "*^11", "****-1*****"),
        ("-1", "<8", "-1      "),
        ("-1", ">8", "      -1"),
        ("-1", "^8", "   -1   "),
        ("-1", "#010x", "-0x0000001"),
        ("-1", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("-1", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-1", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-1", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("-1", "n", "-1"),
        ("-1", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-1", "10n", "        -1"),
        ("-1", "x<#12,", "-1xxxxxxxxxx"),
        ("-1", "0=12,", "-000,000,001"),
        ("-1", "012_", "-000_000_001"),
        ("-1", "#012_b", "-0b0000_0001"),
        ("-1", "0<10", "-100000000"),
        ("-1", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-1", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-1", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-1", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("-1", "e", "-1.000000e+00"),
        ("-1", ".3f", "-1.000"),
        ("-1", "%", "-100.000000%"),
        ("-1", "g", "-1"),
        ("-1", "_e", "-1.000000e+00"),
        ("-1", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("-1", "#g", "-1.00000"),
        ("7", "d", "7"),
        ("7", "5", "    7"),
        ("7", "05", "00007"),
        ("7", "010,", "00,000,007"),
        ("7", "012,", "0,000,000,007"),
        ("7", "+d", "+7"),
        ("7", " d", " 7"),
        ("7", "-d", "7"),
        ("7", "x", "7"),
        ("7", "X", "7"),
        ("7", "#x", "0x7"),
        ("7", "#X", "0X7"),
        ("7", "#o", "0o7"),
        ("7", "#b", "0b111"),
        ("7", "b", "111"),
        ("7", "_b", "111"),
        ("7", "_x", "7"),
        ("7", "#_x", "0x7"),
        ("7", "_", "7"),
        ("7", "_d", "7"),
        ("7", ",", "7"),
        ("7", "=+10", "+        7"),
        ("7", "*^11", "*****7*****"),
        ("7", "<8", "7       "),
        ("7", ">8", "       7"),
        ("7", "^8", "   7    "),
        ("7", "#010x", "0x00000007"),
        ("7", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("7", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("7", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("7", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("7", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("7", "n", "7"),
        ("7", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("7", "10n", "         7"),
        ("7", "x<#12,", "7xxxxxxxxxxx"),
        ("7", "0=12,", "0,000,000,007"),
        ("7", "012_", "0_000_000_007"),
        ("7", "#012_b", "0b0_0000_0111"),
        ("7", "0<10", "7000000000"),
        ("7", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("7", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("7", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("7", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("7", "e", "7.000000e+00"),
        ("7", ".3f", "7.000"),
        ("7", "%", "700.000000%"),
        ("7", "g", "7"),
        ("7", "_e", "7.000000e+00"),
        ("7", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("7", "#g", "7.00000"),
        ("-7", "d", "-7"),
        ("-7", "5", "   -7"),
        ("-7", "05", "-0007"),
        ("-7", "010,", "-0,000,007"),
        ("-7", "012,", "-000,000,007"),
        ("-7", "+d", "-7"),
        ("-7", " d", "-7"),
        ("-7", "-d", "-7"),
        ("-7", "x", "-7"),
        ("-7", "X", "-7"),
        ("-7", "#x", "-0x7"),
        ("-7", "#X", "-0X7"),
        ("-7", "#o", "-0o7"),
        ("-7", "#b", "-0b111"),
        ("-7", "b", "-111"),
        ("-7", "_b", "-111"),
        ("-7", "_x", "-7"),
        ("-7", "#_x", "-0x7"),
        ("-7", "_", "-7"),
        ("-7", "_d", "-7"),
        ("-7", ",", "-7"),
        ("-7", "=+10", "-        7"),
        ("-7", "*^11", "****-7*****"),
        ("-7", "<8", "-7      "),
        ("-7", ">8", "      -7"),
        ("-7", "^8", "   -7   "),
        ("-7", "#010x", "-0x0000007"),
        ("-7", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-7", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-7", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-7", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-7", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("-7", "n", "-7"),
        ("-7", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-7", "10n", "        -7"),
        ("-7", "x<#12,", "-7xxxxxxxxxx"),
        ("-7", "0=12,", "-000,000,007"),
        ("-7", "012_", "-000_000_007"),
        ("-7", "#012_b", "-0b0000_0111"),
        ("-7", "0<10", "-700000000"),
        ("-7", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-7", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-7", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-7", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("-7", "e", "-7.000000e+00"),
        ("-7", ".3f", "-7.000"),
        ("-7", "%", "-700.000000%"),
        ("-7", "g", "-7"),
        ("-7", "_e", "-7.000000e+00"),
        ("-7", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("-7", "#g", "-7.00000"),
        ("42", "d", "42"),
        ("42", "5", "   42"),
        ("42", "05", "00042"),
        ("42", "010,", "00,000,042"),
        ("42", "012,", "0,000,000,042"),
        ("42", "+d", "+42"),
        ("42", " d", " 42"),
        ("42", "-d", "42"),
        ("42", "x", "2a"),
        ("42", "X", "2A"),
        ("42", "#x", "0x2a"),
        ("42", "#X", "0X2A"),
        ("42", "#o", "0o52"),
        ("42", "#b", "0b101010"),
        ("42", "b", "101010"),
        ("42", "_b", "10_1010"),
        ("42", "_x", "2a"),
        ("42", "#_x", "0x2a"),
        ("42", "_", "42"),
        ("42", "_d", "42"),
        ("42", ",", "42"),
        ("42", "=+10", "+       42"),
        ("42", "*^11", "****42*****"),
        ("42", "<8", "42      "),
        ("42", ">8", "      42"),
        ("42", "^8", "   42   "),
        ("42", "#010x", "0x0000002a"),
        ("42", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("42", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("42", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("42", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("42", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("42", "n", "42"),
        ("42", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("42", "10n", "        42"),
        ("42", "x<#12,", "42xxxxxxxxxx"),
        ("42", "0=12,", "0,000,000,042"),
        ("42", "012_", "0_000_000_042"),
        ("42", "#012_b", "0b0_0010_1010"),
        ("42", "0<10", "4200000000"),
        ("42", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("42", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("42", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("42", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("42", "e", "4.200000e+01"),
        ("42", ".3f", "42.000"),
        ("42", "%", "4200.000000%"),
        ("42", "g", "42"),
        ("42", "_e", "4.200000e+01"),
        ("42", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("42", "#g", "42.0000"),
        ("255", "d", "255"),
        ("255", "5", "  255"),
        ("255", "05", "00255"),
        ("255", "010,", "00,000,255"),
        ("255", "012,", "0,000,000,255"),
        ("255", "+d", "+255"),
        ("255", " d", " 255"),
        ("255", "-d", "255"),
        ("255", "x", "ff"),
        ("255", "X", "FF"),
        ("255", "#x", "0xff"),
        ("255", "#X", "0XFF"),
        ("255", "#o", "0o377"),
        ("255", "#b", "0b11111111"),
        ("255", "b", "11111111"),
        ("255", "_b", "1111_1111"),
        ("255", "_x", "ff"),
        ("255", "#_x", "0xff"),
        ("255", "_", "255"),
        ("255", "_d", "255"),
        ("255", ",", "255"),
        ("255", "=+10", "+      255"),
        ("255", "*^11", "****255****"),
        ("255", "<8", "255     "),
        ("255", ">8", "     255"),
        ("255", "^8", "  255   "),
        ("255", "#010x", "0x000000ff"),
        ("255", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("255", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("255", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("255", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("255", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("255", "n", "255"),
        ("255", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("255", "10n", "       255"),
        ("255", "x<#12,", "255xxxxxxxxx"),
        ("255", "0=12,", "0,000,000,255"),
        ("255", "012_", "0_000_000_255"),
        ("255", "#012_b", "0b0_1111_1111"),
        ("255", "0<10", "2550000000"),
        ("255", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("255", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("255", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("255", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("255", "e", "2.550000e+02"),
        ("255", ".3f", "255.000"),
        ("255", "%", "25500.000000%"),
        ("255", "g", "255"),
        ("255", "_e", "2.550000e+02"),
        ("255", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("255", "#g", "255.000"),
        ("-255", "d", "-255"),
        ("-255", "5", " -255"),
        ("-255", "05", "-0255"),
        ("-255", "010,", "-0,000,255"),
        ("-255", "012,", "-000,000,255"),
        ("-255", "+d", "-255"),
        ("-255", " d", "-255"),
        ("-255", "-d", "-255"),
        ("-255", "x", "-ff"),
        ("-255", "X", "-FF"),
        ("-255", "#x", "-0xff"),
        ("-255", "#X", "-0XFF"),
        ("-255", "#o", "-0o377"),
        ("-255", "#b", "-0b11111111"),
        ("-255", "b", "-11111111"),
        ("-255", "_b", "-1111_1111"),
        ("-255", "_x", "-ff"),
        ("-255", "#_x", "-0xff"),
        ("-255", "_", "-255"),
        ("-255", "_d", "-255"),
        ("-255", ",", "-255"),
        ("-255", "=+10", "-      255"),
        ("-255", "*^11", "***-255****"),
        ("-255", "<8", "-255    "),
        ("-255", ">8", "    -255"),
        ("-255", "^8", "  -255  "),
        ("-255", "#010x", "-0x00000ff"),
        ("-255", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-255", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-255", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-255", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-255", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("-255", "n", "-255"),
        ("-255", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-255", "10n", "      -255"),
        ("-255", "x<#12,", "-255xxxxxxxx"),
        ("-255", "0=12,", "-000,000,255"),
        ("-255", "012_", "-000_000_255"),
        ("-255", "#012_b", "-0b1111_1111"),
        ("-255", "0<10", "-255000000"),
        ("-255", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-255", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-255", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-255", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("-255", "e", "-2.550000e+02"),
        ("-255", ".3f", "-255.000"),
        ("-255", "%", "-25500.000000%"),
        ("-255", "g", "-255"),
        ("-255", "_e", "-2.550000e+02"),
        ("-255", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("-255", "#g", "-255.000"),
        ("1234", "d", "1234"),
        ("1234", "5", " 1234"),
        ("1234", "05", "01234"),
        ("1234", "010,", "00,001,234"),
        ("1234", "012,", "0,000,001,234"),
        ("1234", "+d", "+1234"),
        ("1234", " d", " 1234"),
        ("1234", "-d", "1234"),
        ("1234", "x", "4d2"),
        ("1234", "X", "4D2"),
        ("1234", "#x", "0x4d2"),
        ("1234", "#X", "0X4D2"),
        ("1234", "#o", "0o2322"),
        ("1234", "#b", "0b10011010010"),
        ("1234", "b", "10011010010"),
        ("1234", "_b", "100_1101_0010"),
        ("1234", "_x", "4d2"),
        ("1234", "#_x", "0x4d2"),
        ("1234", "_", "1_234"),
        ("1234", "_d", "1_234"),
        ("1234", ",", "1,234"),
        ("1234", "=+10", "+     1234"),
        ("1234", "*^11", "***1234****"),
        ("1234", "<8", "1234    "),
        ("1234", ">8", "    1234"),
        ("1234", "^8", "  1234  "),
        ("1234", "#010x", "0x000004d2"),
        ("1234", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1234", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1234", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1234", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1234", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("1234", "n", "1234"),
        ("1234", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1234", "10n", "      1234"),
        ("1234", "x<#12,", "1,234xxxxxxx"),
        ("1234", "0=12,", "0,000,001,234"),
        ("1234", "012_", "0_000_001_234"),
        ("1234", "#012_b", "0b100_1101_0010"),
        ("1234", "0<10", "1234000000"),
        ("1234", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1234", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1234", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1234", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("1234", "e", "1.234000e+03"),
        ("1234", ".3f", "1234.000"),
        ("1234", "%", "123400.000000%"),
        ("1234", "g", "1234"),
        ("1234", "_e", "1.234000e+03"),
        ("1234", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("1234", "#g", "1234.00"),
        ("-1234", "d", "-1234"),
        ("-1234", "5", "-1234"),
        ("-1234", "05", "-1234"),
        ("-1234", "010,", "-0,001,234"),
        ("-1234", "012,", "-000,001,234"),
        ("-1234", "+d", "-1234"),
        ("-1234", " d", "-1234"),
        ("-1234", "-d", "-1234"),
        ("-1234", "x", "-4d2"),
        ("-1234", "X", "-4D2"),
        ("-1234", "#x", "-0x4d2"),
        ("-1234", "#X", "-0X4D2"),
        ("-1234", "#o", "-0o2322"),
        ("-1234", "#b", "-0b10011010010"),
        ("-1234", "b", "-10011010010"),
        ("-1234", "_b", "-100_1101_0010"),
        ("-1234", "_x", "-4d2"),
        ("-1234", "#_x", "-0x4d2"),
        ("-1234", "_", "-1_234"),
        ("-1234", "_d", "-1_234"),
        ("-1234", ",", "-1,234"),
        ("-1234", "=+10", "-     1234"),
        ("-1234", "*^11", "***-1234***"),
        ("-1234", "<8", "-1234   "),
        ("-1234", ">8", "   -1234"),
        ("-1234", "^8", " -1234  "),
        ("-1234", "#010x", "-0x00004d2"),
        ("-1234", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-1234", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1234", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-1234", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1234", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("-1234", "n", "-1234"),
        ("-1234", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-1234", "10n", "     -1234"),
        ("-1234", "x<#12,", "-1,234xxxxxx"),
        ("-1234", "0=12,", "-000,001,234"),
        ("-1234", "012_", "-000_001_234"),
        ("-1234", "#012_b", "-0b100_1101_0010"),
        ("-1234", "0<10", "-123400000"),
        ("-1234", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-1234", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-1234", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-1234", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("-1234", "e", "-1.234000e+03"),
        ("-1234", ".3f", "-1234.000"),
        ("-1234", "%", "-123400.000000%"),
        ("-1234", "g", "-1234"),
        ("-1234", "_e", "-1.234000e+03"),
        ("-1234", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("-1234", "#g", "-1234.00"),
        ("1234567", "d", "1234567"),
        ("1234567", "5", "1234567"),
        ("1234567", "05", "1234567"),
        ("1234567", "010,", "01,234,567"),
        ("1234567", "012,", "0,001,234,567"),
        ("1234567", "+d", "+1234567"),
        ("1234567", " d", " 1234567"),
        ("1234567", "-d", "1234567"),
        ("1234567", "x", "12d687"),
        ("1234567", "X", "12D687"),
        ("1234567", "#x", "0x12d687"),
        ("1234567", "#X", "0X12D687"),
        ("1234567", "#o", "0o4553207"),
        ("1234567", "#b", "0b100101101011010000111"),
        ("1234567", "b", "100101101011010000111"),
        ("1234567", "_b", "1_0010_1101_0110_1000_0111"),
        ("1234567", "_x", "12_d687"),
        ("1234567", "#_x", "0x12_d687"),
        ("1234567", "_", "1_234_567"),
        ("1234567", "_d", "1_234_567"),
        ("1234567", ",", "1,234,567"),
        ("1234567", "=+10", "+  1234567"),
        ("1234567", "*^11", "**1234567**"),
        ("1234567", "<8", "1234567 "),
        ("1234567", ">8", " 1234567"),
        ("1234567", "^8", "1234567 "),
        ("1234567", "#010x", "0x0012d687"),
        ("1234567", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1234567", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1234567", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1234567", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1234567", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("1234567", "n", "1234567"),
        ("1234567", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1234567", "10n", "   1234567"),
        ("1234567", "x<#12,", "1,234,567xxx"),
        ("1234567", "0=12,", "0,001,234,567"),
        ("1234567", "012_", "0_001_234_567"),
        ("1234567", "#012_b", "0b1_0010_1101_0110_1000_0111"),
        ("1234567", "0<10", "1234567000"),
        ("1234567", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1234567", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1234567", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1234567", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("1234567", "e", "1.234567e+06"),
        ("1234567", ".3f", "1234567.000"),
        ("1234567", "%", "123456700.000000%"),
        ("1234567", "g", "1.23457e+06"),
        ("1234567", "_e", "1.234567e+06"),
        ("1234567", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("1234567", "#g", "1.23457e+06"),
        ("-1234567", "d", "-1234567"),
        ("-1234567", "5", "-1234567"),
        ("-1234567", "05", "-1234567"),
        ("-1234567", "010,", "-1,234,567"),
        ("-1234567", "012,", "-001,234,567"),
        ("-1234567", "+d", "-1234567"),
        ("-1234567", " d", "-1234567"),
        ("-1234567", "-d", "-1234567"),
        ("-1234567", "x", "-12d687"),
        ("-1234567", "X", "-12D687"),
        ("-1234567", "#x", "-0x12d687"),
        ("-1234567", "#X", "-0X12D687"),
        ("-1234567", "#o", "-0o4553207"),
        ("-1234567", "#b", "-0b100101101011010000111"),
        ("-1234567", "b", "-100101101011010000111"),
        ("-1234567", "_b", "-1_0010_1101_0110_1000_0111"),
        ("-1234567", "_x", "-12_d687"),
        ("-1234567", "#_x", "-0x12_d687"),
        ("-1234567", "_", "-1_234_567"),
        ("-1234567", "_d", "-1_234_567"),
        ("-1234567", ",", "-1,234,567"),
        ("-1234567", "=+10", "-  1234567"),
        ("-1234567", "*^11", "*-1234567**"),
        ("-1234567", "<8", "-1234567"),
        ("-1234567", ">8", "-1234567"),
        ("-1234567", "^8", "-1234567"),
        ("-1234567", "#010x", "-0x012d687"),
        ("-1234567", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-1234567", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1234567", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-1234567", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1234567", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("-1234567", "n", "-1234567"),
        ("-1234567", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-1234567", "10n", "  -1234567"),
        ("-1234567", "x<#12,", "-1,234,567xx"),
        ("-1234567", "0=12,", "-001,234,567"),
        ("-1234567", "012_", "-001_234_567"),
        ("-1234567", "#012_b", "-0b1_0010_1101_0110_1000_0111"),
        ("-1234567", "0<10", "-123456700"),
        ("-1234567", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-1234567", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-1234567", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-1234567", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("-1234567", "e", "-1.234567e+06"),
        ("-1234567", ".3f", "-1234567.000"),
        ("-1234567", "%", "-123456700.000000%"),
        ("-1234567", "g", "-1.23457e+06"),
        ("-1234567", "_e", "-1.234567e+06"),
        ("-1234567", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("-1234567", "#g", "-1.23457e+06"),
        ("100000000000000000000", "d", "100000000000000000000"),
        ("100000000000000000000", "5", "100000000000000000000"),
        ("100000000000000000000", "05", "100000000000000000000"),
        ("100000000000000000000", "010,", "100,000,000,000,000,000,000"),
        ("100000000000000000000", "012,", "100,000,000,000,000,000,000"),
        ("100000000000000000000", "+d", "+100000000000000000000"),
        ("100000000000000000000", " d", " 100000000000000000000"),
        ("100000000000000000000", "-d", "100000000000000000000"),
        ("100000000000000000000", "x", "56bc75e2d63100000"),
        ("100000000000000000000", "X", "56BC75E2D63100000"),
        ("100000000000000000000", "#x", "0x56bc75e2d63100000"),
        ("100000000000000000000", "#X", "0X56BC75E2D63100000"),
        ("100000000000000000000", "#o", "0o12657072742654304000000"),
        ("100000000000000000000", "#b", "0b1010110101111000111010111100010110101100011000100000000000000000000"),
        ("100000000000000000000", "b", "1010110101111000111010111100010110101100011000100000000000000000000"),
        ("100000000000000000000", "_b", "101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
        ("100000000000000000000", "_x", "5_6bc7_5e2d_6310_0000"),
        ("100000000000000000000", "#_x", "0x5_6bc7_5e2d_6310_0000"),
        ("100000000000000000000", "_", "100_000_000_000_000_000_000"),
        ("100000000000000000000", "_d", "100_000_000_000_000_000_000"),
        ("100000000000000000000", ",", "100,000,000,000,000,000,000"),
        ("100000000000000000000", "=+10", "+100000000000000000000"),
        ("100000000000000000000", "*^11", "100000000000000000000"),
        ("100000000000000000000", "<8", "100000000000000000000"),
        ("100000000000000000000", ">8", "100000000000000000000"),
        ("100000000000000000000", "^8", "100000000000000000000"),
        ("100000000000000000000", "#010x", "0x56bc75e2d63100000"),
        ("100000000000000000000", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("100000000000000000000", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("100000000000000000000", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("100000000000000000000", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("100000000000000000000", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("100000000000000000000", "n", "100000000000000000000"),
        ("100000000000000000000", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("100000000000000000000", "10n", "100000000000000000000"),
        ("100000000000000000000", "x<#12,", "100,000,000,000,000,000,000"),
        ("100000000000000000000", "0=12,", "100,000,000,000,000,000,000"),
        ("100000000000000000000", "012_", "100_000_000_000_000_000_000"),
        ("100000000000000000000", "#012_b", "0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
        ("100000000000000000000", "0<10", "100000000000000000000"),
        ("100000000000000000000", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("100000000000000000000", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("100000000000000000000", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("100000000000000000000", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("100000000000000000000", "e", "1.000000e+20"),
        ("100000000000000000000", ".3f", "100000000000000000000.000"),
        ("100000000000000000000", "%", "10000000000000000000000.000000%"),
        ("100000000000000000000", "g", "1e+20"),
        ("100000000000000000000", "_e", "1.000000e+20"),
        ("100000000000000000000", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("100000000000000000000", "#g", "1.00000e+20"),
        ("-9999999999999999999999993", "d", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "5", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "05", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "010,", "-9,999,999,999,999,999,999,999,993"),
        ("-9999999999999999999999993", "012,", "-9,999,999,999,999,999,999,999,993"),
        ("-9999999999999999999999993", "+d", "-9999999999999999999999993"),
        ("-9999999999999999999999993", " d", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "-d", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "x", "-845951614014849fffff9"),
        ("-9999999999999999999999993", "X", "-845951614014849FFFFF9"),
        ("-9999999999999999999999993", "#x", "-0x845951614014849fffff9"),
        ("-9999999999999999999999993", "#X", "-0X845951614014849FFFFF9"),
        ("-9999999999999999999999993", "#o", "-0o4105452130240024411177777771"),
        ("-9999999999999999999999993", "#b", "-0b100001000101100101010001011000010100000000010100100001001001111111111111111111111001"),
        ("-9999999999999999999999993", "b", "-100001000101100101010001011000010100000000010100100001001001111111111111111111111001"),
        ("-9999999999999999999999993", "_b", "-1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1001_1111_1111_1111_1111_1111_1001"),
        ("-9999999999999999999999993", "_x", "-8_4595_1614_0148_49ff_fff9"),
        ("-9999999999999999999999993", "#_x", "-0x8_4595_1614_0148_49ff_fff9"),
        ("-9999999999999999999999993", "_", "-9_999_999_999_999_999_999_999_993"),
        ("-9999999999999999999999993", "_d", "-9_999_999_999_999_999_999_999_993"),
        ("-9999999999999999999999993", ",", "-9,999,999,999,999,999,999,999,993"),
        ("-9999999999999999999999993", "=+10", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "*^11", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "<8", "-9999999999999999999999993"),
        ("-9999999999999999999999993", ">8", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "^8", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "#010x", "-0x845951614014849fffff9"),
        ("-9999999999999999999999993", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-9999999999999999999999993", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-9999999999999999999999993", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-9999999999999999999999993", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-9999999999999999999999993", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("-9999999999999999999999993", "n", "-9999999999999999999999993"),
        ("-9999999999999999999999993", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-9999999999999999999999993", "10n", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "x<#12,", "-9,999,999,999,999,999,999,999,993"),
        ("-9999999999999999999999993", "0=12,", "-9,999,999,999,999,999,999,999,993"),
        ("-9999999999999999999999993", "012_", "-9_999_999_999_999_999_999_999_993"),
        ("-9999999999999999999999993", "#012_b", "-0b1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1001_1111_1111_1111_1111_1111_1001"),
        ("-9999999999999999999999993", "0<10", "-9999999999999999999999993"),
        ("-9999999999999999999999993", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-9999999999999999999999993", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-9999999999999999999999993", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-9999999999999999999999993", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("-9999999999999999999999993", "e", "-1.000000e+25"),
        ("-9999999999999999999999993", ".3f", "-10000000000000000905969664.000"),
        ("-9999999999999999999999993", "%", "-1000000000000000150726508544.000000%"),
        ("-9999999999999999999999993", "g", "-1e+25"),
        ("-9999999999999999999999993", "_e", "-1.000000e+25"),
        ("-9999999999999999999999993", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("-9999999999999999999999993", "#g", "-1.00000e+25"),
        ("65", "d", "65"),
        ("65", "5", "   65"),
        ("65", "05", "00065"),
        ("65", "010,", "00,000,065"),
        ("65", "012,", "0,000,000,065"),
        ("65", "+d", "+65"),
        ("65", " d", " 65"),
        ("65", "-d", "65"),
        ("65", "x", "41"),
        ("65", "X", "41"),
        ("65", "#x", "0x41"),
        ("65", "#X", "0X41"),
        ("65", "#o", "0o101"),
        ("65", "#b", "0b1000001"),
        ("65", "b", "1000001"),
        ("65", "_b", "100_0001"),
        ("65", "_x", "41"),
        ("65", "#_x", "0x41"),
        ("65", "_", "65"),
        ("65", "_d", "65"),
        ("65", ",", "65"),
        ("65", "=+10", "+       65"),
        ("65", "*^11", "****65*****"),
        ("65", "<8", "65      "),
        ("65", ">8", "      65"),
        ("65", "^8", "   65   "),
        ("65", "#010x", "0x00000041"),
        ("65", "c", "A"),
        ("65", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("65", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("65", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("65", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("65", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("65", "n", "65"),
        ("65", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("65", "10n", "        65"),
        ("65", "x<#12,", "65xxxxxxxxxx"),
        ("65", "0=12,", "0,000,000,065"),
        ("65", "012_", "0_000_000_065"),
        ("65", "#012_b", "0b0_0100_0001"),
        ("65", "0<10", "6500000000"),
        ("65", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("65", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("65", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("65", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("65", "e", "6.500000e+01"),
        ("65", ".3f", "65.000"),
        ("65", "%", "6500.000000%"),
        ("65", "g", "65"),
        ("65", "_e", "6.500000e+01"),
        ("65", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("65", "#g", "65.0000"),
        ("1114111", "d", "1114111"),
        ("1114111", "5", "1114111"),
        ("1114111", "05", "1114111"),
        ("1114111", "010,", "01,114,111"),
        ("1114111", "012,", "0,001,114,111"),
        ("1114111", "+d", "+1114111"),
        ("1114111", " d", " 1114111"),
        ("1114111", "-d", "1114111"),
        ("1114111", "x", "10ffff"),
        ("1114111", "X", "10FFFF"),
        ("1114111", "#x", "0x10ffff"),
        ("1114111", "#X", "0X10FFFF"),
        ("1114111", "#o", "0o4177777"),
        ("1114111", "#b", "0b100001111111111111111"),
        ("1114111", "b", "100001111111111111111"),
        ("1114111", "_b", "1_0000_1111_1111_1111_1111"),
        ("1114111", "_x", "10_ffff"),
        ("1114111", "#_x", "0x10_ffff"),
        ("1114111", "_", "1_114_111"),
        ("1114111", "_d", "1_114_111"),
        ("1114111", ",", "1,114,111"),
        ("1114111", "=+10", "+  1114111"),
        ("1114111", "*^11", "**1114111**"),
        ("1114111", "<8", "1114111 "),
        ("1114111", ">8", " 1114111"),
        ("1114111", "^8", "1114111 "),
        ("1114111", "#010x", "0x0010ffff"),
        ("1114111", "c", "􏿿"),
        ("1114111", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1114111", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1114111", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1114111", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1114111", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("1114111", "n", "1114111"),
        ("1114111", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1114111", "10n", "   1114111"),
        ("1114111", "x<#12,", "1,114,111xxx"),
        ("1114111", "0=12,", "0,001,114,111"),
        ("1114111", "012_", "0_001_114_111"),
        ("1114111", "#012_b", "0b1_0000_1111_1111_1111_1111"),
        ("1114111", "0<10", "1114111000"),
        ("1114111", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1114111", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1114111", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1114111", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("1114111", "e", "1.114111e+06"),
        ("1114111", ".3f", "1114111.000"),
        ("1114111", "%", "111411100.000000%"),
        ("1114111", "g", "1.11411e+06"),
        ("1114111", "_e", "1.114111e+06"),
        ("1114111", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("1114111", "#g", "1.11411e+06"),
        ("1114112", "d", "1114112"),
        ("1114112", "5", "1114112"),
        ("1114112", "05", "1114112"),
        ("1114112", "010,", "01,114,112"),
        ("1114112", "012,", "0,001,114,112"),
        ("1114112", "+d", "+1114112"),
        ("1114112", " d", " 1114112"),
        ("1114112", "-d", "1114112"),
        ("1114112", "x", "110000"),
        ("1114112", "X", "110000"),
        ("1114112", "#x", "0x110000"),
        ("1114112", "#X", "0X110000"),
        ("1114112", "#o", "0o4200000"),
        ("1114112", "#b", "0b100010000000000000000"),
        ("1114112", "b", "100010000000000000000"),
        ("1114112", "_b", "1_0001_0000_0000_0000_0000"),
        ("1114112", "_x", "11_0000"),
        ("1114112", "#_x", "0x11_0000"),
        ("1114112", "_", "1_114_112"),
        ("1114112", "_d", "1_114_112"),
        ("1114112", ",", "1,114,112"),
        ("1114112", "=+10", "+  1114112"),
        ("1114112", "*^11", "**1114112**"),
        ("1114112", "<8", "1114112 "),
        ("1114112", ">8", " 1114112"),
        ("1114112", "^8", "1114112 "),
        ("1114112", "#010x", "0x00110000"),
        ("1114112", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("1114112", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1114112", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1114112", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1114112", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1114112", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("1114112", "n", "1114112"),
        ("1114112", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1114112", "10n", "   1114112"),
        ("1114112", "x<#12,", "1,114,112xxx"),
        ("1114112", "0=12,", "0,001,114,112"),
        ("1114112", "012_", "0_001_114_112"),
        ("1114112", "#012_b", "0b1_0001_0000_0000_0000_0000"),
        ("1114112", "0<10", "1114112000"),
        ("1114112", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1114112", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1114112", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1114112", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("1114112", "e", "1.114112e+06"),
        ("1114112", ".3f", "1114112.000"),
        ("1114112", "%", "111411200.000000%"),
        ("1114112", "g", "1.11411e+06"),
        ("1114112", "_e", "1.114112e+06"),
        ("1114112", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("1114112", "#g", "1.11411e+06"),
        ("-1", "d", "-1"),
        ("-1", "5", "   -1"),
        ("-1", "05", "-0001"),
        ("-1", "010,", "-0,000,001"),
        ("-1", "012,", "-000,000,001"),
        ("-1", "+d", "-1"),
        ("-1", " d", "-1"),
        ("-1", "-d", "-1"),
        ("-1", "x", "-1"),
        ("-1", "X", "-1"),
        ("-1", "#x", "-0x1"),
        ("-1", "#X", "-0X1"),
        ("-1", "#o", "-0o1"),
        ("-1", "#b", "-0b1"),
        ("-1", "b", "-1"),
        ("-1", "_b", "-1"),
        ("-1", "_x", "-1"),
        ("-1", "#_x", "-0x1"),
        ("-1", "_", "-1"),
        ("-1", "_d", "-1"),
        ("-1", ",", "-1"),
        ("-1", "=+10", "-        1"),
        ("-1", "*^11", "****-1*****"),
        ("-1", "<8", "-1      "),
        ("-1", ">8", "      -1"),
        ("-1", "^8", "   -1   "),
        ("-1", "#010x", "-0x0000001"),
        ("-1", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("-1", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-1", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-1", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("-1", "n", "-1"),
        ("-1", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-1", "10n", "        -1"),
        ("-1", "x<#12,", "-1xxxxxxxxxx"),
        ("-1", "0=12,", "-000,000,001"),
        ("-1", "012_", "-000_000_001"),
        ("-1", "#012_b", "-0b0000_0001"),
        ("-1", "0<10", "-100000000"),
        ("-1", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-1", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-1", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-1", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("-1", "e", "-1.000000e+00"),
        ("-1", ".3f", "-1.000"),
        ("-1", "%", "-100.000000%"),
        ("-1", "g", "-1"),
        ("-1", "_e", "-1.000000e+00"),
        ("-1", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("-1", "#g", "-1.00000"),
        ("18446744073709551616", "d", "18446744073709551616"),
        ("18446744073709551616", "5", "18446744073709551616"),
        ("18446744073709551616", "05", "18446744073709551616"),
        ("18446744073709551616", "010,", "18,446,744,073,709,551,616"),
        ("18446744073709551616", "012,", "18,446,744,073,709,551,616"),
        ("18446744073709551616", "+d", "+18446744073709551616"),
        ("18446744073709551616", " d", " 18446744073709551616"),
        ("18446744073709551616", "-d", "18446744073709551616"),
        ("18446744073709551616", "x", "10000000000000000"),
        ("18446744073709551616", "X", "10000000000000000"),
        ("18446744073709551616", "#x", "0x10000000000000000"),
        ("18446744073709551616", "#X", "0X10000000000000000"),
        ("18446744073709551616", "#o", "0o2000000000000000000000"),
        ("18446744073709551616", "#b", "0b10000000000000000000000000000000000000000000000000000000000000000"),
        ("18446744073709551616", "b", "10000000000000000000000000000000000000000000000000000000000000000"),
        ("18446744073709551616", "_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("18446744073709551616", "_x", "1_0000_0000_0000_0000"),
        ("18446744073709551616", "#_x", "0x1_0000_0000_0000_0000"),
        ("18446744073709551616", "_", "18_446_744_073_709_551_616"),
        ("18446744073709551616", "_d", "18_446_744_073_709_551_616"),
        ("18446744073709551616", ",", "18,446,744,073,709,551,616"),
        ("18446744073709551616", "=+10", "+18446744073709551616"),
        ("18446744073709551616", "*^11", "18446744073709551616"),
        ("18446744073709551616", "<8", "18446744073709551616"),
        ("18446744073709551616", ">8", "18446744073709551616"),
        ("18446744073709551616", "^8", "18446744073709551616"),
        ("18446744073709551616", "#010x", "0x10000000000000000"),
        ("18446744073709551616", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("18446744073709551616", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("18446744073709551616", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("18446744073709551616", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("18446744073709551616", "y", "ValueError: Unknown format code 'y' for object of type 'int'"),
        ("18446744073709551616", "n", "18446744073709551616"),
        ("18446744073709551616", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("18446744073709551616", "10n", "18446744073709551616"),
        ("18446744073709551616", "x<#12,", "18,446,744,073,709,551,616"),
        ("18446744073709551616", "0=12,", "18,446,744,073,709,551,616"),
        ("18446744073709551616", "012_", "18_446_744_073_709_551_616"),
        ("18446744073709551616", "#012_b", "0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("18446744073709551616", "0<10", "18446744073709551616"),
        ("18446744073709551616", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("18446744073709551616", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("18446744073709551616", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("18446744073709551616", "1111111111111111111111111", "ValueError: Too many decimal digits in format string"),
        ("18446744073709551616", "e", "1.844674e+19"),
        ("18446744073709551616", ".3f", "18446744073709551616.000"),
        ("18446744073709551616", "%", "1844674407370955161600.000000%"),
        ("18446744073709551616", "g", "1.84467e+19"),
        ("18446744073709551616", "_e", "1.844674e+19"),
        ("18446744073709551616", "ሴ", "ValueError: Unknown format code '\\x1234' for object of type 'int'"),
        ("18446744073709551616", "#g", "1.84467e+19"),
    ];

    const FLOAT_CASES: &[(f64, &str, &str)] = &[
        (0.0, "f", "0.000000"),
        (0.0, ".2f", "0.00"),
        (0.0, ".0f", "0"),
        (0.0, "#.0f", "0."),
        (0.0, "e", "0.000000e+00"),
        (0.0, ".3e", "0.000e+00"),
        (0.0, "E", "0.000000E+00"),
        (0.0, "g", "0"),
        (0.0, ".3g", "0"),
        (0.0, "G", "0"),
        (0.0, "#g", "0.00000"),
        (0.0, "#.3g", "0.00"),
        (0.0, "n", "0"),
        (0.0, "%", "0.000000%"),
        (0.0, ".1%", "0.0%"),
        (0.0, "", "0.0"),
        (0.0, ".3", "0.0"),
        (0.0, ".1", "0e+00"),
        (0.0, ".10", "0.0"),
        (0.0, "10.2f", "      0.00"),
        (0.0, "<10.2f", "0.00      "),
        (0.0, "^10", "   0.0    "),
        (0.0, "=+12.3f", "+      0.000"),
        (0.0, "010.2f", "0000000.00"),
        (0.0, "012,.2f", "0,000,000.00"),
        (0.0, "0=15,", "0,000,000,000.0"),
        (0.0, "+", "+0.0"),
        (0.0, " ", " 0.0"),
        (0.0, " .2e", " 0.00e+00"),
        (0.0, ",.2f", "0.00"),
        (0.0, "_f", "0.000000"),
        (0.0, "_", "0.0"),
        (0.0, "z.1f", "0.0"),
        (0.0, "z", "0.0"),
        (0.0, "z.2e", "0.00e+00"),
        (0.0, "#", "0.0"),
        (0.0, ".0e", "0e+00"),
        (0.0, ".0g", "0"),
        (0.0, ".0", "0e+00"),
        (0.0, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (0.0, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0.0, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (0.0, ".0%", "0%"),
        (0.0, "20,", "                 0.0"),
        (0.0, "#.0e", "0.e+00"),
        (-0.0, "f", "-0.000000"),
        (-0.0, ".2f", "-0.00"),
        (-0.0, ".0f", "-0"),
        (-0.0, "#.0f", "-0."),
        (-0.0, "e", "-0.000000e+00"),
        (-0.0, ".3e", "-0.000e+00"),
        (-0.0, "E", "-0.000000E+00"),
        (-0.0, "g", "-0"),
        (-0.0, ".3g", "-0"),
        (-0.0, "G", "-0"),
        (-0.0, "#g", "-0.00000"),
        (-0.0, "#.3g", "-0.00"),
        (-0.0, "n", "-0"),
        (-0.0, "%", "-0.000000%"),
        (-0.0, ".1%", "-0.0%"),
        (-0.0, "", "-0.0"),
        (-0.0, ".3", "-0.0"),
        (-0.0, ".1", "-0e+00"),
        (-0.0, ".10", "-0.0"),
        (-0.0, "10.2f", "     -0.00"),
        (-0.0, "<10.2f", "-0.00     "),
        (-0.0, "^10", "   -0.0   "),
        (-0.0, "=+12.3f", "-      0.000"),
        (-0.0, "010.2f", "-000000.00"),
        (-0.0, "012,.2f", "-0,000,000.00"),
        (-0.0, "0=15,", "-0,000,000,000.0"),
        (-0.0, "+", "-0.0"),
        (-0.0, " ", "-0.0"),
        (-0.0, " .2e", "-0.00e+00"),
        (-0.0, ",.2f", "-0.00"),
        (-0.0, "_f", "-0.000000"),
        (-0.0, "_", "-0.0"),
        (-0.0, "z.1f", "0.0"),
        (-0.0, "z", "0.0"),
        (-0.0, "z.2e", "0.00e+00"),
        (-0.0, "#", "-0.0"),
        (-0.0, ".0e", "-0e+00"),
        (-0.0, ".0g", "-0"),
        (-0.0, ".0", "-0e+00"),
        (-0.0, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (-0.0, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (-0.0, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (-0.0, ".0%", "-0%"),
        (-0.0, "20,", "                -0.0"),
        (-0.0, "#.0e", "-0.e+00"),
        (1.0, "f", "1.000000"),
        (1.0, ".2f", "1.00"),
        (1.0, ".0f", "1"),
        (1.0, "#.0f", "1."),
        (1.0, "e", "1.000000e+00"),
        (1.0, ".3e", "1.000e+00"),
        (1.0, "E", "1.000000E+00"),
        (1.0, "g", "1"),
        (1.0, ".3g", "1"),
        (1.0, "G", "1"),
        (1.0, "#g", "1.00000"),
        (1.0, "#.3g", "1.00"),
        (1.0, "n", "1"),
        (1.0, "%", "100.000000%"),
        (1.0, ".1%", "100.0%"),
        (1.0, "", "1.0"),
        (1.0, ".3", "1.0"),
        (1.0, ".1", "1e+00"),
        (1.0, ".10", "1.0"),
        (1.0, "10.2f", "      1.00"),
        (1.0, "<10.2f", "1.00      "),
        (1.0, "^10", "   1.0    "),
        (1.0, "=+12.3f", "+      1.000"),
        (1.0, "010.2f", "0000001.00"),
        (1.0, "012,.2f", "0,000,001.00"),
        (1.0, "0=15,", "0,000,000,001.0"),
        (1.0, "+", "+1.0"),
        (1.0, " ", " 1.0"),
        (1.0, " .2e", " 1.00e+00"),
        (1.0, ",.2f", "1.00"),
        (1.0, "_f", "1.000000"),
        (1.0, "_", "1.0"),
        (1.0, "z.1f", "1.0"),
        (1.0, "z", "1.0"),
        (1.0, "z.2e", "1.00e+00"),
        (1.0, "#", "1.0"),
        (1.0, ".0e", "1e+00"),
        (1.0, ".0g", "1"),
        (1.0, ".0", "1e+00"),
        (1.0, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (1.0, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (1.0, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (1.0, ".0%", "100%"),
        (1.0, "20,", "                 1.0"),
        (1.0, "#.0e", "1.e+00"),
        (-1.5, "f", "-1.500000"),
        (-1.5, ".2f", "-1.50"),
        (-1.5, ".0f", "-2"),
        (-1.5, "#.0f", "-2."),
        (-1.5, "e", "-1.500000e+00"),
        (-1.5, ".3e", "-1.500e+00"),
        (-1.5, "E", "-1.500000E+00"),
        (-1.5, "g", "-1.5"),
        (-1.5, ".3g", "-1.5"),
        (-1.5, "G", "-1.5"),
        (-1.5, "#g", "-1.50000"),
        (-1.5, "#.3g", "-1.50"),
        (-1.5, "n", "-1.5"),
        (-1.5, "%", "-150.000000%"),
        (-1.5, ".1%", "-150.0%"),
        (-1.5, "", "-1.5"),
        (-1.5, ".3", "-1.5"),
        (-1.5, ".1", "-2e+00"),
        (-1.5, ".10", "-1.5"),
        (-1.5, "10.2f", "     -1.50"),
        (-1.5, "<10.2f", "-1.50     "),
        (-1.5, "^10", "   -1.5   "),
        (-1.5, "=+12.3f", "-      1.500"),
        (-1.5, "010.2f", "-000001.50"),
        (-1.5, "012,.2f", "-0,000,001.50"),
        (-1.5, "0=15,", "-0,000,000,001.5"),
        (-1.5, "+", "-1.5"),
        (-1.5, " ", "-1.5"),
        (-1.5, " .2e", "-1.50e+00"),
        (-1.5, ",.2f", "-1.50"),
        (-1.5, "_f", "-1.500000"),
        (-1.5, "_", "-1.5"),
        (-1.5, "z.1f", "-1.5"),
        (-1.5, "z", "-1.5"),
        (-1.5, "z.2e", "-1.50e+00"),
        (-1.5, "#", "-1.5"),
        (-1.5, ".0e", "-2e+00"),
        (-1.5, ".0g", "-2"),
        (-1.5, ".0", "-2e+00"),
        (-1.5, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (-1.5, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (-1.5, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (-1.5, ".0%", "-150%"),
        (-1.5, "20,", "                -1.5"),
        (-1.5, "#.0e", "-2.e+00"),
        (0.1, "f", "0.100000"),
        (0.1, ".2f", "0.10"),
        (0.1, ".0f", "0"),
        (0.1, "#.0f", "0."),
        (0.1, "e", "1.000000e-01"),
        (0.1, ".3e", "1.000e-01"),
        (0.1, "E", "1.000000E-01"),
        (0.1, "g", "0.1"),
        (0.1, ".3g", "0.1"),
        (0.1, "G", "0.1"),
        (0.1, "#g", "0.100000"),
        (0.1, "#.3g", "0.100"),
        (0.1, "n", "0.1"),
        (0.1, "%", "10.000000%"),
        (0.1, ".1%", "10.0%"),
        (0.1, "", "0.1"),
        (0.1, ".3", "0.1"),
        (0.1, ".1", "0.1"),
        (0.1, ".10", "0.1"),
        (0.1, "10.2f", "      0.10"),
        (0.1, "<10.2f", "0.10      "),
        (0.1, "^10", "   0.1    "),
        (0.1, "=+12.3f", "+      0.100"),
        (0.1, "010.2f", "0000000.10"),
        (0.1, "012,.2f", "0,000,000.10"),
        (0.1, "0=15,", "0,000,000,000.1"),
        (0.1, "+", "+0.1"),
        (0.1, " ", " 0.1"),
        (0.1, " .2e", " 1.00e-01"),
        (0.1, ",.2f", "0.10"),
        (0.1, "_f", "0.100000"),
        (0.1, "_", "0.1"),
        (0.1, "z.1f", "0.1"),
        (0.1, "z", "0.1"),
        (0.1, "z.2e", "1.00e-01"),
        (0.1, "#", "0.1"),
        (0.1, ".0e", "1e-01"),
        (0.1, ".0g", "0.1"),
        (0.1, ".0", "0.1"),
        (0.1, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (0.1, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0.1, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (0.1, ".0%", "10%"),
        (0.1, "20,", "                 0.1"),
        (0.1, "#.0e", "1.e-01"),
        (1234.5678, "f", "1234.567800"),
        (1234.5678, ".2f", "1234.57"),
        (1234.5678, ".0f", "1235"),
        (1234.5678, "#.0f", "1235."),
        (1234.5678, "e", "1.234568e+03"),
        (1234.5678, ".3e", "1.235e+03"),
        (1234.5678, "E", "1.234568E+03"),
        (1234.5678, "g", "1234.57"),
        (1234.5678, ".3g", "1.23e+03"),
        (1234.5678, "G", "1234.57"),
        (1234.5678, "#g", "1234.57"),
        (1234.5678, "#.3g", "1.23e+03"),
        (1234.5678, "n", "1234.57"),
        (1234.5678, "%", "123456.780000%"),
        (1234.5678, ".1%", "123456.8%"),
        (1234.5678, "", "1234.5678"),
        (1234.5678, ".3", "1.23e+03"),
        (1234.5678, ".1", "1e+03"),
        (1234.5678, ".10", "1234.5678"),
        (1234.5678, "10.2f", "   1234.57"),
        (1234.5678, "<10.2f", "1234.57   "),
        (1234.5678, "^10", "1234.5678 "),
        (1234.5678, "=+12.3f", "+   1234.568"),
        (1234.5678, "010.2f", "0001234.57"),
        (1234.5678, "012,.2f", "0,001,234.57"),
        (1234.5678, "0=15,", "00,001,234.5678"),
        (1234.5678, "+", "+1234.5678"),
        (1234.5678, " ", " 1234.5678"),
        (1234.5678, " .2e", " 1.23e+03"),
        (1234.5678, ",.2f", "1,234.57"),
        (1234.5678, "_f", "1_234.567800"),
        (1234.5678, "_", "1_234.5678"),
        (1234.5678, "z.1f", "1234.6"),
        (1234.5678, "z", "1234.5678"),
        (1234.5678, "z.2e", "1.23e+03"),
        (1234.5678, "#", "1234.5678"),
        (1234.5678, ".0e", "1e+03"),
        (1234.5678, ".0g", "1e+03"),
        (1234.5678, ".0", "1e+03"),
        (1234.5678, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (1234.5678, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (1234.5678, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (1234.5678, ".0%", "123457%"),
        (1234.5678, "20,", "          1,234.5678"),
        (1234.5678, "#.0e", "1.e+03"),
        (-1234567.891, "f", "-1234567.891000"),
        (-1234567.891, ".2f", "-1234567.89"),
        (-1234567.891, ".0f", "-1234568"),
        (-1234567.891, "#.0f", "-1234568."),
        (-1234567.891, "e", "-1.234568e+06"),
        (-1234567.891, ".3e", "-1.235e+06"),
        (-1234567.891, "E", "-1.234568E+06"),
        (-1234567.891, "g", "-1.23457e+06"),
        (-1234567.891, ".3g", "-1.23e+06"),
        (-1234567.891, "G", "-1.23457E+06"),
        (-1234567.891, "#g", "-1.23457e+06"),
        (-1234567.891, "#.3g", "-1.23e+06"),
        (-1234567.891, "n", "-1.23457e+06"),
        (-1234567.891, "%", "-123456789.100000%"),
        (-1234567.891, ".1%", "-123456789.1%"),
        (-1234567.891, "", "-1234567.891"),
        (-1234567.891, ".3", "-1.23e+06"),
        (-1234567.891, ".1", "-1e+06"),
        (-1234567.891, ".10", "-1234567.891"),
        (-1234567.891, "10.2f", "-1234567.89"),
        (-1234567.891, "<10.2f", "-1234567.89"),
        (-1234567.891, "^10", "-1234567.891"),
        (-1234567.891, "=+12.3f", "-1234567.891"),
        (-1234567.891, "010.2f", "-1234567.89"),
        (-1234567.891, "012,.2f", "-1,234,567.89"),
        (-1234567.891, "0=15,", "-01,234,567.891"),
        (-1234567.891, "+", "-1234567.891"),
        (-1234567.891, " ", "-1234567.891"),
        (-1234567.891, " .2e", "-1.23e+06"),
        (-1234567.891, ",.2f", "-1,234,567.89"),
        (-1234567.891, "_f", "-1_234_567.891000"),
        (-1234567.891, "_", "-1_234_567.891"),
        (-1234567.891, "z.1f", "-1234567.9"),
        (-1234567.891, "z", "-1234567.891"),
        (-1234567.891, "z.2e", "-1.23e+06"),
        (-1234567.891, "#", "-1234567.891"),
        (-1234567.891, ".0e", "-1e+06"),
        (-1234567.891, ".0g", "-1e+06"),
        (-1234567.891, ".0", "-1e+06"),
        (-1234567.891, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (-1234567.891, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (-1234567.891, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (-1234567.891, ".0%", "-123456789%"),
        (-1234567.891, "20,", "      -1,234,567.891"),
        (-1234567.891, "#.0e", "-1.e+06"),
        (1e+16, "f", "10000000000000000.000000"),
        (1e+16, ".2f", "10000000000000000.00"),
        (1e+16, ".0f", "10000000000000000"),
        (1e+16, "#.0f", "10000000000000000."),
        (1e+16, "e", "1.000000e+16"),
        (1e+16, ".3e", "1.000e+16"),
        (1e+16, "E", "1.000000E+16"),
        (1e+16, "g", "1e+16"),
        (1e+16, ".3g", "1e+16"),
        (1e+16, "G", "1E+16"),
        (1e+16, "#g", "1.00000e+16"),
        (1e+16, "#.3g", "1.00e+16"),
        (1e+16, "n", "1e+16"),
        (1e+16, "%", "1000000000000000000.000000%"),
        (1e+16, ".1%", "1000000000000000000.0%"),
        (1e+16, "", "1e+16"),
        (1e+16, ".3", "1e+16"),
        (1e+16, ".1", "1e+16"),
        (1e+16, ".10", "1e+16"),
        (1e+16, "10.2f", "10000000000000000.00"),
        (1e+16, "<10.2f", "10000000000000000.00"),
        (1e+16, "^10", "  1e+16   "),
        (1e+16, "=+12.3f", "+10000000000000000.000"),
        (1e+16, "010.2f", "10000000000000000.00"),
        (1e+16, "012,.2f", "10,000,000,000,000,000.00"),
        (1e+16, "0=15,", "000,000,001e+16"),
        (1e+16, "+", "+1e+16"),
        (1e+16, " ", " 1e+16"),
        (1e+16, " .2e", " 1.00e+16"),
        (1e+16, ",.2f", "10,000,000,000,000,000.00"),
        (1e+16, "_f", "10_000_000_000_000_000.000000"),
        (1e+16, "_", "1e+16"),
        (1e+16, "z.1f", "10000000000000000.0"),
        (1e+16, "z", "1e+16"),
        (1e+16, "z.2e", "1.00e+16"),
        (1e+16, "#", "1.e+16"),
        (1e+16, ".0e", "1e+16"),
        (1e+16, ".0g", "1e+16"),
        (1e+16, ".0", "1e+16"),
        (1e+16, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (1e+16, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (1e+16, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (1e+16, ".0%", "1000000000000000000%"),
        (1e+16, "20,", "               1e+16"),
        (1e+16, "#.0e", "1.e+16"),
        (1.5e-05, "f", "0.000015"),
        (1.5e-05, ".2f", "0.00"),
        (1.5e-05, ".0f", "0"),
        (1.5e-05, "#.0f", "0."),
        (1.5e-05, "e", "1.500000e-05"),
        (1.5e-05, ".3e", "1.500e-05"),
        (1.5e-05, "E", "1.500000E-05"),
        (1.5e-05, "g", "1.5e-05"),
        (1.5e-05, ".3g", "1.5e-05"),
        (1.5e-05, "G", "1.5E-05"),
        (1.5e-05, "#g", "1.50000e-05"),
        (1.5e-05, "#.3g", "1.50e-05"),
        (1.5e-05, "n", "1.5e-05"),
        (1.5e-05, "%", "0.001500%"),
        (1.5e-05, ".1%", "0.0%"),
        (1.5e-05, "", "1.5e-05"),
        (1.5e-05, ".3", "1.5e-05"),
        (1.5e-05, ".1", "2e-05"),
        (1.5e-05, ".10", "1.5e-05"),
        (1.5e-05, "10.2f", "      0.00"),
        (1.5e-05, "<10.2f", "0.00      "),
        (1.5e-05, "^10", " 1.5e-05  "),
        (1.5e-05, "=+12.3f", "+      0.000"),
        (1.5e-05, "010.2f", "0000000.00"),
        (1.5e-05, "012,.2f", "0,000,000.00"),
        (1.5e-05, "0=15,", "0,000,001.5e-05"),
        (1.5e-05, "+", "+1.5e-05"),
        (1.5e-05, " ", " 1.5e-05"),
        (1.5e-05, " .2e", " 1.50e-05"),
        (1.5e-05, ",.2f", "0.00"),
        (1.5e-05, "_f", "0.000015"),
        (1.5e-05, "_", "1.5e-05"),
        (1.5e-05, "z.1f", "0.0"),
        (1.5e-05, "z", "1.5e-05"),
        (1.5e-05, "z.2e", "1.50e-05"),
        (1.5e-05, "#", "1.5e-05"),
        (1.5e-05, ".0e", "2e-05"),
        (1.5e-05, ".0g", "2e-05"),
        (1.5e-05, ".0", "2e-05"),
        (1.5e-05, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (1.5e-05, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (1.5e-05, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (1.5e-05, ".0%", "0%"),
        (1.5e-05, "20,", "             1.5e-05"),
        (1.5e-05, "#.0e", "2.e-05"),
        (123456789.0, "f", "123456789.000000"),
        (123456789.0, ".2f", "123456789.00"),
        (123456789.0, ".0f", "123456789"),
        (123456789.0, "#.0f", "123456789."),
        (123456789.0, "e", "1.234568e+08"),
        (123456789.0, ".3e", "1.235e+08"),
        (123456789.0, "E", "1.234568E+08"),
        (123456789.0, "g", "1.23457e+08"),
        (123456789.0, ".3g", "1.23e+08"),
        (123456789.0, "G", "1.23457E+08"),
        (123456789.0, "#g", "1.23457e+08"),
        (123456789.0, "#.3g", "1.23e+08"),
        (123456789.0, "n", "1.23457e+08"),
        (123456789.0, "%", "12345678900.000000%"),
        (123456789.0, ".1%", "12345678900.0%"),
        (123456789.0, "", "123456789.0"),
        (123456789.0, ".3", "1.23e+08"),
        (123456789.0, ".1", "1e+08"),
        (123456789.0, ".10", "123456789.0"),
        (123456789.0, "10.2f", "123456789.00"),
        (123456789.0, "<10.2f", "123456789.00"),
        (123456789.0, "^10", "123456789.0"),
        (123456789.0, "=+12.3f", "+123456789.000"),
        (123456789.0, "010.2f", "123456789.00"),
        (123456789.0, "012,.2f", "123,456,789.00"),
        (123456789.0, "0=15,", "0,123,456,789.0"),
        (123456789.0, "+", "+123456789.0"),
        (123456789.0, " ", " 123456789.0"),
        (123456789.0, " .2e", " 1.23e+08"),
        (123456789.0, ",.2f", "123,456,789.00"),
        (123456789.0, "_f", "123_456_789.000000"),
        (123456789.0, "_", "123_456_789.0"),
        (123456789.0, "z.1f", "123456789.0"),
        (123456789.0, "z", "123456789.0"),
        (123456789.0, "z.2e", "1.23e+08"),
        (123456789.0, "#", "123456789.0"),
        (123456789.0, ".0e", "1e+08"),
        (123456789.0, ".0g", "1e+08"),
        (123456789.0, ".0", "1e+08"),
        (123456789.0, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (123456789.0, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (123456789.0, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (123456789.0, ".0%", "12345678900%"),
        (123456789.0, "20,", "       123,456,789.0"),
        (123456789.0, "#.0e", "1.e+08"),
        (1e+100, "f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"),
        (1e+100, ".2f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (1e+100, ".0f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"),
        (1e+100, "#.0f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104."),
        (1e+100, "e", "1.000000e+100"),
        (1e+100, ".3e", "1.000e+100"),
        (1e+100, "E", "1.000000E+100"),
        (1e+100, "g", "1e+100"),
        (1e+100, ".3g", "1e+100"),
        (1e+100, "G", "1E+100"),
        (1e+100, "#g", "1.00000e+100"),
        (1e+100, "#.3g", "1.00e+100"),
        (1e+100, "n", "1e+100"),
        (1e+100, "%", "999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880.000000%"),
        (1e+100, ".1%", "999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880.0%"),
        (1e+100, "", "1e+100"),
        (1e+100, ".3", "1e+100"),
        (1e+100, ".1", "1e+100"),
        (1e+100, ".10", "1e+100"),
        (1e+100, "10.2f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (1e+100, "<10.2f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (1e+100, "^10", "  1e+100  "),
        (1e+100, "=+12.3f", "+10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000"),
        (1e+100, "010.2f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (1e+100, "012,.2f", "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.00"),
        (1e+100, "0=15,", "00,000,001e+100"),
        (1e+100, "+", "+1e+100"),
        (1e+100, " ", " 1e+100"),
        (1e+100, " .2e", " 1.00e+100"),
        (1e+100, ",.2f", "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.00"),
        (1e+100, "_f", "10_000_000_000_000_000_159_028_911_097_599_180_468_360_808_563_945_281_389_781_327_557_747_838_772_170_381_060_813_469_985_856_815_104.000000"),
        (1e+100, "_", "1e+100"),
        (1e+100, "z.1f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0"),
        (1e+100, "z", "1e+100"),
        (1e+100, "z.2e", "1.00e+100"),
        (1e+100, "#", "1.e+100"),
        (1e+100, ".0e", "1e+100"),
        (1e+100, ".0g", "1e+100"),
        (1e+100, ".0", "1e+100"),
        (1e+100, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (1e+100, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (1e+100, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (1e+100, ".0%", "999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880%"),
        (1e+100, "20,", "              1e+100"),
        (1e+100, "#.0e", "1.e+100"),
        (f64::INFINITY, "f", "inf"),
        (f64::INFINITY, ".2f", "inf"),
        (f64::INFINITY, ".0f", "inf"),
        (f64::INFINITY, "#.0f", "inf"),
        (f64::INFINITY, "e", "inf"),
        (f64::INFINITY, ".3e", "inf"),
        (f64::INFINITY, "E", "INF"),
        (f64::INFINITY, "g", "inf"),
        (f64::INFINITY, ".3g", "inf"),
        (f64::INFINITY, "G", "INF"),
        (f64::INFINITY, "#g", "inf"),
        (f64::INFINITY, "#.3g", "inf"),
        (f64::INFINITY, "n", "inf"),
        (f64::INFINITY, "%", "inf%"),
        (f64::INFINITY, ".1%", "inf%"),
        (f64::INFINITY, "", "inf"),
        (f64::INFINITY, ".3", "inf"),
        (f64::INFINITY, ".1", "inf"),
        (f64::INFINITY, ".10", "inf"),
        (f64::INFINITY, "10.2f", "       inf"),
        (f64::INFINITY, "<10.2f", "inf       "),
        (f64::INFINITY, "^10", "   inf    "),
        (f64::INFINITY, "=+12.3f", "+        inf"),
        (f64::INFINITY, "010.2f", "0000000inf"),
        (f64::INFINITY, "012,.2f", "000000000inf"),
        (f64::INFINITY, "0=15,", "000000000000inf"),
        (f64::INFINITY, "+", "+inf"),
        (f64::INFINITY, " ", " inf"),
        (f64::INFINITY, " .2e", " inf"),
        (f64::INFINITY, ",.2f", "inf"),
        (f64::INFINITY, "_f", "inf"),
        (f64::INFINITY, "_", "inf"),
        (f64::INFINITY, "z.1f", "inf"),
        (f64::INFINITY, "z", "inf"),
        (f64::INFINITY, "z.2e", "inf"),
        (f64::INFINITY, "#", "inf"),
        (f64::INFINITY, ".0e", "inf"),
        (f64::INFINITY, ".0g", "inf"),
        (f64::INFINITY, ".0", "inf"),
        (f64::INFINITY, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (f64::INFINITY, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (f64::INFINITY, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (f64::INFINITY, ".0%", "inf%"),
        (f64::INFINITY, "20,", "                 inf"),
        (f64::INFINITY, "#.0e", "inf"),
        (f64::NEG_INFINITY, "f", "-inf"),
        (f64::NEG_INFINITY, ".2f", "-inf"),
        (f64::NEG_INFINITY, ".0f", "-inf"),
        (f64::NEG_INFINITY, "#.0f", "-inf"),
        (f64::NEG_INFINITY, "e", "-inf"),
        (f64::NEG_INFINITY, ".3e", "-inf"),
        (f64::NEG_INFINITY, "E", "-INF"),
        (f64::NEG_INFINITY, "g", "-inf"),
        (f64::NEG_INFINITY, ".3g", "-inf"),
        (f64::NEG_INFINITY, "G", "-INF"),
        (f64::NEG_INFINITY, "#g", "-inf"),
        (f64::NEG_INFINITY, "#.3g", "-inf"),
        (f64::NEG_INFINITY, "n", "-inf"),
        (f64::NEG_INFINITY, "%", "-inf%"),
        (f64::NEG_INFINITY, ".1%", "-inf%"),
        (f64::NEG_INFINITY, "", "-inf"),
        (f64::NEG_INFINITY, ".3", "-inf"),
        (f64::NEG_INFINITY, ".1", "-inf"),
        (f64::NEG_INFINITY, ".10", "-inf"),
        (f64::NEG_INFINITY, "10.2f", "      -inf"),
        (f64::NEG_INFINITY, "<10.2f", "-inf      "),
        (f64::NEG_INFINITY, "^10", "   -inf   "),
        (f64::NEG_INFINITY, "=+12.3f", "-        inf"),
        (f64::NEG_INFINITY, "010.2f", "-000000inf"),
        (f64::NEG_INFINITY, "012,.2f", "-00000000inf"),
        (f64::NEG_INFINITY, "0=15,", "-00000000000inf"),
        (f64::NEG_INFINITY, "+", "-inf"),
        (f64::NEG_INFINITY, " ", "-inf"),
        (f64::NEG_INFINITY, " .2e", "-inf"),
        (f64::NEG_INFINITY, ",.2f", "-inf"),
        (f64::NEG_INFINITY, "_f", "-inf"),
        (f64::NEG_INFINITY, "_", "-inf"),
        (f64::NEG_INFINITY, "z.1f", "-inf"),
        (f64::NEG_INFINITY, "z", "-inf"),
        (f64::NEG_INFINITY, "z.2e", "-inf"),
        (f64::NEG_INFINITY, "#", "-inf"),
        (f64::NEG_INFINITY, ".0e", "-inf"),
        (f64::NEG_INFINITY, ".0g", "-inf"),
        (f64::NEG_INFINITY, ".0", "-inf"),
        (f64::NEG_INFINITY, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (f64::NEG_INFINITY, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (f64::NEG_INFINITY, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (f64::NEG_INFINITY, ".0%", "-inf%"),
        (f64::NEG_INFINITY, "20,", "                -inf"),
        (f64::NEG_INFINITY, "#.0e", "-inf"),
        (f64::NAN, "f", "nan"),
        (f64::NAN, ".2f", "nan"),
        (f64::NAN, ".0f", "nan"),
        (f64::NAN, "#.0f", "nan"),
        (f64::NAN, "e", "nan"),
        (f64::NAN, ".3e", "nan"),
        (f64::NAN, "E", "NAN"),
        (f64::NAN, "g", "nan"),
        (f64::NAN, ".3g", "nan"),
        (f64::NAN, "G", "NAN"),
        (f64::NAN, "#g", "nan"),
        (f64::NAN, "#.3g", "nan"),
        (f64::NAN, "n", "nan"),
        (f64::NAN, "%", "nan%"),
        (f64::NAN, ".1%", "nan%"),
        (f64::NAN, "", "nan"),
        (f64::NAN, ".3", "nan"),
        (f64::NAN, ".1", "nan"),
        (f64::NAN, ".10", "nan"),
        (f64::NAN, "10.2f", "       nan"),
        (f64::NAN, "<10.2f", "nan       "),
        (f64::NAN, "^10", "   nan    "),
        (f64::NAN, "=+12.3f", "+        nan"),
        (f64::NAN, "010.2f", "0000000nan"),
        (f64::NAN, "012,.2f", "000000000nan"),
        (f64::NAN, "0=15,", "000000000000nan"),
        (f64::NAN, "+", "+nan"),
        (f64::NAN, " ", " nan"),
        (f64::NAN, " .2e", " nan"),
        (f64::NAN, ",.2f", "nan"),
        (f64::NAN, "_f", "nan"),
        (f64::NAN, "_", "nan"),
        (f64::NAN, "z.1f", "nan"),
        (f64::NAN, "z", "nan"),
        (f64::NAN, "z.2e", "nan"),
        (f64::NAN, "#", "nan"),
        (f64::NAN, ".0e", "nan"),
        (f64::NAN, ".0g", "nan"),
        (f64::NAN, ".0", "nan"),
        (f64::NAN, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (f64::NAN, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (f64::NAN, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (f64::NAN, ".0%", "nan%"),
        (f64::NAN, "20,", "                 nan"),
        (f64::NAN, "#.0e", "nan"),
        (0.5, "f", "0.500000"),
        (0.5, ".2f", "0.50"),
        (0.5, ".0f", "0"),
        (0.5, "#.0f", "0."),
        (0.5, "e", "5.000000e-01"),
        (0.5, ".3e", "5.000e-01"),
        (0.5, "E", "5.000000E-01"),
        (0.5, "g", "0.5"),
        (0.5, ".3g", "0.5"),
        (0.5, "G", "0.5"),
        (0.5, "#g", "0.500000"),
        (0.5, "#.3g", "0.500"),
        (0.5, "n", "0.5"),
        (0.5, "%", "50.000000%"),
        (0.5, ".1%", "50.0%"),
        (0.5, "", "0.5"),
        (0.5, ".3", "0.5"),
        (0.5, ".1", "0.5"),
        (0.5, ".10", "0.5"),
        (0.5, "10.2f", "      0.50"),
        (0.5, "<10.2f", "0.50      "),
        (0.5, "^10", "   0.5    "),
        (0.5, "=+12.3f", "+      0.500"),
        (0.5, "010.2f", "0000000.50"),
        (0.5, "012,.2f", "0,000,000.50"),
        (0.5, "0=15,", "0,000,000,000.5"),
        (0.5, "+", "+0.5"),
        (0.5, " ", " 0.5"),
        (0.5, " .2e", " 5.00e-01"),
        (0.5, ",.2f", "0.50"),
        (0.5, "_f", "0.500000"),
        (0.5, "_", "0.5"),
        (0.5, "z.1f", "0.5"),
        (0.5, "z", "0.5"),
        (0.5, "z.2e", "5.00e-01"),
        (0.5, "#", "0.5"),
        (0.5, ".0e", "5e-01"),
        (0.5, ".0g", "0.5"),
        (0.5, ".0", "0.5"),
        (0.5, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (0.5, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0.5, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (0.5, ".0%", "50%"),
        (0.5, "20,", "                 0.5"),
        (0.5, "#.0e", "5.e-01"),
        (2.5, "f", "2.500000"),
        (2.5, ".2f", "2.50"),
        (2.5, ".0f", "2"),
        (2.5, "#.0f", "2."),
        (2.5, "e", "2.500000e+00"),
        (2.5, ".3e", "2.500e+00"),
        (2.5, "E", "2.500000E+00"),
        (2.5, "g", "2.5"),
        (2.5, ".3g", "2.5"),
        (2.5, "G", "2.5"),
        (2.5, "#g", "2.50000"),
        (2.5, "#.3g", "2.50"),
        (2.5, "n", "2.5"),
        (2.5, "%", "250.000000%"),
        (2.5, ".1%", "250.0%"),
        (2.5, "", "2.5"),
        (2.5, ".3", "2.5"),
        (2.5, ".1", "2e+00"),
        (2.5, ".10", "2.5"),
        (2.5, "10.2f", "      2.50"),
        (2.5, "<10.2f", "2.50      "),
        (2.5, "^10", "   2.5    "),
        (2.5, "=+12.3f", "+      2.500"),
        (2.5, "010.2f", "0000002.50"),
        (2.5, "012,.2f", "0,000,002.50"),
        (2.5, "0=15,", "0,000,000,002.5"),
        (2.5, "+", "+2.5"),
        (2.5, " ", " 2.5"),
        (2.5, " .2e", " 2.50e+00"),
        (2.5, ",.2f", "2.50"),
        (2.5, "_f", "2.500000"),
        (2.5, "_", "2.5"),
        (2.5, "z.1f", "2.5"),
        (2.5, "z", "2.5"),
        (2.5, "z.2e", "2.50e+00"),
        (2.5, "#", "2.5"),
        (2.5, ".0e", "2e+00"),
        (2.5, ".0g", "2"),
        (2.5, ".0", "2e+00"),
        (2.5, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (2.5, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (2.5, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (2.5, ".0%", "250%"),
        (2.5, "20,", "                 2.5"),
        (2.5, "#.0e", "2.e+00"),
        (-0.001, "f", "-0.001000"),
        (-0.001, ".2f", "-0.00"),
        (-0.001, ".0f", "-0"),
        (-0.001, "#.0f", "-0."),
        (-0.001, "e", "-1.000000e-03"),
        (-0.001, ".3e", "-1.000e-03"),
        (-0.001, "E", "-1.000000E-03"),
        (-0.001, "g", "-0.001"),
        (-0.001, ".3g", "-0.001"),
        (-0.001, "G", "-0.001"),
        (-0.001, "#g", "-0.00100000"),
        (-0.001, "#.3g", "-0.00100"),
        (-0.001, "n", "-0.001"),
        (-0.001, "%", "-0.100000%"),
        (-0.001, ".1%", "-0.1%"),
        (-0.001, "", "-0.001"),
        (-0.001, ".3", "-0.001"),
        (-0.001, ".1", "-0.001"),
        (-0.001, ".10", "-0.001"),
        (-0.001, "10.2f", "     -0.00"),
        (-0.001, "<10.2f", "-0.00     "),
        (-0.001, "^10", "  -0.001  "),
        (-0.001, "=+12.3f", "-      0.001"),
        (-0.001, "010.2f", "-000000.00"),
        (-0.001, "012,.2f", "-0,000,000.00"),
        (-0.001, "0=15,", "-00,000,000.001"),
        (-0.001, "+", "-0.001"),
        (-0.001, " ", "-0.001"),
        (-0.001, " .2e", "-1.00e-03"),
        (-0.001, ",.2f", "-0.00"),
        (-0.001, "_f", "-0.001000"),
        (-0.001, "_", "-0.001"),
        (-0.001, "z.1f", "0.0"),
        (-0.001, "z", "-0.001"),
        (-0.001, "z.2e", "-1.00e-03"),
        (-0.001, "#", "-0.001"),
        (-0.001, ".0e", "-1e-03"),
        (-0.001, ".0g", "-0.001"),
        (-0.001, ".0", "-0.001"),
        (-0.001, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (-0.001, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (-0.001, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (-0.001, ".0%", "-0%"),
        (-0.001, "20,", "              -0.001"),
        (-0.001, "#.0e", "-1.e-03"),
        (0.3333333333333333, "f", "0.333333"),
        (0.3333333333333333, ".2f", "0.33"),
        (0.3333333333333333, ".0f", "0"),
        (0.3333333333333333, "#.0f", "0."),
        (0.3333333333333333, "e", "3.333333e-01"),
        (0.3333333333333333, ".3e", "3.333e-01"),
        (0.3333333333333333, "E", "3.333333E-01"),
        (0.3333333333333333, "g", "0.333333"),
        (0.3333333333333333, ".3g", "0.333"),
        (0.3333333333333333, "G", "0.333333"),
        (0.3333333333333333, "#g", "0.333333"),
        (0.3333333333333333, "#.3g", "0.333"),
        (0.3333333333333333, "n", "0.333333"),
        (0.3333333333333333, "%", "33.333333%"),
        (0.3333333333333333, ".1%", "33.3%"),
        (0.3333333333333333, "", "0.3333333333333333"),
        (0.3333333333333333, ".3", "0.333"),
        (0.3333333333333333, ".1", "0.3"),
        (0.3333333333333333, ".10", "0.3333333333"),
        (0.3333333333333333, "10.2f", "      0.33"),
        (0.3333333333333333, "<10.2f", "0.33      "),
        (0.3333333333333333, "^10", "0.3333333333333333"),
        (0.3333333333333333, "=+12.3f", "+      0.333"),
        (0.3333333333333333, "010.2f", "0000000.33"),
        (0.3333333333333333, "012,.2f", "0,000,000.33"),
        (0.3333333333333333, "0=15,", "0.3333333333333333"),
        (0.3333333333333333, "+", "+0.3333333333333333"),
        (0.3333333333333333, " ", " 0.3333333333333333"),
        (0.3333333333333333, " .2e", " 3.33e-01"),
        (0.3333333333333333, ",.2f", "0.33"),
        (0.3333333333333333, "_f", "0.333333"),
        (0.3333333333333333, "_", "0.3333333333333333"),
        (0.3333333333333333, "z.1f", "0.3"),
        (0.3333333333333333, "z", "0.3333333333333333"),
        (0.3333333333333333, "z.2e", "3.33e-01"),
        (0.3333333333333333, "#", "0.3333333333333333"),
        (0.3333333333333333, ".0e", "3e-01"),
        (0.3333333333333333, ".0g", "0.3"),
        (0.3333333333333333, ".0", "0.3"),
        (0.3333333333333333, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (0.3333333333333333, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0.3333333333333333, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (0.3333333333333333, ".0%", "33%"),
        (0.3333333333333333, "20,", "  0.3333333333333333"),
        (0.3333333333333333, "#.0e", "3.e-01"),
        (1.2345678901234567e+19, "f", "12345678901234567168.000000"),
        (1.2345678901234567e+19, ".2f", "12345678901234567168.00"),
        (1.2345678901234567e+19, ".0f", "12345678901234567168"),
        (1.2345678901234567e+19, "#.0f", "12345678901234567168."),
        (1.2345678901234567e+19, "e", "1.234568e+19"),
        (1.2345678901234567e+19, ".3e", "1.235e+19"),
        (1.2345678901234567e+19, "E", "1.234568E+19"),
        (1.2345678901234567e+19, "g", "1.23457e+19"),
        (1.2345678901234567e+19, ".3g", "1.23e+19"),
        (1.2345678901234567e+19, "G", "1.23457E+19"),
        (1.2345678901234567e+19, "#g", "1.23457e+19"),
        (1.2345678901234567e+19, "#.3g", "1.23e+19"),
        (1.2345678901234567e+19, "n", "1.23457e+19"),
        (1.2345678901234567e+19, "%", "1234567890123456774144.000000%"),
        (1.2345678901234567e+19, ".1%", "1234567890123456774144.0%"),
        (1.2345678901234567e+19, "", "1.2345678901234567e+19"),
        (1.2345678901234567e+19, ".3", "1.23e+19"),
        (1.2345678901234567e+19, ".1", "1e+19"),
        (1.2345678901234567e+19, ".10", "1.23456789e+19"),
        (1.2345678901234567e+19, "10.2f", "12345678901234567168.00"),
        (1.2345678901234567e+19, "<10.2f", "12345678901234567168.00"),
        (1.2345678901234567e+19, "^10", "1.2345678901234567e+19"),
        (1.2345678901234567e+19, "=+12.3f", "+12345678901234567168.000"),
        (1.2345678901234567e+19, "010.2f", "12345678901234567168.00"),
        (1.2345678901234567e+19, "012,.2f", "12,345,678,901,234,567,168.00"),
        (1.2345678901234567e+19, "0=15,", "1.2345678901234567e+19"),
        (1.2345678901234567e+19, "+", "+1.2345678901234567e+19"),
        (1.2345678901234567e+19, " ", " 1.2345678901234567e+19"),
        (1.2345678901234567e+19, " .2e", " 1.23e+19"),
        (1.2345678901234567e+19, ",.2f", "12,345,678,901,234,567,168.00"),
        (1.2345678901234567e+19, "_f", "12_345_678_901_234_567_168.000000"),
        (1.2345678901234567e+19, "_", "1.2345678901234567e+19"),
        (1.2345678901234567e+19, "z.1f", "12345678901234567168.0"),
        (1.2345678901234567e+19, "z", "1.2345678901234567e+19"),
        (1.2345678901234567e+19, "z.2e", "1.23e+19"),
        (1.2345678901234567e+19, "#", "1.2345678901234567e+19"),
        (1.2345678901234567e+19, ".0e", "1e+19"),
        (1.2345678901234567e+19, ".0g", "1e+19"),
        (1.2345678901234567e+19, ".0", "1e+19"),
        (1.2345678901234567e+19, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (1.2345678901234567e+19, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (1.2345678901234567e+19, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (1.2345678901234567e+19, ".0%", "1234567890123456774144%"),
        (1.2345678901234567e+19, "20,", "1.2345678901234567e+19"),
        (1.2345678901234567e+19, "#.0e", "1.e+19"),
        (999999.5, "f", "999999.500000"),
        (999999.5, ".2f", "999999.50"),
        (999999.5, ".0f", "1000000"),
        (999999.5, "#.0f", "1000000."),
        (999999.5, "e", "9.999995e+05"),
        (999999.5, ".3e", "1.000e+06"),
        (999999.5, "E", "9.999995E+05"),
        (999999.5, "g", "1e+06"),
        (999999.5, ".3g", "1e+06"),
        (999999.5, "G", "1E+06"),
        (999999.5, "#g", "1.00000e+06"),
        (999999.5, "#.3g", "1.00e+06"),
        (999999.5, "n", "1e+06"),
        (999999.5, "%", "99999950.000000%"),
        (999999.5, ".1%", "99999950.0%"),
        (999999.5, "", "999999.5"),
        (999999.5, ".3", "1e+06"),
        (999999.5, ".1", "1e+06"),
        (999999.5, ".10", "999999.5"),
        (999999.5, "10.2f", " 999999.50"),
        (999999.5, "<10.2f", "999999.50 "),
        (999999.5, "^10", " 999999.5 "),
        (999999.5, "=+12.3f", "+ 999999.500"),
        (999999.5, "010.2f", "0999999.50"),
        (999999.5, "012,.2f", "0,999,999.50"),
        (999999.5, "0=15,", "0,000,999,999.5"),
        (999999.5, "+", "+999999.5"),
        (999999.5, " ", " 999999.5"),
        (999999.5, " .2e", " 1.00e+06"),
        (999999.5, ",.2f", "999,999.50"),
        (999999.5, "_f", "999_999.500000"),
        (999999.5, "_", "999_999.5"),
        (999999.5, "z.1f", "999999.5"),
        (999999.5, "z", "999999.5"),
        (999999.5, "z.2e", "1.00e+06"),
        (999999.5, "#", "999999.5"),
        (999999.5, ".0e", "1e+06"),
        (999999.5, ".0g", "1e+06"),
        (999999.5, ".0", "1e+06"),
        (999999.5, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        (999999.5, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (999999.5, "_n", "ValueError: Cannot specify '_' with 'n'."),
        (999999.5, ".0%", "99999950%"),
        (999999.5, "20,", "           999,999.5"),
        (999999.5, "#.0e", "1.e+06"),
    ];

    const STR_CASES: &[(&str, &str, &str)] = &[
        ("", "s", ""),
        ("", "5", "     "),
        ("", "<5", "     "),
        ("", ">5", "     "),
        ("", "^5", "     "),
        ("", "^6", "      "),
        ("", "*^7", "*******"),
        ("", ".2", ""),
        ("", ".0", ""),
        ("", "10.2s", "          "),
        ("", "05", "00000"),
        ("", "x>4", "xxxx"),
        (
            "",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "",
            "-5",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        (
            "",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "",
            "=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("", ",", "ValueError: Cannot specify ',' with 's'."),
        ("", "_s", "ValueError: Cannot specify '_' with 's'."),
        ("", ".", "ValueError: Format specifier missing precision"),
        ("", "10.100", "          "),
        ("", "ሴ<4", "ሴሴሴሴ"),
        ("a", "s", "a"),
        ("a", "5", "a    "),
        ("a", "<5", "a    "),
        ("a", ">5", "    a"),
        ("a", "^5", "  a  "),
        ("a", "^6", "  a   "),
        ("a", "*^7", "***a***"),
        ("a", ".2", "a"),
        ("a", ".0", ""),
        ("a", "10.2s", "a         "),
        ("a", "05", "a0000"),
        ("a", "x>4", "xxxa"),
        (
            "a",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a",
            "-5",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        (
            "a",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "a",
            "=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "a",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "a",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("a", ",", "ValueError: Cannot specify ',' with 's'."),
        ("a", "_s", "ValueError: Cannot specify '_' with 's'."),
        ("a", ".", "ValueError: Format specifier missing precision"),
        ("a", "10.100", "a         "),
        ("a", "ሴ<4", "aሴሴሴ"),
        ("abc", "s", "abc"),
        ("abc", "5", "abc  "),
        ("abc", "<5", "abc  "),
        ("abc", ">5", "  abc"),
        ("abc", "^5", " abc "),
        ("abc", "^6", " abc  "),
        ("abc", "*^7", "**abc**"),
        ("abc", ".2", "ab"),
        ("abc", ".0", ""),
        ("abc", "10.2s", "ab        "),
        ("abc", "05", "abc00"),
        ("abc", "x>4", "xabc"),
        (
            "abc",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "abc",
            "-5",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "abc",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        (
            "abc",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "abc",
            "=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "abc",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "abc",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("abc", ",", "ValueError: Cannot specify ',' with 's'."),
        ("abc", "_s", "ValueError: Cannot specify '_' with 's'."),
        ("abc", ".", "ValueError: Format specifier missing precision"),
        ("abc", "10.100", "abc       "),
        ("abc", "ሴ<4", "abcሴ"),
        ("héllo", "s", "héllo"),
        ("héllo", "5", "héllo"),
        ("héllo", "<5", "héllo"),
        ("héllo", ">5", "héllo"),
        ("héllo", "^5", "héllo"),
        ("héllo", "^6", "héllo "),
        ("héllo", "*^7", "*héllo*"),
        ("héllo", ".2", "hé"),
        ("héllo", ".0", ""),
        ("héllo", "10.2s", "hé        "),
        ("héllo", "05", "héllo"),
        ("héllo", "x>4", "héllo"),
        (
            "héllo",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "héllo",
            "-5",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "héllo",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        (
            "héllo",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "héllo",
            "=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "héllo",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "héllo",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("héllo", ",", "ValueError: Cannot specify ',' with 's'."),
        ("héllo", "_s", "ValueError: Cannot specify '_' with 's'."),
        (
            "héllo",
            ".",
            "ValueError: Format specifier missing precision",
        ),
        ("héllo", "10.100", "héllo     "),
        ("héllo", "ሴ<4", "héllo"),
        ("日本語", "s", "日本語"),
        ("日本語", "5", "日本語  "),
        ("日本語", "<5", "日本語  "),
        ("日本語", ">5", "  日本語"),
        ("日本語", "^5", " 日本語 "),
        ("日本語", "^6", " 日本語  "),
        ("日本語", "*^7", "**日本語**"),
        ("日本語", ".2", "日本"),
        ("日本語", ".0", ""),
        ("日本語", "10.2s", "日本        "),
        ("日本語", "05", "日本語00"),
        ("日本語", "x>4", "x日本語"),
        (
            "日本語",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "日本語",
            "-5",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "日本語",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        (
            "日本語",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "日本語",
            "=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "日本語",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "日本語",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("日本語", ",", "ValueError: Cannot specify ',' with 's'."),
        ("日本語", "_s", "ValueError: Cannot specify '_' with 's'."),
        (
            "日本語",
            ".",
            "ValueError: Format specifier missing precision",
        ),
        ("日本語", "10.100", "日本語       "),
        ("日本語", "ሴ<4", "日本語ሴ"),
    ];
}
