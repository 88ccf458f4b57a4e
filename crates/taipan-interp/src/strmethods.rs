//! Methods of str, bytes, list, tuple, dict, set, dict views and files.

use crate::interp::{Interp, PyResult};
use crate::methods::{kwarg, nargs};
use crate::object::*;
use crate::ops::Num;
use crate::types::{def, def_class};
use crate::value::Value;
use num_traits::{Signed, ToPrimitive};

type Kw<'a> = &'a [(Value, Value)];

fn s_arg(it: &mut Interp, v: Value, what: &str) -> PyResult<String> {
    if is_kind(v, Kind::Str) {
        Ok(as_str(v).to_string())
    } else {
        let _ = what;
        it.type_err(format!("must be str or None, not {}", it.type_name(v)))
    }
}

fn opt_idx(it: &mut Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        // `_PyEval_SliceIndex`: ints beyond 64 bits clamp, non-ints are a TypeError.
        Some(v) => match it.index_big(*v)? {
            Some(b) => Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }))),
            None => {
                it.type_err("slice indices must be integers or None or have an __index__ method")
            }
        },
    }
}

/// Char-index range [start, end) of a str method's optional start/end.
fn char_range(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let l = len as i64;
    let adj = |x: i64| if x < 0 { (x + l).max(0) } else { x.min(l) };
    let s = start.map(adj).unwrap_or(0);
    let e = end.map(adj).unwrap_or(l);
    (s as usize, e.max(s) as usize)
}

fn byte_off(s: &str, ascii: bool, ci: usize) -> usize {
    if ascii {
        ci.min(s.len())
    } else {
        s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
    }
}

fn find_args(
    it: &mut Interp,
    args: &[Value],
    name: &str,
) -> PyResult<(String, String, Option<i64>, Option<i64>)> {
    nargs(it, name, &args[1..], 1, 3)?;
    if !is_kind(args[1], Kind::Str) {
        return it.type_err(format!("must be str, not {}", it.type_name(args[1])));
    }
    let start = opt_idx(it, args.get(2))?;
    let end = opt_idx(it, args.get(3))?;
    Ok((
        as_str(args[0]).to_string(),
        as_str(args[1]).to_string(),
        start,
        end,
    ))
}

fn str_find(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (s, n, a, b) = find_args(it, args, "find")?;
    Ok(Value::small_int(crate::support::strings::find(
        &s, &n, a, b,
    )))
}
fn str_rfind(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (s, n, a, b) = find_args(it, args, "rfind")?;
    Ok(Value::small_int(crate::support::strings::rfind(
        &s, &n, a, b,
    )))
}
fn str_index(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (s, n, a, b) = find_args(it, args, "index")?;
    match crate::support::strings::find(&s, &n, a, b) {
        -1 => it.value_err("substring not found"),
        i => Ok(Value::small_int(i)),
    }
}
fn str_rindex(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (s, n, a, b) = find_args(it, args, "rindex")?;
    match crate::support::strings::rfind(&s, &n, a, b) {
        -1 => it.value_err("substring not found"),
        i => Ok(Value::small_int(i)),
    }
}
fn str_count(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (s, n, a, b) = find_args(it, args, "count")?;
    Ok(Value::small_int(crate::support::strings::count(
        &s, &n, a, b,
    )))
}
fn strip_chars(it: &mut Interp, args: &[Value], which: u8) -> PyResult<Value> {
    nargs(it, "strip", &args[1..], 0, 1)?;
    let s = as_str(args[0]);
    let r: &str = match args.get(1) {
        Some(c) if !c.is_none() => {
            if !is_kind(*c, Kind::Str) {
                let name = ["strip", "lstrip", "rstrip"][which as usize];
                return it.type_err(format!("{name} arg must be None or str"));
            }
            let cs: Vec<char> = as_str(*c).chars().collect();
            let s = as_str(args[0]);
            match which {
                0 => s.trim_matches(|c| cs.contains(&c)),
                1 => s.trim_start_matches(|c| cs.contains(&c)),
                _ => s.trim_end_matches(|c| cs.contains(&c)),
            }
        }
        _ => match which {
            0 => s.trim(),
            1 => s.trim_start(),
            _ => s.trim_end(),
        },
    };
    if r.len() == s.len() {
        return Ok(args[0]);
    }
    let r = r.to_string();
    Ok(it.new_str(r))
}
fn str_strip(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    strip_chars(it, args, 0)
}
fn str_lstrip(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    strip_chars(it, args, 1)
}
fn str_rstrip(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    strip_chars(it, args, 2)
}
fn str_split(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    split_impl(it, args, kw, false)
}
fn str_rsplit(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    split_impl(it, args, kw, true)
}
fn split_impl(it: &mut Interp, args: &[Value], kw: Kw<'_>, rev: bool) -> PyResult<Value> {
    nargs(it, "split", &args[1..], 0, 2)?;
    let sep = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "sep"))
        .unwrap_or(Value::NONE);
    let maxsplit = args
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "maxsplit"))
        .unwrap_or(Value::small_int(-1));
    let maxsplit = it.index_of(maxsplit)?;
    let s = as_str(args[0]).to_string();
    let parts: Vec<String> = if sep.is_none() {
        let mut out: Vec<String> = Vec::new();
        if !rev {
            let mut rest = s.trim_start();
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start();
                n += 1;
            }
        } else {
            let mut rest = s.trim_end();
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|i| i + rest[i..].chars().next().unwrap().len_utf8())
                    .unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end();
                n += 1;
            }
            out.reverse();
        }
        out
    } else {
        let sp = s_arg(it, sep, "split")?;
        if sp.is_empty() {
            return it.value_err("empty separator");
        }
        if maxsplit < 0 {
            s.split(sp.as_str()).map(|x| x.to_string()).collect()
        } else if !rev {
            s.splitn(maxsplit as usize + 1, sp.as_str())
                .map(|x| x.to_string())
                .collect()
        } else {
            let mut v: Vec<String> = s
                .rsplitn(maxsplit as usize + 1, sp.as_str())
                .map(|x| x.to_string())
                .collect();
            v.reverse();
            v
        }
    };
    let items: Vec<Value> = parts.into_iter().map(|p| it.new_str(p)).collect();
    Ok(it.new_list(items))
}
fn str_splitlines(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let keep = match args.get(1).copied().or_else(|| kwarg(kw, "keepends")) {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    let s = as_str(args[0]).to_string();
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(
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
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(if keep {
                s[start..end].to_string()
            } else {
                s[start..b].to_string()
            });
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(s[start..].to_string());
    }
    let items: Vec<Value> = out.into_iter().map(|p| it.new_str(p)).collect();
    Ok(it.new_list(items))
}
pub(crate) fn str_join(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "join", &args[1..], 1, 1)?;
    it.vouch();
    let items = it.collect_iter(args[1])?;
    let sep = as_str(args[0]);
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if !is_kind(*x, Kind::Str) {
            return it.type_err(format!(
                "sequence item {i}: expected str instance, {} found",
                it.type_name(*x)
            ));
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(*x));
    }
    Ok(it.new_str(out))
}
fn str_replace(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "replace", &args[1..], 2, 3)?;
    for (i, a) in args[1..3].iter().enumerate() {
        if !is_kind(*a, Kind::Str) {
            return it.type_err(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                it.type_name(*a)
            ));
        }
    }
    let old = as_str(args[1]).to_string();
    let new = as_str(args[2]).to_string();
    let count = match args.get(3) {
        Some(c) => it.index_of(*c)?,
        None => -1,
    };
    let s = as_str(args[0]);
    let r = if count < 0 {
        s.replace(&old, &new)
    } else {
        s.replacen(&old, &new, count as usize)
    };
    Ok(it.new_str(r))
}
fn case(it: &mut Interp, args: &[Value], which: u8) -> PyResult<Value> {
    use crate::support::strings as ss;
    let s = as_str(args[0]);
    let r = match which {
        0 => ss::upper(s),
        1 => ss::lower(s),
        2 => ss::capitalize(s),
        3 => ss::title(s),
        4 => ss::swapcase(s),
        _ => ss::casefold(s),
    };
    Ok(it.new_str(r))
}
fn str_upper(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    case(it, a, 0)
}
fn str_lower(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    case(it, a, 1)
}
fn str_capitalize(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    case(it, a, 2)
}
fn str_title(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    case(it, a, 3)
}
fn str_swapcase(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    case(it, a, 4)
}
fn str_casefold(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    case(it, a, 5)
}
fn pred(it: &mut Interp, args: &[Value], f: fn(&str) -> bool) -> PyResult<Value> {
    let _ = it;
    Ok(Value::bool(f(as_str(args[0]))))
}
fn str_isdigit(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isdigit)
}
fn str_isnumeric(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isnumeric)
}
fn str_isdecimal(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isdecimal)
}
fn str_isalpha(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isalpha)
}
fn str_isalnum(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isalnum)
}
fn str_isspace(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isspace)
}
fn str_isascii(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isascii)
}
fn str_isidentifier(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isidentifier)
}
fn str_isupper(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isupper)
}
fn str_islower(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::islower)
}
fn str_istitle(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::istitle)
}
fn str_isprintable(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pred(it, a, crate::support::strings::isprintable)
}
fn affix(it: &mut Interp, args: &[Value], end: bool) -> PyResult<Value> {
    nargs(
        it,
        if end { "endswith" } else { "startswith" },
        &args[1..],
        1,
        3,
    )?;
    let so = str_of(args[0]);
    let start = opt_idx(it, args.get(2))?;
    let stop = opt_idx(it, args.get(3))?;
    // CPython's ADJUST_INDICES: `end` clamps to the length, `start` only below.
    let l = so.nchars as i64;
    let adj = |x: i64| {
        if x < 0 {
            (x.saturating_add(l)).max(0)
        } else {
            x
        }
    };
    let s = start.map(adj).unwrap_or(0);
    let e = stop.map(adj).unwrap_or(l).min(l);
    let ascii = so.is_ascii();
    let full = so.s.clone();
    let cands: Vec<Value> = if is_kind(args[1], Kind::Tuple) {
        tuple_of(args[1]).items.clone()
    } else {
        vec![args[1]]
    };
    for c in cands {
        if !is_kind(c, Kind::Str) {
            return it.type_err(format!(
                "{} first arg must be str or a tuple of str, not {}",
                if end { "endswith" } else { "startswith" },
                it.type_name(c)
            ));
        }
        let pl = str_of(c).nchars as i64;
        if e - pl < s {
            continue;
        }
        let (cs, ce) = if end { (e - pl, e) } else { (s, s + pl) };
        let sub = &full[byte_off(&full, ascii, cs as usize)..byte_off(&full, ascii, ce as usize)];
        if sub == as_str(c) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}
fn str_startswith(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    affix(it, a, false)
}
fn str_endswith(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    affix(it, a, true)
}
/// Results longer than this many characters raise MemoryError instead of
/// aborting the process when the allocation fails (the limit `str * n` uses).
fn check_result_len(it: &mut Interp, chars: i64) -> PyResult<()> {
    if chars > 1 << 34 {
        return it.err(it.t.memory_error, "");
    }
    Ok(())
}

fn pad_impl(it: &mut Interp, args: &[Value], align: u8) -> PyResult<Value> {
    nargs(it, "center", &args[1..], 1, 2)?;
    let width = it.index_of(args[1])?;
    let fill = match args.get(2) {
        Some(f) => {
            let s = s_arg(it, *f, "fill")?;
            if s.chars().count() != 1 {
                return it.type_err("The fill character must be exactly one character long");
            }
            s.chars().next().unwrap()
        }
        None => ' ',
    };
    let s = as_str(args[0]);
    let n = str_of(args[0]).nchars as i64;
    if width <= n {
        return Ok(args[0]);
    }
    check_result_len(it, width)?;
    let total = (width - n) as usize;
    let (l, r) = match align {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(it.new_str(out))
}
fn str_ljust(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pad_impl(it, a, 0)
}
fn str_rjust(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pad_impl(it, a, 1)
}
fn str_center(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    pad_impl(it, a, 2)
}
fn str_zfill(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "zfill", &args[1..], 1, 1)?;
    let width = it.index_of(args[1])?;
    let s = as_str(args[0]);
    let n = str_of(args[0]).nchars as i64;
    if width <= n {
        return Ok(args[0]);
    }
    check_result_len(it, width)?;
    let (sign, rest) = if s.starts_with('-') || s.starts_with('+') {
        (&s[..1], &s[1..])
    } else {
        ("", s)
    };
    let out = format!("{}{}{}", sign, "0".repeat((width - n) as usize), rest);
    Ok(it.new_str(out))
}
fn str_partition(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "partition", &args[1..], 1, 1)?;
    let sep = s_arg(it, args[1], "partition")?;
    if sep.is_empty() {
        return it.value_err("empty separator");
    }
    let s = as_str(args[0]).to_string();
    let parts = match s.find(&sep) {
        Some(i) => (
            s[..i].to_string(),
            sep.clone(),
            s[i + sep.len()..].to_string(),
        ),
        None => (s.clone(), String::new(), String::new()),
    };
    let a = it.new_str(parts.0);
    let b = it.new_str(parts.1);
    let c = it.new_str(parts.2);
    Ok(it.new_tuple(vec![a, b, c]))
}
fn str_rpartition(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "rpartition", &args[1..], 1, 1)?;
    let sep = s_arg(it, args[1], "rpartition")?;
    if sep.is_empty() {
        return it.value_err("empty separator");
    }
    let s = as_str(args[0]).to_string();
    let parts = match s.rfind(&sep) {
        Some(i) => (
            s[..i].to_string(),
            sep.clone(),
            s[i + sep.len()..].to_string(),
        ),
        None => (String::new(), String::new(), s.clone()),
    };
    let a = it.new_str(parts.0);
    let b = it.new_str(parts.1);
    let c = it.new_str(parts.2);
    Ok(it.new_tuple(vec![a, b, c]))
}
fn str_removeprefix(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "removeprefix", &args[1..], 1, 1)?;
    let p = s_arg(it, args[1], "removeprefix")?;
    let s = as_str(args[0]);
    match s.strip_prefix(p.as_str()) {
        Some(r) => {
            let r = r.to_string();
            Ok(it.new_str(r))
        }
        None => Ok(args[0]),
    }
}
fn str_removesuffix(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "removesuffix", &args[1..], 1, 1)?;
    let p = s_arg(it, args[1], "removesuffix")?;
    let s = as_str(args[0]);
    match s.strip_suffix(p.as_str()) {
        Some(r) if !p.is_empty() => {
            let r = r.to_string();
            Ok(it.new_str(r))
        }
        _ => Ok(args[0]),
    }
}
fn str_expandtabs(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let ts = match args.get(1) {
        Some(v) => it.index_of(*v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in as_str(args[0]).chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - (col % ts);
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(it.new_str(out))
}
fn str_format(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    crate::builtins::str_format(it, args[0], &args[1..], kw)
}
fn str_format_map(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "format_map", &args[1..], 1, 1)?;
    let d = args[1];
    let kws: Vec<(Value, Value)> = if is_kind(d, Kind::Dict) {
        dict_of(d).iter().collect()
    } else {
        vec![]
    };
    crate::builtins::str_format(it, args[0], &[], &kws)
}
fn str_translate(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "translate", &args[1..], 1, 1)?;
    let table = args[1];
    let s = as_str(args[0]).to_string();
    let mut out = String::new();
    for c in s.chars() {
        let k = Value::small_int(c as i64);
        match it.mapping_get(table, k)? {
            Some(v) if v.is_none() => {}
            Some(v) if is_kind(v, Kind::Str) => out.push_str(as_str(v)),
            Some(v) => {
                let n = it.index_of(v)?;
                out.push(char::from_u32(n as u32).unwrap_or('\u{fffd}'));
            }
            None => out.push(c),
        }
    }
    Ok(it.new_str(out))
}
fn str_maketrans(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let d = it.new_dict();
    if args.len() == 1 {
        let items: Vec<(Value, Value)> = dict_of(args[0]).iter().collect();
        for (k, v) in items {
            let k = if is_kind(k, Kind::Str) {
                Value::small_int(as_str(k).chars().next().unwrap_or('\0') as i64)
            } else {
                k
            };
            it.dict_set(d, k, v)?;
        }
        return Ok(d);
    }
    let a: Vec<char> = as_str(args[0]).chars().collect();
    let b: Vec<char> = as_str(args[1]).chars().collect();
    if a.len() != b.len() {
        return it.value_err("the first two maketrans arguments must have equal length");
    }
    for (x, y) in a.iter().zip(b.iter()) {
        it.dict_set(d, Value::small_int(*x as i64), Value::small_int(*y as i64))?;
    }
    if let Some(z) = args.get(2) {
        for c in as_str(*z).chars() {
            it.dict_set(d, Value::small_int(c as i64), Value::NONE)?;
        }
    }
    Ok(d)
}

// ------------------------------------------------------------------ list

fn list_append(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "list.append", &args[1..], 1, 1)?;
    list_of(args[0]).items.push(args[1]);
    Ok(Value::NONE)
}
pub(crate) fn list_extend(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "list.extend", &args[1..], 1, 1)?;
    it.vouch();
    let items = it.collect_iter(args[1])?;
    list_of(args[0]).items.extend(items);
    Ok(Value::NONE)
}
fn list_pop(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "pop", &args[1..], 0, 1)?;
    let l = &mut list_of(args[0]).items;
    if l.is_empty() {
        return it.index_err("pop from empty list");
    }
    let n = l.len() as i64;
    let i = match args.get(1) {
        Some(v) => it.index_of(*v)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return it.index_err("pop index out of range");
    }
    Ok(list_of(args[0]).items.remove(j as usize))
}
fn list_insert(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "insert", &args[1..], 2, 2)?;
    let i = it.index_of(args[1])?;
    let l = &mut list_of(args[0]).items;
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, args[2]);
    Ok(Value::NONE)
}
fn list_remove(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "list.remove", &args[1..], 1, 1)?;
    let mut i = 0;
    while let Some(&x) = list_of(args[0]).items.get(i) {
        if it.eq(x, args[1])? {
            list_of(args[0]).items.remove(i);
            return Ok(Value::NONE);
        }
        i += 1;
    }
    it.value_err("list.remove(x): x not in list")
}
pub(crate) fn seq_index(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "index", &args[1..], 1, 3)?;
    let items = if is_kind(args[0], Kind::List) {
        list_of(args[0]).items.clone()
    } else {
        tuple_of(args[0]).items.clone()
    };
    let start = opt_idx(it, args.get(2))?;
    let end = opt_idx(it, args.get(3))?;
    let (s, e) = char_range(items.len(), start, end);
    // The copied items stay rooted while `__eq__` runs (it may mutate the list).
    let mark = it.roots_mark();
    it.shadow.extend_from_slice(&items);
    let found = (|| {
        for (i, x) in items.iter().enumerate().take(e).skip(s) {
            it.vouch();
            if it.eq(*x, args[1])? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    })();
    it.unroot_to(mark);
    if let Some(i) = found? {
        return Ok(Value::small_int(i as i64));
    }
    if is_kind(args[0], Kind::List) {
        let r = it.repr_string(args[1])?;
        return it.value_err(format!("{r} is not in list"));
    }
    it.value_err("tuple.index(x): x not in tuple")
}
pub(crate) fn seq_count(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "count", &args[1..], 1, 1)?;
    let items = if is_kind(args[0], Kind::List) {
        list_of(args[0]).items.clone()
    } else {
        tuple_of(args[0]).items.clone()
    };
    let mark = it.roots_mark();
    it.shadow.extend_from_slice(&items);
    let r = (|| {
        let mut n = 0;
        for x in items {
            it.vouch();
            if it.eq(x, args[1])? {
                n += 1;
            }
        }
        Ok(Value::small_int(n))
    })();
    it.unroot_to(mark);
    r
}
fn list_reverse(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    list_of(args[0]).items.reverse();
    Ok(Value::NONE)
}
fn list_clear(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    list_of(args[0]).items.clear();
    Ok(Value::NONE)
}
fn list_copy(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let items = list_of(args[0]).items.clone();
    Ok(it.new_list(items))
}
pub(crate) fn list_sort(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    if args.len() > 1 {
        return it.type_err("sort() takes no positional arguments");
    }
    let key = kwarg(kw, "key").unwrap_or(Value::NONE);
    let rev = match kwarg(kw, "reverse") {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    let l = args[0];
    let items = std::mem::take(&mut list_of(l).items);
    let r = crate::builtins::sort_values(it, items, key, rev);
    match r {
        Ok(sorted) => {
            let modified = !list_of(l).items.is_empty();
            list_of(l).items = sorted;
            if modified {
                return it.value_err("list modified during sort");
            }
            Ok(Value::NONE)
        }
        Err((e, orig)) => {
            list_of(l).items = orig;
            Err(e)
        }
    }
}

// ------------------------------------------------------------------ dict

fn dict_get_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "get", &args[1..], 1, 2)?;
    Ok(it
        .dict_get(args[0], args[1])?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}
fn dict_setdefault(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "setdefault", &args[1..], 1, 2)?;
    if let Some(v) = it.dict_get(args[0], args[1])? {
        return Ok(v);
    }
    let d = args.get(2).copied().unwrap_or(Value::NONE);
    it.dict_set(args[0], args[1], d)?;
    Ok(d)
}
fn dict_pop(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "pop", &args[1..], 1, 2)?;
    match it.dict_get(args[0], args[1])? {
        Some(v) => {
            it.dict_del(args[0], args[1])?;
            Ok(v)
        }
        None => match args.get(2) {
            Some(d) => Ok(*d),
            None => it.key_err(args[1]),
        },
    }
}
fn dict_popitem(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    match dict_of(args[0]).pop_last() {
        Some((k, v)) => Ok(it.new_tuple(vec![k, v])),
        None => it.key_err_msg("popitem(): dictionary is empty"),
    }
}
fn view(it: &mut Interp, d: Value, which: u8) -> Value {
    let ty = [it.t.dict_keys, it.t.dict_values, it.t.dict_items][which as usize];
    it.alloc(ty, Kind::DictView, DictViewObj { dict: d, which })
}
fn dict_keys(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(view(it, args[0], 0))
}
fn dict_values(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(view(it, args[0], 1))
}
fn dict_items(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(view(it, args[0], 2))
}
pub(crate) fn dict_update(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "update", &args[1..], 0, 1)?;
    if let Some(m) = args.get(1) {
        it.vouch();
        it.dict_update_from(args[0], *m, false)?;
    }
    for (k, v) in kw {
        it.dict_set(args[0], *k, *v)?;
    }
    Ok(Value::NONE)
}
fn dict_clear(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    dict_of(args[0]).clear();
    Ok(Value::NONE)
}
fn dict_copy(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let d = it.new_dict();
    it.dict_update_from(d, args[0], false)?;
    Ok(d)
}
fn dict_fromkeys(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "fromkeys", &args[1..], 1, 2)?;
    let cls = args[0];
    let d = if cls == it.t.dict {
        it.new_dict()
    } else {
        it.call(cls, &[], &[])?
    };
    let v = args.get(2).copied().unwrap_or(Value::NONE);
    let keys = it.collect_iter(args[1])?;
    for k in keys {
        it.setitem(d, k, v)?;
    }
    Ok(d)
}
fn view_len(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let n = dict_of(view_of(args[0]).dict).len();
    Ok(it.int(n as i64))
}
fn view_iter(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    it.get_iter(args[0])
}

// ------------------------------------------------------------------ set

fn set_add_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "set.add", &args[1..], 1, 1)?;
    it.set_add(args[0], args[1])?;
    Ok(Value::NONE)
}
fn set_discard_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "set.discard", &args[1..], 1, 1)?;
    it.set_discard(args[0], args[1])?;
    Ok(Value::NONE)
}
fn set_remove_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "set.remove", &args[1..], 1, 1)?;
    if !it.set_discard(args[0], args[1])? {
        return it.key_err(args[1]);
    }
    Ok(Value::NONE)
}
fn set_pop_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let mut finger = it.set_finger;
    let r = set_of(args[0]).pop(&mut finger);
    it.set_finger = finger;
    match r {
        Some(v) => Ok(v),
        None => it.key_err_msg("pop from an empty set"),
    }
}
fn set_clear_m(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_of(args[0]).clear();
    Ok(Value::NONE)
}
fn set_copy_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let frozen = set_of(args[0]).frozen;
    let s = it.new_set(frozen);
    crate::methods::set_fill(it, s, args[0])?;
    Ok(s)
}
fn to_set(it: &mut Interp, v: Value) -> PyResult<Value> {
    if is_kind(v, Kind::Set) {
        return Ok(v);
    }
    let s = it.new_set(false);
    crate::methods::set_fill(it, s, v)?;
    Ok(s)
}
fn set_op_multi(
    it: &mut Interp,
    args: &[Value],
    op: taipan_compiler::bytecode::BinaryOpArg,
) -> PyResult<Value> {
    let frozen = set_of(args[0]).frozen;
    let mut acc = args[0];
    if args.len() == 1 {
        let s = it.new_set(frozen);
        crate::methods::set_fill(it, s, acc)?;
        return Ok(s);
    }
    for o in &args[1..] {
        let o = to_set(it, *o)?;
        acc = crate::builtins::set_binop(it, acc, o, op)?;
    }
    if set_of(acc).frozen != frozen {
        set_of(acc).frozen = frozen;
        // SAFETY: freshly created result set.
        unsafe { header(acc) }.ty = if frozen {
            it.t.frozenset.as_ptr()
        } else {
            it.t.set.as_ptr()
        };
    }
    Ok(acc)
}
fn set_union(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_op_multi(it, a, taipan_compiler::bytecode::BinaryOpArg::Or)
}
fn set_intersection(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_op_multi(it, a, taipan_compiler::bytecode::BinaryOpArg::And)
}
fn set_difference(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_op_multi(it, a, taipan_compiler::bytecode::BinaryOpArg::Subtract)
}
fn set_symdiff(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_op_multi(it, a, taipan_compiler::bytecode::BinaryOpArg::Xor)
}
fn set_update_inplace(
    it: &mut Interp,
    args: &[Value],
    op: taipan_compiler::bytecode::BinaryOpArg,
) -> PyResult<Value> {
    let s = args[0];
    if op == taipan_compiler::bytecode::BinaryOpArg::Or {
        for o in &args[1..] {
            it.vouch();
            crate::methods::set_fill(it, s, *o)?;
        }
        return Ok(Value::NONE);
    }
    if op == taipan_compiler::bytecode::BinaryOpArg::Xor {
        // CPython's set_symmetric_difference_update: every entry of the other
        // set, in table order, is discarded from `s` or added to it.
        for o in &args[1..] {
            let o = to_set(it, *o)?;
            // Keep the (possibly new) set and its keys alive while __eq__ runs.
            it.shadow.push(o);
            let entries: Vec<_> = set_of(o).iter().collect();
            for e in entries {
                if !it.set_discard(s, e.key)? {
                    let this: *mut Interp = it;
                    set_of(s).add(e.key, e.hash, &mut |x, y| {
                        // SAFETY: unique interpreter reference.
                        unsafe { (*this).eq(x, y) }
                    })?;
                }
            }
            it.shadow.pop();
        }
        return Ok(Value::NONE);
    }
    let r = set_op_multi(it, args, op)?;
    let ro = set_of(r);
    let so = set_of(s);
    so.table = ro.table.clone();
    so.fill = ro.fill;
    so.used = ro.used;
    Ok(Value::NONE)
}
pub(crate) fn set_update(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_update_inplace(it, a, taipan_compiler::bytecode::BinaryOpArg::Or)
}
fn set_intersection_update(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_update_inplace(it, a, taipan_compiler::bytecode::BinaryOpArg::And)
}
fn set_difference_update(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_update_inplace(it, a, taipan_compiler::bytecode::BinaryOpArg::Subtract)
}
fn set_symdiff_update(it: &mut Interp, a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    set_update_inplace(it, a, taipan_compiler::bytecode::BinaryOpArg::Xor)
}
fn set_issubset(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let o = to_set(it, args[1])?;
    let r = it.native_compare(args[0], o, taipan_compiler::bytecode::CompareOpArg::Le)?;
    Ok(Value::bool(r.unwrap_or(false)))
}
fn set_issuperset(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let o = to_set(it, args[1])?;
    let r = it.native_compare(args[0], o, taipan_compiler::bytecode::CompareOpArg::Ge)?;
    Ok(Value::bool(r.unwrap_or(false)))
}
fn set_isdisjoint(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let items = it.collect_iter(args[1])?;
    for x in items {
        if it.contains(args[0], x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

// ------------------------------------------------------------------ bytes

fn bytes_hex(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let s: String = bytes_of(args[0])
        .b
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(it.new_str(s))
}
fn bytearray_append(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let n = it.index_of(args[1])?;
    if !(0..256).contains(&n) {
        return it.value_err("byte must be in range(0, 256)");
    }
    bytes_of(args[0]).b.push(n as u8);
    Ok(Value::NONE)
}
/// `bytearray.extend(iterable_of_ints)`: bytes-like arguments are copied whole.
fn bytearray_extend(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "extend", &args[1..], 1, 1)?;
    let src = args[1];
    let add: Vec<u8> = if is_kind(src, Kind::Bytes) {
        bytes_of(src).b.clone()
    } else {
        if it.get_iter(src).is_err() {
            let tn = it.type_name(src);
            return it.type_err(format!("can't extend bytearray with {tn}"));
        }
        let items = it.collect_iter(src)?;
        let mut v = Vec::with_capacity(items.len());
        for x in items {
            let n = it.index_of(x)?;
            if !(0..256).contains(&n) {
                return it.value_err("byte must be in range(0, 256)");
            }
            v.push(n as u8);
        }
        v
    };
    bytes_of(args[0]).b.extend_from_slice(&add);
    Ok(Value::NONE)
}
/// `bytearray.pop([index])`.
fn bytearray_pop(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => it.index_of(*v)?,
        None => -1,
    };
    let b = &mut bytes_of(args[0]).b;
    if b.is_empty() {
        return it.index_err("pop from empty bytearray");
    }
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return it.index_err("pop index out of range");
    }
    Ok(Value::small_int(b.remove(j as usize) as i64))
}
fn bytes_join(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let items = it.collect_iter(args[1])?;
    let sep = bytes_of(args[0]).b.clone();
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        if !is_kind(*x, Kind::Bytes) {
            return it.type_err(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                it.type_name(*x)
            ));
        }
        out.extend_from_slice(&bytes_of(*x).b);
    }
    Ok(it.new_bytes(out))
}

// ------------------------------------------------------------------ file

fn file_read(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    crate::builtins::file_read(it, args)
}
fn file_readline(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    match crate::builtins::file_readline_opt(it, args[0])? {
        Some(v) => Ok(v),
        None => Ok(it.n.empty),
    }
}
fn file_readlines(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let mut out = Vec::new();
    while let Some(l) = crate::builtins::file_readline_opt(it, args[0])? {
        out.push(l);
    }
    Ok(it.new_list(out))
}
fn file_write(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "write", &args[1..], 1, 1)?;
    crate::builtins::file_write(it, args[0], args[1])
}
fn file_writelines(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let items = it.collect_iter(args[1])?;
    for x in items {
        crate::builtins::file_write(it, args[0], x)?;
    }
    Ok(Value::NONE)
}
fn file_close(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    crate::builtins::file_close(it, args[0])?;
    Ok(Value::NONE)
}
fn file_flush(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    crate::builtins::file_flush(it, args[0])?;
    Ok(Value::NONE)
}
fn file_enter(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(args[0])
}
fn file_exit(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    crate::builtins::file_close(it, args[0])?;
    Ok(Value::FALSE)
}
fn file_iter(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(args[0])
}
fn file_next(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    match crate::builtins::file_readline_opt(it, args[0])? {
        Some(v) => Ok(v),
        None => Err(it.stop_iteration(Value::NONE)),
    }
}
fn file_fileno(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let _ = it;
    Ok(Value::small_int(file_of(args[0]).std as i64))
}
fn file_writable(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let m = &file_of(args[0]).mode;
    Ok(Value::bool(m.contains(['w', 'a', 'x', '+'])))
}
fn file_readable(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let m = &file_of(args[0]).mode;
    Ok(Value::bool(m.contains(['r', '+'])))
}
fn file_isatty(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::FALSE)
}

impl Interp {
    pub fn key_err_msg<T>(&mut self, msg: &str) -> PyResult<T> {
        let s = self.new_str(msg.to_string());
        self.key_err(s)
    }
}

fn num_round(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    crate::builtins::round_impl(it, args[0], args.get(1).copied())
}
fn num_trunc(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    crate::methods::int_ctor(it, &[it.t.int, args[0]], &[])
}
fn float_floor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let f = match it.num(args[0]) {
        Some(Num::F(f)) => f.floor(),
        _ => return Ok(args[0]),
    };
    crate::methods::int_ctor(it, &[it.t.int, Value::float(f)], &[])
}
fn float_ceil(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let f = match it.num(args[0]) {
        Some(Num::F(f)) => f.ceil(),
        _ => return Ok(args[0]),
    };
    crate::methods::int_ctor(it, &[it.t.int, Value::float(f)], &[])
}

pub fn register(it: &mut Interp) {
    let t = it.t;
    let s = t.str_;
    for (n, f) in [
        ("find", str_find as NativeFn),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("replace", str_replace),
        ("upper", str_upper),
        ("lower", str_lower),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isdigit", str_isdigit),
        ("isnumeric", str_isnumeric),
        ("isdecimal", str_isdecimal),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isidentifier", str_isidentifier),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isprintable", str_isprintable),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("expandtabs", str_expandtabs),
        ("format", str_format),
        ("format_map", str_format_map),
        ("translate", str_translate),
    ] {
        def(it, s, n, f);
    }
    def_class(it, s, "maketrans", str_maketrans, true);
    let l = t.list;
    for (n, f) in [
        ("append", list_append as NativeFn),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("sort", list_sort),
    ] {
        def(it, l, n, f);
    }
    def(it, t.tuple, "index", seq_index);
    def(it, t.tuple, "count", seq_count);
    let d = t.dict;
    for (n, f) in [
        ("get", dict_get_m as NativeFn),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
    ] {
        def(it, d, n, f);
    }
    def_class(it, d, "fromkeys", dict_fromkeys, false);
    for v in [t.dict_keys, t.dict_values, t.dict_items] {
        def(it, v, "__len__", view_len);
        def(it, v, "__iter__", view_iter);
    }
    for st in [t.set, t.frozenset] {
        for (n, f) in [
            ("copy", set_copy_m as NativeFn),
            ("union", set_union),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_symdiff),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
        ] {
            def(it, st, n, f);
        }
    }
    for (n, f) in [
        ("add", set_add_m as NativeFn),
        ("discard", set_discard_m),
        ("remove", set_remove_m),
        ("pop", set_pop_m),
        ("clear", set_clear_m),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symdiff_update),
    ] {
        def(it, t.set, n, f);
    }
    for b in [t.bytes, t.bytearray] {
        def(it, b, "hex", bytes_hex);
        def(it, b, "join", bytes_join);
    }
    def(it, t.bytearray, "append", bytearray_append);
    def(it, t.bytearray, "extend", bytearray_extend);
    def(it, t.bytearray, "pop", bytearray_pop);
    for (n, f) in [
        ("read", file_read as NativeFn),
        ("readline", file_readline),
        ("readlines", file_readlines),
        ("write", file_write),
        ("writelines", file_writelines),
        ("close", file_close),
        ("flush", file_flush),
        ("__enter__", file_enter),
        ("__exit__", file_exit),
        ("__iter__", file_iter),
        ("__next__", file_next),
        ("fileno", file_fileno),
        ("isatty", file_isatty),
        ("writable", file_writable),
        ("readable", file_readable),
        ("seekable", file_readable),
    ] {
        def(it, t.file, n, f);
    }
    register_more(it);
    for ty in [t.int, t.float] {
        def(it, ty, "__round__", num_round);
        def(it, ty, "__trunc__", num_trunc);
        def(it, ty, "__floor__", float_floor);
        def(it, ty, "__ceil__", float_ceil);
    }
}

fn slice_indices_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "indices", &args[1..], 1, 1)?;
    let n = it.index_of(args[1])?;
    if n < 0 {
        return it.value_err("length should not be negative");
    }
    let (start, stop, step, _) = it.slice_indices(args[0], n as usize)?;
    Ok(it.new_tuple(vec![
        Value::small_int(start),
        Value::small_int(stop),
        Value::small_int(step),
    ]))
}
fn slice_eq(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if !is_kind(args[1], Kind::Slice) {
        return Ok(it.not_implemented);
    }
    let (a, b) = (slice_of(args[0]), slice_of(args[1]));
    let ta = it.new_tuple(vec![a.start, a.stop, a.step]);
    let tb = it.new_tuple(vec![b.start, b.stop, b.step]);
    Ok(Value::bool(it.eq(ta, tb)?))
}
fn range_index(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "index", &args[1..], 1, 1)?;
    let x = args[1];
    let exact = match it.num(x) {
        Some(Num::I(i)) if !is_float_value(x) => Some(num_bigint::BigInt::from(i)),
        Some(Num::B(b)) => Some(b.clone()),
        _ => None,
    };
    match exact {
        Some(b) => {
            if let Some(i) = it.range_index_int(args[0], &b) {
                return Ok(it.int_from_big(i));
            }
        }
        None => {
            // Any other object: a linear search by equality, as CPython.
            if let (_, Some(i)) = it.range_scan(args[0], x, true)? {
                return Ok(it.int(i));
            }
            return it.value_err("sequence.index(x): x not in sequence");
        }
    }
    let r = it.repr_string(x)?;
    it.value_err(format!("{r} is not in range"))
}
fn range_count(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "count", &args[1..], 1, 1)?;
    let x = args[1];
    let exact = matches!(it.num(x), Some(Num::I(_)) | Some(Num::B(_))) && !is_float_value(x);
    if exact {
        return Ok(Value::small_int(it.contains(args[0], x)? as i64));
    }
    let (n, _) = it.range_scan(args[0], x, false)?;
    Ok(it.int(n))
}
fn range_eq(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if !is_kind(args[1], Kind::Range) {
        return Ok(it.not_implemented);
    }
    Ok(Value::bool(crate::builtins::range_equal(args[0], args[1])))
}
fn range_hash(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let h = it.range_hash_value(args[0])?;
    Ok(it.int(h))
}

/// Runs a str method on the latin-1 view of a bytes object and converts
/// str results back to bytes (bytes methods share the str algorithms).
fn bytes_via_str(it: &mut Interp, args: &[Value], name: &str) -> PyResult<Value> {
    let mutable = bytes_of(args[0]).mutable;
    let to_s = |it: &mut Interp, v: Value| -> PyResult<Value> {
        if is_kind(v, Kind::Bytes) {
            let s: String = bytes_of(v).b.iter().map(|b| *b as char).collect();
            Ok(it.new_str(s))
        } else if is_kind(v, Kind::Tuple) {
            let items = tuple_of(v).items.clone();
            let mut out = Vec::new();
            for x in items {
                if is_kind(x, Kind::Bytes) {
                    let s: String = bytes_of(x).b.iter().map(|b| *b as char).collect();
                    out.push(it.new_str(s));
                } else {
                    out.push(x);
                }
            }
            Ok(it.new_tuple(out))
        } else if is_kind(v, Kind::Str) {
            it.type_err(format!(
                "a bytes-like object is required, not '{}'",
                it.type_name(v)
            ))
        } else {
            Ok(v)
        }
    };
    let mut sargs = Vec::with_capacity(args.len());
    for a in args {
        sargs.push(to_s(it, *a)?);
    }
    let nm = it.intern(name);
    let m = it.type_lookup(it.t.str_, nm);
    let m = match m {
        Some(m) => m,
        None => {
            return it.err(
                it.t.attribute_error,
                format!("'bytes' object has no attribute '{name}'"),
            )
        }
    };
    let r = it.call(m, &sargs, &[])?;
    fn back(it: &mut Interp, v: Value, mutable: bool) -> Value {
        if is_kind(v, Kind::Str) {
            let b: Vec<u8> = as_str(v).chars().map(|c| c as u32 as u8).collect();
            if mutable {
                it.new_bytearray(b)
            } else {
                it.new_bytes(b)
            }
        } else if is_kind(v, Kind::List) {
            let items = list_of(v).items.clone();
            let out: Vec<Value> = items.into_iter().map(|x| back(it, x, mutable)).collect();
            it.new_list(out)
        } else if is_kind(v, Kind::Tuple) {
            let items = tuple_of(v).items.clone();
            let out: Vec<Value> = items.into_iter().map(|x| back(it, x, mutable)).collect();
            it.new_tuple(out)
        } else {
            v
        }
    }
    Ok(back(it, r, mutable))
}
macro_rules! bytes_methods {
    ($($f:ident = $n:expr;)*) => {
        $(fn $f(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> { bytes_via_str(it, args, $n) })*
        fn register_bytes_methods(it: &mut Interp, ty: Value) {
            $(def(it, ty, $n, $f);)*
        }
    };
}
bytes_methods! {
    b_upper = "upper"; b_lower = "lower"; b_strip = "strip"; b_lstrip = "lstrip"; b_rstrip = "rstrip";
    b_split = "split"; b_rsplit = "rsplit"; b_replace = "replace"; b_find = "find"; b_rfind = "rfind";
    b_index = "index"; b_rindex = "rindex"; b_count = "count"; b_startswith = "startswith"; b_endswith = "endswith";
    b_isdigit = "isdigit"; b_isalpha = "isalpha"; b_isspace = "isspace"; b_isalnum = "isalnum";
    b_title = "title"; b_capitalize = "capitalize"; b_swapcase = "swapcase"; b_partition = "partition";
    b_rpartition = "rpartition"; b_splitlines = "splitlines"; b_center = "center"; b_ljust = "ljust";
    b_rjust = "rjust"; b_zfill = "zfill"; b_islower = "islower"; b_isupper = "isupper";
    b_removeprefix = "removeprefix"; b_removesuffix = "removesuffix"; b_expandtabs = "expandtabs";
}
fn bytes_fromhex(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let s: String = as_str(args[1])
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut out = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    for (i, p) in cs.chunks(2).enumerate() {
        let h: String = p.iter().collect();
        match u8::from_str_radix(&h, 16) {
            Ok(b) if p.len() == 2 => out.push(b),
            _ => {
                return it.value_err(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i * 2
                ))
            }
        }
    }
    if args[0] == it.t.bytearray {
        Ok(it.new_bytearray(out))
    } else {
        Ok(it.new_bytes(out))
    }
}
fn float_fromhex(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let s = as_str(args[1]).trim().to_ascii_lowercase();
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, s.trim_start_matches('+').to_string()),
    };
    if body == "inf" || body == "infinity" {
        return Ok(it.new_float(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    if body == "nan" {
        return Ok(it.new_float(f64::NAN));
    }
    let body = body.strip_prefix("0x").unwrap_or(&body).to_string();
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap_or(0)),
        None => (body.clone(), 0),
    };
    let (ip, fp) = match mant.split_once('.') {
        Some((a, b)) => (a.to_string(), b.to_string()),
        None => (mant.clone(), String::new()),
    };
    let mut v = 0f64;
    for c in ip.chars() {
        match c.to_digit(16) {
            Some(d) => v = v * 16.0 + d as f64,
            None => return it.value_err("invalid hexadecimal floating-point string"),
        }
    }
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        match c.to_digit(16) {
            Some(d) => {
                v += d as f64 * scale;
                scale /= 16.0;
            }
            None => return it.value_err("invalid hexadecimal floating-point string"),
        }
    }
    let r = v * 2f64.powi(exp);
    Ok(it.new_float(if neg { -r } else { r }))
}
fn str_encode2(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let enc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "encoding"))
        .map(|e| as_str(e).to_ascii_lowercase().replace('_', "-"));
    let errors = args
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "errors"))
        .map(|e| as_str(e).to_string());
    let s = as_str(args[0]).to_string();
    let limit = match enc.as_deref() {
        None | Some("utf-8") | Some("utf8") => return Ok(it.new_bytes(s.into_bytes())),
        Some("ascii") | Some("us-ascii") => 128u32,
        Some("latin-1") | Some("latin1") | Some("iso-8859-1") => 256u32,
        Some(e) => return it.err(it.exc_type("LookupError"), format!("unknown encoding: {e}")),
    };
    let name = if limit == 128 { "ascii" } else { "latin-1" };
    let mut out = Vec::new();
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
        } else {
            match errors.as_deref() {
                Some("ignore") => {}
                Some("replace") => out.push(b'?'),
                _ => {
                    let n = c as u32;
                    let inner = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    return it.err(
                        it.exc_type("UnicodeEncodeError"),
                        format!("'{name}' codec can't encode character '{inner}' in position {i}: ordinal not in range({limit})"),
                    );
                }
            }
        }
    }
    Ok(it.new_bytes(out))
}
pub fn bytes_decode2(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let enc_v = args.get(1).copied().or_else(|| kwarg(kw, "encoding"));
    let enc = enc_v.map(|e| as_str(e).to_ascii_lowercase().replace('_', "-"));
    let errors = args
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "errors"))
        .map(|e| as_str(e).to_string());
    let b = bytes_of(args[0]).b.clone();
    match enc.as_deref() {
        Some("latin-1") | Some("latin1") | Some("iso-8859-1") => {
            let s: String = b.iter().map(|c| *c as char).collect();
            Ok(it.new_str(s))
        }
        Some("ascii") => {
            let mut s = String::new();
            for (i, c) in b.iter().enumerate() {
                if *c < 128 {
                    s.push(*c as char);
                } else if errors.as_deref() == Some("ignore") {
                } else if errors.as_deref() == Some("replace") {
                    s.push('\u{fffd}');
                } else {
                    return it.err(
                        it.t.unicode_decode_error,
                        format!("'ascii' codec can't decode byte {c:#04x} in position {i}: ordinal not in range(128)"),
                    );
                }
            }
            Ok(it.new_str(s))
        }
        None | Some("utf-8") | Some("utf8") => match String::from_utf8(b.clone()) {
            Ok(s) => Ok(it.new_str(s)),
            Err(e) => match errors.as_deref() {
                Some("replace") => Ok(it.new_str(String::from_utf8_lossy(&b).into_owned())),
                Some("ignore") => {
                    let s: String = String::from_utf8_lossy(&b)
                        .chars()
                        .filter(|c| *c != '\u{fffd}')
                        .collect();
                    Ok(it.new_str(s))
                }
                _ => {
                    let pos = e.utf8_error().valid_up_to();
                    let byte = b[pos];
                    let why = if e.utf8_error().error_len().is_none() {
                        "unexpected end of data"
                    } else if (0x80..0xc0).contains(&byte) {
                        "invalid start byte"
                    } else {
                        "invalid continuation byte"
                    };
                    let why = if why == "invalid continuation byte" && !(0xc2..0xf5).contains(&byte)
                    {
                        "invalid start byte"
                    } else {
                        why
                    };
                    it.err(
                        it.t.unicode_decode_error,
                        format!(
                            "'utf-8' codec can't decode byte {byte:#04x} in position {pos}: {why}"
                        ),
                    )
                }
            },
        },
        Some(_) => {
            let e = enc_v.map(as_str).unwrap_or_default();
            it.err(it.exc_type("LookupError"), format!("unknown encoding: {e}"))
        }
    }
}

pub fn register_more(it: &mut Interp) {
    let t = it.t;
    def(it, t.slice, "indices", slice_indices_m);
    def(it, t.slice, "__eq__", slice_eq);
    def(it, t.range, "index", range_index);
    def(it, t.range, "count", range_count);
    def(it, t.range, "__eq__", range_eq);
    def(it, t.range, "__hash__", range_hash);
    register_bytes_methods(it, t.bytes);
    register_bytes_methods(it, t.bytearray);
    def_class(it, t.bytes, "fromhex", bytes_fromhex, false);
    def_class(it, t.bytearray, "fromhex", bytes_fromhex, false);
    def_class(it, t.float, "fromhex", float_fromhex, false);
    def(it, t.str_, "encode", str_encode2);
    def(it, t.bytes, "decode", bytes_decode2);
    def(it, t.bytearray, "decode", bytes_decode2);
}
