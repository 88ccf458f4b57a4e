//! A `dis`-like listing of code objects (CPython's `dis.dis` layout).
//!
//! Offsets are instruction indices; exception-table ranges are half-open
//! (`start to end` excludes `end`). Nested code objects follow, as `dis`
//! prints them, without memory addresses.

use std::fmt::Write;

use crate::bytecode::{BinaryOpArg, CodeObject, CompareOpArg, Constant, Opcode};

/// Renders `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    one(code, &mut out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            let _ = write!(out, "\nDisassembly of {}:\n", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn code_repr(c: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        c.name, c.filename, c.firstlineno
    )
}

fn one(code: &CodeObject, out: &mut String) {
    let targets: std::collections::HashSet<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = 0;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.line_of(i);
        let mut s = String::new();
        if line != last_line && line != 0 {
            if i > 0 {
                out.push('\n');
            }
            let _ = write!(s, "{line:>3}");
            last_line = line;
        } else {
            s.push_str("   ");
        }
        s.push_str("    ");
        s.push_str(if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        });
        let _ = write!(s, " {i:>4} {:<20}", ins.op.name());
        if ins.op.has_arg() {
            let _ = write!(s, " {:>5}", ins.arg);
            if let Some(r) = argrepr(code, ins.op, ins.arg) {
                let _ = write!(s, " ({r})");
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}

fn cell_name(code: &CodeObject, i: u32) -> Option<String> {
    let i = i as usize;
    code.cellvars
        .get(i)
        .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
        .cloned()
}

fn argrepr(code: &CodeObject, op: Opcode, arg: u32) -> Option<String> {
    use Opcode::*;
    let name = |v: &Vec<String>| v.get(arg as usize).cloned();
    match op {
        LoadConst => code.consts.get(arg as usize).map(const_repr),
        LoadFast | StoreFast | DeleteFast => name(&code.varnames),
        LoadDeref | StoreDeref | DeleteDeref | LoadClosure | LoadClassDeref => cell_name(code, arg),
        LoadName | StoreName | DeleteName | LoadGlobal | StoreGlobal | DeleteGlobal | LoadAttr
        | LoadMethod | StoreAttr | DeleteAttr | ImportName | ImportFrom => name(&code.names),
        BinaryOp => BinaryOpArg::from_arg(arg).map(|b| b.symbol().to_string()),
        CompareOp => CompareOpArg::from_arg(arg).map(|c| c.symbol().to_string()),
        IsOp => Some(if arg == 1 { "is not" } else { "is" }.to_string()),
        ContainsOp => Some(if arg == 1 { "not in" } else { "in" }.to_string()),
        FormatValue => {
            let conv = match arg & 3 {
                1 => "str",
                2 => "repr",
                3 => "ascii",
                _ => "",
            };
            let spec = if arg & 4 != 0 { "with format" } else { "" };
            let parts: Vec<&str> = [conv, spec].into_iter().filter(|s| !s.is_empty()).collect();
            if parts.is_empty() {
                None
            } else {
                Some(parts.join(", "))
            }
        }
        MakeFunction => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            let v: Vec<&str> = (0..4)
                .filter(|b| arg & (1 << b) != 0)
                .map(|b| names[b])
                .collect();
            if v.is_empty() {
                None
            } else {
                Some(v.join(", "))
            }
        }
        _ if op.is_jump() => Some(format!("to {arg}")),
        _ => None,
    }
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", items.join(", "))
            }
        }
        Constant::Code(code) => code_repr(code),
    }
}

/// Python's `repr(float)`: shortest round-trip digits, exponent outside 1e-4..1e16.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        let es = if exp < 0 { "-" } else { "+" };
        format!("{sign}{m}e{es}{:02}", exp.abs())
    }
}

fn complex_part(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

fn complex_repr(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", complex_part(imag));
    }
    let im = complex_part(imag);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", complex_part(real), sign, im)
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_unprintable(c) => {
                let v = c as u32;
                if v <= 0xff {
                    let _ = write!(out, "\\x{v:02x}");
                } else if v <= 0xffff {
                    let _ = write!(out, "\\u{v:04x}");
                } else {
                    let _ = write!(out, "\\U{v:08x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable()` for the characters `repr` escapes.
fn is_unprintable(c: char) -> bool {
    let v = c as u32;
    (0x80..0xa0).contains(&v)
        || v == 0xad
        || (0xd800..0xe000).contains(&v)
        || matches!(v, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff)
        || (0xe000..0xf900).contains(&v)
        || v >= 0xf0000
        || v == 0xa0
        || v == 0x3000
        || (0x2000..=0x200a).contains(&v)
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        for (f, s) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (123456789012345.6, "123456789012345.6"),
            (0.0001, "0.0001"),
            (-2.5, "-2.5"),
            (1e300, "1e+300"),
        ] {
            assert_eq!(float_repr(f), s);
        }
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, -2.0), "(-0-2j)");
        assert_eq!(complex_repr(1.0, 2.5), "(1+2.5j)");
    }

    #[test]
    fn str_reprs_match_python() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'b\""), "'a\\'b\"'");
        assert_eq!(str_repr("x\n\u{1}"), "'x\\n\\x01'");
        assert_eq!(bytes_repr(b"a\x00'"), "b\"a\\x00'\"");
    }
}
