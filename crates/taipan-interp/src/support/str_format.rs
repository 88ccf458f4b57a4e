//! `str.format(*args, **kwargs)` and `str.format_map(mapping)`: the template parser and
//! driver of CPython 3.11's Objects/stringlib/unicode_format.h (literal `{{`/`}}`,
//! auto/manual field numbering, `.attr` and `[key]` lookups, `!r/!s/!a` conversions,
//! nested `{}` in format specs up to depth 2, and all of its error messages).

use super::format_spec::format_str;
use super::percent::ascii_escape;
use super::strings::decimal_value;
use super::{SResult, SupportError};

/// What the formatter needs from the interpreter.
pub trait FormatArgs {
    /// The interpreter's object handle.
    type Obj: Clone;
    /// `False` for `format_map` (no positional arguments at all).
    fn has_positional(&self) -> bool;
    /// `args[i]`, or `None` when out of range.
    fn positional(&mut self, i: usize) -> Option<Self::Obj>;
    /// `kwargs[key]` (or `mapping[key]` for `format_map`); the implementer raises
    /// `KeyError(key)` itself.
    fn keyword(&mut self, key: &str) -> SResult<Self::Obj>;
    /// `getattr(o, name)`.
    fn getattr(&mut self, o: &Self::Obj, name: &str) -> SResult<Self::Obj>;
    /// `o[i]` for a numeric `[i]` lookup.
    fn getitem_index(&mut self, o: &Self::Obj, i: usize) -> SResult<Self::Obj>;
    /// `o['key']` for a non-numeric `[key]` lookup.
    fn getitem_str(&mut self, o: &Self::Obj, key: &str) -> SResult<Self::Obj>;
    /// `str(o)`.
    fn str_of(&mut self, o: &Self::Obj) -> SResult<String>;
    /// `repr(o)`.
    fn repr_of(&mut self, o: &Self::Obj) -> SResult<String>;
    /// `format(o, spec)` (`type(o).__format__(o, spec)`).
    fn format(&mut self, o: &Self::Obj, spec: &str) -> SResult<String>;
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// One `{...}` replacement field.
struct Field<'a> {
    name: &'a [char],
    conversion: Option<char>,
    spec: &'a [char],
    spec_needs_expanding: bool,
}

fn verr(msg: &str) -> SupportError {
    SupportError::value(msg)
}

/// `get_integer`: all decimal digits -> `Some(value)`, otherwise `None`.
fn get_integer(s: &[char]) -> SResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(verr("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// `parse_field`: `s[*pos..]` starts right after the opening `{`.
fn parse_field<'a>(s: &'a [char], pos: &mut usize) -> SResult<Field<'a>> {
    let start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(verr("unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let mut field = Field {
        name: &s[start..(*pos).saturating_sub(1).max(start)],
        conversion: None,
        spec: &[],
        spec_needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= s.len() {
                return Err(verr("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < s.len() {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(verr("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < s.len() {
            let c2 = s[*pos];
            *pos += 1;
            if c2 == '{' {
                field.spec_needs_expanding = true;
                count += 1;
            } else if c2 == '}' {
                count -= 1;
                if count == 0 {
                    field.spec = &s[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
        }
        return Err(verr("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(verr("expected '}' before end of string"));
    }
    Ok(field)
}

fn get_field_object<A: FormatArgs>(
    a: &mut A,
    name: &[char],
    auto: &mut AutoNumber,
) -> SResult<A::Obj> {
    let mut i = 0;
    while i < name.len() && name[i] != '.' && name[i] != '[' {
        i += 1;
    }
    let first = &name[..i];
    let mut rest = &name[i..];
    let mut index = get_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if auto.state == AutoState::Init {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if auto.state == AutoState::Manual && empty {
            return Err(verr(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state == AutoState::Auto && !empty {
            return Err(verr(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut obj = match index {
        None => a.keyword(&first.iter().collect::<String>())?,
        Some(idx) => {
            if !a.has_positional() {
                return Err(verr("Format string contains positional fields"));
            }
            a.positional(idx).ok_or_else(|| {
                SupportError::new(
                    "IndexError",
                    format!(
                        "Replacement index {} out of range for positional args tuple",
                        idx
                    ),
                )
            })?
        }
    };
    while let Some(&c) = rest.first() {
        rest = &rest[1..];
        match c {
            '.' => {
                let mut j = 0;
                while j < rest.len() && rest[j] != '.' && rest[j] != '[' {
                    j += 1;
                }
                let attr = &rest[..j];
                rest = &rest[j..];
                if attr.is_empty() {
                    return Err(verr("Empty attribute in format string"));
                }
                obj = a.getattr(&obj, &attr.iter().collect::<String>())?;
            }
            '[' => {
                let Some(j) = rest.iter().position(|&c| c == ']') else {
                    return Err(verr("Missing ']' in format string"));
                };
                let key = &rest[..j];
                rest = &rest[j + 1..];
                if key.is_empty() {
                    return Err(verr("Empty attribute in format string"));
                }
                obj = match get_integer(key)? {
                    Some(k) => a.getitem_index(&obj, k)?,
                    None => a.getitem_str(&obj, &key.iter().collect::<String>())?,
                };
            }
            _ => {
                return Err(verr(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
    }
    Ok(obj)
}

fn build_string<A: FormatArgs>(
    a: &mut A,
    s: &[char],
    depth: i32,
    auto: &mut AutoNumber,
) -> SResult<String> {
    if depth <= 0 {
        return Err(verr("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut pos = 0;
    while pos < s.len() {
        // Literal text up to the next brace.
        let start = pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while pos < s.len() {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= s.len();
        let mut len = pos - start;
        if c == '}' && markup_follows && (at_end || s[pos] != '}') {
            return Err(verr("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup_follows {
            return Err(verr("Single '{' encountered in format string"));
        }
        if markup_follows {
            if !at_end && s[pos] == c {
                // `{{` or `}}`: keep one brace as literal text.
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&s[start..start + len]);
        if !markup_follows {
            continue;
        }
        let field = parse_field(s, &mut pos)?;
        let obj = get_field_object(a, field.name, auto)?;
        let spec: String = if field.spec_needs_expanding {
            build_string(a, field.spec, depth - 1, auto)?
        } else {
            field.spec.iter().collect()
        };
        let text = match field.conversion {
            None => a.format(&obj, &spec)?,
            Some(conv) => {
                let converted = match conv {
                    'r' => a.repr_of(&obj)?,
                    's' => a.str_of(&obj)?,
                    'a' => ascii_escape(&a.repr_of(&obj)?),
                    other => {
                        let v = other as u32;
                        return Err(SupportError::value(if v > 32 && v < 127 {
                            format!("Unknown conversion specifier {}", other)
                        } else {
                            format!("Unknown conversion specifier \\x{:x}", v)
                        }));
                    }
                };
                if spec.is_empty() {
                    converted
                } else {
                    format_str(&converted, &spec, "str")?
                }
            }
        };
        out.push_str(&text);
    }
    Ok(out)
}

/// `template.format(...)` / `template.format_map(...)`, driving `a` for lookups.
pub fn str_format<A: FormatArgs>(a: &mut A, template: &str) -> SResult<String> {
    let chars: Vec<char> = template.chars().collect();
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    build_string(a, &chars, 2, &mut auto)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::float_repr::float_repr;
    use crate::support::format_spec::{format_float, format_int};
    use crate::support::strings::repr_str;
    use num_bigint::BigInt;

    #[derive(Clone, Debug, PartialEq)]
    enum K {
        I(i64),
        S(&'static str),
    }

    /// A miniature object model for driving the formatter in tests.
    #[derive(Clone, Debug)]
    enum O {
        I(i64),
        F(f64),
        S(&'static str),
        L(Vec<O>),
        D(Vec<(K, O)>),
    }

    fn type_name(o: &O) -> &'static str {
        match o {
            O::I(_) => "int",
            O::F(_) => "float",
            O::S(_) => "str",
            O::L(_) => "list",
            O::D(_) => "dict",
        }
    }

    fn repr(o: &O) -> String {
        match o {
            O::I(i) => i.to_string(),
            O::F(x) => float_repr(*x),
            O::S(s) => repr_str(s),
            O::L(v) => format!("[{}]", v.iter().map(repr).collect::<Vec<_>>().join(", ")),
            O::D(v) => format!(
                "{{{}}}",
                v.iter()
                    .map(|(k, x)| match k {
                        K::I(i) => format!("{}: {}", i, repr(x)),
                        K::S(s) => format!("{}: {}", repr_str(s), repr(x)),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    struct Mock {
        args: Vec<O>,
        kwargs: Vec<(&'static str, O)>,
    }

    fn dict_get(v: &[(K, O)], key: &K) -> SResult<O> {
        v.iter()
            .find(|(k, _)| k == key)
            .map(|(_, x)| x.clone())
            .ok_or_else(|| {
                SupportError::new(
                    "KeyError",
                    match key {
                        K::I(i) => i.to_string(),
                        K::S(s) => repr_str(s),
                    },
                )
            })
    }

    impl FormatArgs for Mock {
        type Obj = O;
        fn has_positional(&self) -> bool {
            true
        }
        fn positional(&mut self, i: usize) -> Option<O> {
            self.args.get(i).cloned()
        }
        fn keyword(&mut self, key: &str) -> SResult<O> {
            self.kwargs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| SupportError::new("KeyError", repr_str(key)))
        }
        fn getattr(&mut self, o: &O, name: &str) -> SResult<O> {
            match (o, name) {
                (O::I(_), "real") => Ok(o.clone()),
                (O::I(_), "imag") => Ok(O::I(0)),
                _ => Err(SupportError::new(
                    "AttributeError",
                    format!("'{}' object has no attribute '{}'", type_name(o), name),
                )),
            }
        }
        fn getitem_index(&mut self, o: &O, i: usize) -> SResult<O> {
            match o {
                O::L(v) => v
                    .get(i)
                    .cloned()
                    .ok_or_else(|| SupportError::new("IndexError", "list index out of range")),
                O::D(v) => dict_get(v, &K::I(i as i64)),
                _ => Err(SupportError::type_error(format!(
                    "'{}' object is not subscriptable",
                    type_name(o)
                ))),
            }
        }
        fn getitem_str(&mut self, o: &O, key: &str) -> SResult<O> {
            match o {
                O::D(v) => {
                    let k = v
                        .iter()
                        .find(|(k, _)| matches!(k, K::S(s) if *s == key))
                        .map(|(k, _)| k.clone());
                    match k {
                        Some(k) => dict_get(v, &k),
                        None => Err(SupportError::new("KeyError", repr_str(key))),
                    }
                }
                O::L(_) => Err(SupportError::type_error(
                    "list indices must be integers or slices, not str",
                )),
                _ => Err(SupportError::type_error(format!(
                    "'{}' object is not subscriptable",
                    type_name(o)
                ))),
            }
        }
        fn str_of(&mut self, o: &O) -> SResult<String> {
            Ok(match o {
                O::S(s) => s.to_string(),
                other => repr(other),
            })
        }
        fn repr_of(&mut self, o: &O) -> SResult<String> {
            Ok(repr(o))
        }
        fn format(&mut self, o: &O, spec: &str) -> SResult<String> {
            if spec.is_empty() {
                return self.str_of(o);
            }
            match o {
                O::I(i) => format_int(&BigInt::from(*i), spec, "int"),
                O::F(x) => format_float(*x, spec, "float"),
                O::S(s) => format_str(s, spec, "str"),
                other => Err(SupportError::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(other)
                ))),
            }
        }
    }

    #[test]
    #[allow(clippy::type_complexity, clippy::approx_constant)]
    fn cpython_cases() {
        // (template, args, kwargs, CPython 3.11.7's result)
        let cases: Vec<(&str, Vec<O>, Vec<(&'static str, O)>, Result<&str, &str>)> = vec![
            ("{0[}]}", vec![O::D(vec![(K::S("}"), O::I(1))])], vec![], Ok("1")),
            ("{0[a}b]}", vec![O::D(vec![(K::S("a}b"), O::I(1))])], vec![], Ok("1")),
            ("{", vec![O::I(1)], vec![], Err("ValueError: Single '{' encountered in format string")),
            ("}", vec![O::I(1)], vec![], Err("ValueError: Single '}' encountered in format string")),
            ("{{}}", vec![], vec![], Ok("{}")),
            ("a{0!}", vec![O::I(1)], vec![], Err("ValueError: unmatched '{' in format spec")),
            ("{0!x}", vec![O::I(1)], vec![], Err("ValueError: Unknown conversion specifier x")),
            ("{0!rr}", vec![O::I(1)], vec![], Err("ValueError: expected ':' after conversion specifier")),
            ("{0!r:>5}", vec![O::S("a")], vec![], Ok("  'a'")),
            ("{0:{1}}", vec![O::I(3), O::I(5)], vec![], Ok("    3")),
            ("{0:{1:{2}}}", vec![O::I(3), O::I(5), O::I(6)], vec![], Err("ValueError: Max string recursion exceeded")),
            ("{}{1}", vec![O::I(1), O::I(2)], vec![], Err("ValueError: cannot switch from automatic field numbering to manual field specification")),
            ("{1}{}", vec![O::I(1), O::I(2)], vec![], Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
            ("{5}", vec![O::I(1)], vec![], Err("IndexError: Replacement index 5 out of range for positional args tuple")),
            ("{x}", vec![O::I(1)], vec![], Err("KeyError: 'x'")),
            ("{0.}", vec![O::I(1)], vec![], Err("ValueError: Empty attribute in format string")),
            ("{0[}", vec![O::I(1)], vec![], Err("ValueError: expected '}' before end of string")),
            ("{0]x}", vec![O::I(1)], vec![], Err("KeyError: '0]x'")),
            ("{0[0]x}", vec![O::L(vec![O::I(1)])], vec![], Err("ValueError: Only '.' or '[' may follow ']' in format field specifier")),
            ("{0..a}", vec![O::I(1)], vec![], Err("ValueError: Empty attribute in format string")),
            ("{a{b}", vec![O::I(1)], vec![], Err("ValueError: unexpected '{' in field name")),
            ("{0:}", vec![O::I(1)], vec![], Ok("1")),
            ("{!r}", vec![O::I(1)], vec![], Ok("1")),
            ("{ }", vec![O::I(1)], vec![], Err("KeyError: ' '")),
            ("{0!r", vec![O::I(1)], vec![], Err("ValueError: unmatched '{' in format spec")),
            ("{0:x", vec![O::I(1)], vec![], Err("ValueError: unmatched '{' in format spec")),
            ("{:{}}{}", vec![O::I(1), O::I(2), O::I(3)], vec![], Ok(" 13")),
            ("{0[1]}{0[a]}", vec![O::D(vec![(K::I(1), O::S("i")), (K::S("a"), O::S("s")), (K::S("1"), O::S("x"))])], vec![], Ok("is")),
            ("{-1}", vec![O::I(1)], vec![], Err("KeyError: '-1'")),
            ("{0[-1]}", vec![O::D(vec![(K::S("-1"), O::I(5))])], vec![], Ok("5")),
            ("{0!s:}", vec![O::I(1)], vec![], Ok("1")),
            ("{0!\u{1234}}", vec![O::I(1)], vec![], Err("ValueError: Unknown conversion specifier \\x1234")),
            ("{0:{{}}}", vec![O::I(1)], vec![], Err("ValueError: Invalid format specifier '{}' for object of type 'int'")),
            ("{} {} {}", vec![O::I(1), O::S("a"), O::F(2.5)], vec![], Ok("1 a 2.5")),
            ("{name} is {age:>4d}", vec![], vec![("name", O::S("Bob")), ("age", O::I(42))], Ok("Bob is   42")),
            ("{0:.3f} {1:,}", vec![O::F(3.14159), O::I(1234567)], vec![], Ok("3.142 1,234,567")),
            ("{0[0]} {0[1]} {1[x]}", vec![O::L(vec![O::I(10), O::I(20)]), O::D(vec![(K::S("x"), O::S("y"))])], vec![], Ok("10 20 y")),
            ("{0.real}", vec![O::I(5)], vec![], Ok("5")),
            ("{0.imag}", vec![O::I(5)], vec![], Ok("0")),
            ("{0[5]}", vec![O::L(vec![O::I(1), O::I(2)])], vec![], Err("IndexError: list index out of range")),
            ("{0!r} {0!s} {0!a}", vec![O::S("\u{e9}")], vec![], Ok("'\u{e9}' \u{e9} '\\xe9'")),
            ("{0!a:>10}", vec![O::S("\u{e9}")], vec![], Ok("    '\\xe9'")),
            ("{:*^9}", vec![O::S("mid")], vec![], Ok("***mid***")),
            ("{:{}{}}", vec![O::S("x"), O::S(">"), O::I(5)], vec![], Ok("    x")),
            ("{0:{fill}{align}{width}}", vec![O::S("q")], vec![("fill", O::S("-")), ("align", O::S("^")), ("width", O::I(7))], Ok("---q---")),
            ("{}", vec![], vec![], Err("IndexError: Replacement index 0 out of range for positional args tuple")),
            ("{0}", vec![], vec![], Err("IndexError: Replacement index 0 out of range for positional args tuple")),
            ("{0[1]", vec![O::L(vec![O::I(1), O::I(2)])], vec![], Err("ValueError: expected '}' before end of string")),
            ("{0[1]]}", vec![O::L(vec![O::I(1), O::I(2)])], vec![], Err("ValueError: Only '.' or '[' may follow ']' in format field specifier")),
            ("{0[]}", vec![O::L(vec![O::I(1)])], vec![], Err("ValueError: Empty attribute in format string")),
            ("{:d}", vec![O::S("s")], vec![], Err("ValueError: Unknown format code 'd' for object of type 'str'")),
            ("{:s}", vec![O::I(1)], vec![], Err("ValueError: Unknown format code 's' for object of type 'int'")),
            ("x}}y{{z", vec![], vec![], Ok("x}y{z")),
            ("{}}", vec![O::I(1)], vec![], Err("ValueError: Single '}' encountered in format string")),
            ("{{{}}}", vec![O::I(7)], vec![], Ok("{7}")),
            ("{\u{663}}", vec![O::I(1), O::I(2), O::I(3), O::I(4)], vec![], Ok("4")),
            ("{0:{1}}", vec![O::I(1), O::S("x")], vec![], Ok("1")),
            ("{0}{1}{0}", vec![O::S("ab"), O::S("cd")], vec![], Ok("abcdab")),
            ("{!}", vec![O::I(1)], vec![], Err("ValueError: unmatched '{' in format spec")),
            ("{:", vec![O::I(1)], vec![], Err("ValueError: unmatched '{' in format spec")),
            ("{0:>{1}.{2}f}", vec![O::F(3.14159), O::I(10), O::I(2)], vec![], Ok("      3.14")),
            ("{99999999999999999999999}", vec![O::I(1)], vec![], Err("ValueError: Too many decimal digits in format string")),
            ("{0.x.y}", vec![O::I(1)], vec![], Err("AttributeError: 'int' object has no attribute 'x'")),
            ("{a.b}", vec![], vec![("a", O::I(1))], Err("AttributeError: 'int' object has no attribute 'b'")),
            ("{0[a][b]}", vec![O::D(vec![(K::S("a"), O::D(vec![(K::S("b"), O::S("deep"))]))])], vec![], Ok("deep")),
        ];
        for (t, args, kwargs, want) in cases {
            let mut m = Mock { args, kwargs };
            let got = str_format(&mut m, t).map_err(|e| format!("{}: {}", e.kind, e.msg));
            let want = want.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, want, "{:?}", t);
        }
    }
}
