//! Native constructors and methods of the builtin types.

use crate::interp::{dict_get_str, Interp, PyResult};
use crate::object::*;
use crate::ops::Num;
use crate::types::{def, def_class};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

type Kw<'a> = &'a [(Value, Value)];

pub fn nargs(it: &mut Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        if min == max {
            if min == 0 {
                return it.type_err(format!("{name}() takes no arguments ({n} given)"));
            }
            if min == 1 {
                return it.type_err(format!("{name}() takes exactly one argument ({n} given)"));
            }
            return it.type_err(format!("{name} expected {min} arguments, got {n}"));
        }
        if n < min {
            return it.type_err(format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            ));
        }
        return it.type_err(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

pub fn no_kw(it: &mut Interp, name: &str, kw: Kw<'_>) -> PyResult<()> {
    if !kw.is_empty() {
        return it.type_err(format!("{name}() takes no keyword arguments"));
    }
    Ok(())
}

pub fn kwarg(kw: Kw<'_>, name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| as_str(*k) == name).map(|(_, v)| *v)
}

// ------------------------------------------------------------------ ctors

pub fn type_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let a = &args[1..];
    if a.len() == 1 {
        return Ok(it.type_of(a[0]));
    }
    if a.len() == 3 {
        return it.type_new(args[0], a[0], a[1], a[2], kw);
    }
    it.type_err("type() takes 1 or 3 arguments")
}

pub fn object_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() > 1 {
        return it.type_err("object() takes no arguments");
    }
    let o = it.alloc(it.t.object, Kind::Instance, ());
    Ok(o)
}

pub fn none_ctor(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

pub fn int_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let a = &args[1..];
    let base_kw = kwarg(kw, "base");
    if a.is_empty() && base_kw.is_none() {
        return Ok(Value::small_int(0));
    }
    if a.len() > 2 {
        return it.type_err(format!(
            "int() takes at most 2 arguments ({} given)",
            a.len()
        ));
    }
    let x = if a.is_empty() {
        return it.type_err("int() missing string argument");
    } else {
        a[0]
    };
    let base = if a.len() == 2 { Some(a[1]) } else { base_kw };
    if let Some(b) = base {
        // Any int outside 2..=36 (and not 0) is a ValueError, however large.
        let b = match it.index_of(b) {
            Ok(v) => u32::try_from(v).unwrap_or(u32::MAX),
            Err(_) if is_kind(b, Kind::Int) => u32::MAX,
            Err(e) => return Err(e),
        };
        let s = if is_kind(x, Kind::Str) {
            as_str(x).to_string()
        } else if is_kind(x, Kind::Bytes) {
            String::from_utf8_lossy(&bytes_of(x).b).into_owned()
        } else {
            return it.type_err("int() can't convert non-string with explicit base");
        };
        return parse_int(it, &s, b, x);
    }
    match it.num(x) {
        Some(Num::I(i)) => return Ok(Value::small_int(i)),
        Some(Num::B(b)) => {
            let b = b.clone();
            return Ok(it.int_from_big(b));
        }
        Some(Num::F(f)) => {
            if f.is_nan() {
                return it.value_err("cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return it.overflow("cannot convert float infinity to integer");
            }
            let b = crate::ops::big_from_f64(f);
            return Ok(it.int_from_big(b));
        }
        None => {}
    }
    if is_kind(x, Kind::Str) {
        let s = as_str(x).to_string();
        return parse_int(it, &s, 10, x);
    }
    if is_kind(x, Kind::Bytes) {
        let s = String::from_utf8_lossy(&bytes_of(x).b).into_owned();
        return parse_int(it, &s, 10, x);
    }
    let ty = it.type_of(x);
    for name in [it.n.int_, it.n.index, it.n.trunc] {
        if let Some(m) = it.type_lookup(ty, name) {
            let r = it.call_descr(m, x, ty, &[])?;
            if it.num(r).is_none() || is_float_value(r) {
                return it.type_err(format!(
                    "__int__ returned non-int (type {})",
                    it.type_name(r)
                ));
            }
            return Ok(r);
        }
    }
    it.type_err(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        it.type_name(x)
    ))
}

pub fn parse_int(it: &mut Interp, s: &str, base: u32, orig: Value) -> PyResult<Value> {
    let bad = |it: &mut Interp| -> PyResult<Value> {
        let r = it.repr_string(orig)?;
        it.value_err(format!("invalid literal for int() with base {base}: {r}"))
    };
    if base != 0 && !(2..=36).contains(&base) {
        return it.value_err("int() base must be >= 2 and <= 36, or 0");
    }
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, mut body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower = body.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    if base == 16 && prefixed("0x") || base == 8 && prefixed("0o") || base == 2 && prefixed("0b") {
        body = &body[2..];
        body = body.strip_prefix('_').unwrap_or(body);
    } else if base == 0 {
        if prefixed("0x") {
            base = 16;
            body = &body[2..];
        } else if prefixed("0o") {
            base = 8;
            body = &body[2..];
        } else if prefixed("0b") {
            base = 2;
            body = &body[2..];
        } else {
            base = 10;
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_')
            {
                return bad(it);
            }
        }
        body = body.strip_prefix('_').unwrap_or(body);
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return bad(it);
    }
    let digits: String = body.chars().filter(|c| *c != '_').collect();
    if !digits.chars().all(|c| c.is_digit(base)) {
        // Non-ASCII digits (e.g. Arabic-Indic) are accepted by CPython.
        let conv: Option<String> = digits
            .chars()
            .map(|c| {
                c.to_digit(10).map(|d| char::from(b'0' + d as u8)).or(
                    if c.is_ascii_alphanumeric() {
                        Some(c)
                    } else {
                        None
                    },
                )
            })
            .collect();
        match conv {
            Some(c) if c.chars().all(|ch| ch.is_digit(base)) && c != digits => {
                return parse_int(it, &c, base, orig)
            }
            _ => return bad(it),
        }
    }
    if base == 10 && digits.len() > 4300 {
        return it.value_err(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ));
    }
    if digits.len() <= 15 && base <= 16 {
        let v = i64::from_str_radix(&digits, base).unwrap_or(0);
        return Ok(it.int(if neg { -v } else { v }));
    }
    match BigInt::parse_bytes(digits.as_bytes(), base) {
        Some(b) => Ok(it.int_from_big(if neg { -b } else { b })),
        None => bad(it),
    }
}

pub fn bool_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() < 2 {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(it.truthy(args[1])?))
}

pub fn float_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() < 2 {
        return Ok(it.new_float(0.0));
    }
    let x = args[1];
    if let Some(n) = it.num(x) {
        let f = it.to_f64(&n)?;
        return Ok(it.new_float(f));
    }
    if is_kind(x, Kind::Str) {
        let s = as_str(x).trim().replace('_', "");
        let l = s.to_ascii_lowercase();
        let v = match l.trim_start_matches(['+', '-']) {
            "inf" | "infinity" => Some(f64::INFINITY),
            "nan" => Some(f64::NAN),
            _ => {
                if s.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
                    && !s.is_empty()
                    && !as_str(x).contains("__")
                {
                    s.parse::<f64>().ok()
                } else {
                    None
                }
            }
        };
        return match v {
            Some(f) => Ok(
                it.new_float(if l.starts_with('-') && !f.is_sign_negative() {
                    -f
                } else {
                    f
                }),
            ),
            None => {
                let r = it.repr_string(x)?;
                it.value_err(format!("could not convert string to float: {r}"))
            }
        };
    }
    let ty = it.type_of(x);
    if let Some(m) = it.type_lookup(ty, it.n.float_) {
        return it.call_descr(m, x, ty, &[]);
    }
    if let Some(m) = it.type_lookup(ty, it.n.index) {
        let r = it.call_descr(m, x, ty, &[])?;
        let n = it.num(r).unwrap_or(Num::I(0));
        let f = it.to_f64(&n)?;
        return Ok(it.new_float(f));
    }
    it.type_err(format!(
        "float() argument must be a string or a real number, not '{}'",
        it.type_name(x)
    ))
}

pub fn str_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let a = &args[1..];
    if a.is_empty() {
        return Ok(it.n.empty);
    }
    if a.len() > 3 {
        return it.type_err(format!(
            "str() takes at most 3 arguments ({} given)",
            a.len()
        ));
    }
    if a.len() >= 2 || kwarg(kw, "encoding").is_some() || kwarg(kw, "errors").is_some() {
        if is_kind(a[0], Kind::Bytes) {
            return crate::strmethods::bytes_decode2(it, a, kw);
        }
        if is_kind(a[0], Kind::Str) {
            return it.type_err("decoding str is not supported");
        }
        return it.type_err(format!(
            "decoding to str: need a bytes-like object, {} found",
            it.type_name(a[0])
        ));
    }
    it.str(a[0])
}

pub fn bytes_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let b = bytes_from(it, &args[1..])?;
    Ok(it.new_bytes(b))
}
pub fn bytearray_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let b = bytes_from(it, &args[1..])?;
    Ok(it.new_bytearray(b))
}
fn bytes_from(it: &mut Interp, a: &[Value]) -> PyResult<Vec<u8>> {
    if a.is_empty() {
        return Ok(vec![]);
    }
    let x = a[0];
    if is_kind(x, Kind::Str) {
        if a.len() < 2 {
            return it.type_err("string argument without an encoding");
        }
        return Ok(as_str(x).as_bytes().to_vec());
    }
    if is_kind(x, Kind::Bytes) {
        return Ok(bytes_of(x).b.clone());
    }
    if let Some(Num::I(n)) = it.num(x) {
        if n < 0 {
            return it.value_err("negative count");
        }
        return Ok(vec![0; n as usize]);
    }
    let items = it.collect_iter(x)?;
    let mut out = Vec::new();
    for i in items {
        let n = it.index_of(i)?;
        if !(0..256).contains(&n) {
            return it.value_err("bytes must be in range(0, 256)");
        }
        out.push(n as u8);
    }
    Ok(out)
}

pub fn list_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() > 2 {
        return it.type_err(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let items = if args.len() == 2 {
        it.vouch();
        it.collect_iter(args[1])?
    } else {
        vec![]
    };
    Ok(it.new_list(items))
}
pub fn tuple_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() == 2 && is_kind(args[1], Kind::Tuple) && it.type_of(args[1]) == it.t.tuple {
        return Ok(args[1]);
    }
    let items = if args.len() >= 2 {
        it.vouch();
        it.collect_iter(args[1])?
    } else {
        vec![]
    };
    Ok(it.new_tuple(items))
}
pub fn dict_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let d = it.new_dict();
    if args.len() > 2 {
        return it.type_err(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    if args.len() == 2 {
        let mark = it.roots_mark();
        it.root(d);
        it.vouch();
        let r = it.dict_update_from(d, args[1], false);
        it.unroot_to(mark);
        r?;
    }
    for (k, v) in kw {
        it.dict_set(d, *k, *v)?;
    }
    Ok(d)
}
pub fn set_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let s = it.new_set(false);
    if args.len() >= 2 {
        set_fill_rooted(it, s, args[1])?;
    }
    Ok(s)
}
pub fn frozenset_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() >= 2
        && is_kind(args[1], Kind::Set)
        && set_of(args[1]).frozen
        && it.type_of(args[1]) == it.t.frozenset
    {
        return Ok(args[1]);
    }
    let s = it.new_set(true);
    if args.len() >= 2 {
        set_fill_rooted(it, s, args[1])?;
    }
    Ok(s)
}
/// `set_fill` for a new set `s`, rooted while the source iterable runs.
fn set_fill_rooted(it: &mut Interp, s: Value, src: Value) -> PyResult<()> {
    let mark = it.roots_mark();
    it.root(s);
    it.vouch();
    let r = set_fill(it, s, src);
    it.unroot_to(mark);
    r
}
/// Adds the items of `src` to the set `s`. A section entry point (see
/// `Interp::vouch`): with a vouch for `s` and `src`, iterating may collect.
pub fn set_fill(it: &mut Interp, s: Value, src: Value) -> PyResult<()> {
    let w = it.enter_section();
    let r = set_fill_in(it, s, src);
    it.leave_section(w);
    r
}
fn set_fill_in(it: &mut Interp, s: Value, src: Value) -> PyResult<()> {
    if is_kind(src, Kind::Set) {
        let this: *mut Interp = it;
        let other: &crate::set::SetObj = set_of(src);
        return set_of(s).merge(other, &mut |a, b| {
            // SAFETY: unique interpreter reference for the duration of the merge.
            unsafe { (*this).eq(a, b) }
        });
    }
    if is_kind(src, Kind::Dict) {
        let entries: Vec<_> = dict_of(src).iter_hashed().collect();
        let so = set_of(s);
        if (so.fill + entries.len()) * 5 >= (so.table.len() - 1) * 3 {
            let n = (so.used + entries.len()) * 2;
            so.resize(n);
        }
        for e in entries {
            let this: *mut Interp = it;
            set_of(s).add(e.key, e.hash, &mut |a, b| {
                // SAFETY: as above.
                unsafe { (*this).eq(a, b) }
            })?;
        }
        return Ok(());
    }
    // One item at a time: the iterator and the current item stay rooted.
    let iter = it.get_iter(src)?;
    let mark = it.roots_mark();
    it.root(iter);
    let r = (|| loop {
        it.unroot_to(mark + 1);
        it.vouch();
        let Some(x) = it.next(iter)? else {
            return Ok(());
        };
        it.root(x);
        it.set_add(s, x)?;
    })();
    it.unroot_to(mark);
    r
}

pub fn range_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    no_kw(it, "range", kw)?;
    let a = &args[1..];
    match a.len() {
        0 => return it.type_err("range expected at least 1 argument, got 0"),
        n if n > 3 => return it.type_err(format!("range expected at most 3 arguments, got {n}")),
        _ => {}
    }
    let mut v: Vec<BigInt> = Vec::with_capacity(3);
    for x in a {
        match it.index_big(*x)? {
            Some(b) => v.push(b),
            None => {
                return it.type_err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    it.type_name(*x)
                ))
            }
        }
    }
    let mut v = v.into_iter();
    let (start, stop, step) = match a.len() {
        1 => (
            BigInt::from(0),
            v.next().unwrap_or_default(),
            BigInt::from(1),
        ),
        2 => {
            let s = v.next().unwrap_or_default();
            (s, v.next().unwrap_or_default(), BigInt::from(1))
        }
        _ => {
            let s = v.next().unwrap_or_default();
            let e = v.next().unwrap_or_default();
            (s, e, v.next().unwrap_or_default())
        }
    };
    if step == BigInt::from(0) {
        return it.value_err("range() arg 3 must not be zero");
    }
    Ok(it.new_range(start, stop, step))
}

pub fn slice_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::NONE, a[0], Value::NONE),
        2 => (a[0], a[1], Value::NONE),
        3 => (a[0], a[1], a[2]),
        _ => return it.type_err("slice expected at least 1 argument, got 0"),
    };
    Ok(it.alloc(it.t.slice, Kind::Slice, SliceObj { start, stop, step }))
}

pub fn enumerate_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let a = &args[1..];
    if a.is_empty() {
        return it.type_err("enumerate() missing required argument 'iterable' (pos 1)");
    }
    let inner = it.get_iter(a[0])?;
    let start = a
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::small_int(0));
    if it.num(start).is_none() || is_float_value(start) {
        return it.type_err(format!(
            "'{}' object cannot be interpreted as an integer",
            it.type_name(start)
        ));
    }
    Ok(it.new_iter(
        it.t.enumerate,
        IterState::Enumerate {
            it: inner,
            n: start,
        },
    ))
}
pub fn zip_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let mut its = Vec::new();
    // CPython 3.11 lets iter()'s own TypeError ("'int' object is not iterable") through.
    for a in &args[1..] {
        its.push(it.get_iter(*a)?);
    }
    let strict = match kwarg(kw, "strict") {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    Ok(it.new_iter(it.t.zip, IterState::Zip { its, strict }))
}
pub fn map_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() < 3 {
        return it.type_err("map() must have at least two arguments.");
    }
    let mut its = Vec::new();
    for a in &args[2..] {
        its.push(it.get_iter(*a)?);
    }
    Ok(it.new_iter(it.t.map, IterState::Map { f: args[1], its }))
}
pub fn filter_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 3 {
        return it.type_err(format!(
            "filter expected 2 arguments, got {}",
            args.len() - 1
        ));
    }
    let inner = it.get_iter(args[2])?;
    Ok(it.new_iter(
        it.t.filter,
        IterState::Filter {
            f: args[1],
            it: inner,
        },
    ))
}
pub fn reversed_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 {
        return it.type_err(format!(
            "reversed expected 1 argument, got {}",
            args.len() - 1
        ));
    }
    let s = args[1];
    let ty = it.type_of(s);
    if let Some(r) = it.user_lookup(ty, it.n.reversed) {
        return it.call_descr(r, s, ty, &[]);
    }
    match kind_of(s) {
        Some(Kind::Range) => {
            let st = it.range_iter_state(s, true);
            let ty = it.range_iter_type(&st);
            Ok(it.new_iter(ty, st))
        }
        Some(Kind::List) | Some(Kind::Tuple) | Some(Kind::Str) | Some(Kind::Bytes) => {
            let n = it.len(s)? as isize;
            Ok(it.new_iter(
                if is_kind(s, Kind::List) {
                    it.t.list_reverseiterator
                } else {
                    it.t.reversed
                },
                IterState::Reversed { seq: s, idx: n - 1 },
            ))
        }
        Some(Kind::Dict) | Some(Kind::DictView) => {
            let items = it.collect_iter(s)?;
            let l = it.new_list(items);
            let n = list_of(l).items.len() as isize;
            Ok(it.new_iter(it.t.reversed, IterState::Reversed { seq: l, idx: n - 1 }))
        }
        _ => {
            if it.type_lookup(ty, it.n.getitem).is_some() && it.type_lookup(ty, it.n.len).is_some()
            {
                let n = it.len(s)? as isize;
                return Ok(it.new_iter(it.t.reversed, IterState::Reversed { seq: s, idx: n - 1 }));
            }
            it.type_err(format!("'{}' object is not reversible", it.type_name(s)))
        }
    }
}
pub fn property_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let a = &args[1..];
    let get = |i: usize, n: &str| {
        a.get(i)
            .copied()
            .or_else(|| kwarg(kw, n))
            .unwrap_or(Value::NONE)
    };
    let (fget, fset, fdel, mut doc) = (
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    );
    if doc.is_none() && is_kind(fget, Kind::Function) {
        doc = func_of(fget).doc;
    }
    Ok(it.alloc(
        it.t.property,
        Kind::Property,
        PropertyObj {
            fget,
            fset,
            fdel,
            doc,
        },
    ))
}
pub fn classmethod_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "classmethod", &args[1..], 1, 1)?;
    Ok(it.alloc(it.t.classmethod, Kind::ClassMethod, WrapObj { f: args[1] }))
}
pub fn staticmethod_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "staticmethod", &args[1..], 1, 1)?;
    Ok(it.alloc(
        it.t.staticmethod,
        Kind::StaticMethod,
        WrapObj { f: args[1] },
    ))
}
pub fn super_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    it.make_super(&args[1..])
}
pub fn exception_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let ty = args[0];
    if !kw.is_empty() {
        return it.type_err(format!(
            "{}() takes no keyword arguments",
            type_of_obj(ty).name
        ));
    }
    let t = it.new_tuple(args[1..].to_vec());
    Ok(it.new_exc_args(ty, t))
}

// ------------------------------------------------------------ object/type

pub fn noop(_it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}
pub fn not_impl2(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(it.not_implemented)
}
pub fn object_init(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let ty = it.type_of(args[0]);
        if it.user_lookup(ty, it.n.new).is_none() {
            return it.type_err(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
        }
    }
    Ok(Value::NONE)
}
pub fn object_new(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    if args.is_empty() || !is_kind(args[0], Kind::Type) {
        return it.type_err("object.__new__(X): X is not a type object");
    }
    let ty = args[0];
    if type_of_obj(ty).builtin && type_of_obj(ty).layout != Kind::Instance {
        let c = type_of_obj(ty).ctor;
        if let Some(c) = c {
            return c(it, args, kw);
        }
    }
    if type_of_obj(ty).layout == Kind::Instance && (args.len() > 1 || !kw.is_empty()) {
        if it.user_lookup(ty, it.n.new).is_some() {
            return it
                .type_err("object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if it.user_lookup(ty, it.n.init).is_none() {
            return it.type_err(format!("{}() takes no arguments", type_of_obj(ty).name));
        }
    }
    if type_of_obj(ty).layout == Kind::Instance {
        return it.alloc_instance(ty, &[], &[]);
    }
    it.alloc_instance(ty, &args[1..], kw)
}
pub fn object_repr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let v = args[0];
    let ty = it.type_of(v);
    if is_kind(v, Kind::Type) || type_of_obj(ty).builtin {
        // Use the builtin repr directly (avoid re-dispatching to __repr__).
        let s = if is_kind(v, Kind::Instance) || !type_of_obj(ty).builtin {
            format!(
                "<{} object at {:#x}>",
                type_of_obj(ty).qualname,
                v.as_ptr() as usize
            )
        } else {
            it.repr_string(v)?
        };
        return Ok(it.new_str(s));
    }
    let module = match dict_get_str(dict_of(type_of_obj(ty).dict), it.n.module) {
        Some(m) if is_kind(m, Kind::Str) && as_str(m) != "builtins" => format!("{}.", as_str(m)),
        _ => String::new(),
    };
    let s = format!(
        "<{}{} object at {:#x}>",
        module,
        type_of_obj(ty).qualname,
        v.as_ptr() as usize
    );
    Ok(it.new_str(s))
}
pub fn object_str(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let s = it.repr_string(args[0])?;
    Ok(it.new_str(s))
}
pub fn object_eq(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__eq__", &args[1..], 1, 1)?;
    if args[0] == args[1] {
        return Ok(Value::TRUE);
    }
    if type_of_obj(it.type_of(args[0])).builtin {
        if let Some(r) = it.native_compare(
            args[0],
            args[1],
            taipan_compiler::bytecode::CompareOpArg::Eq,
        )? {
            return Ok(Value::bool(r));
        }
    }
    Ok(it.not_implemented)
}
pub fn object_ne(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__ne__", &args[1..], 1, 1)?;
    let r = it.compare(
        args[0],
        args[1],
        taipan_compiler::bytecode::CompareOpArg::Eq,
    )?;
    if r == it.not_implemented {
        return Ok(r);
    }
    let b = it.truthy(r)?;
    Ok(Value::bool(!b))
}
pub fn object_hash(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let v = args[0];
    let h = if type_of_obj(it.type_of(v)).builtin {
        it.hash(v)?
    } else {
        let p = v.as_ptr() as u64;
        p.rotate_right(4) as i64 & i64::MAX
    };
    Ok(it.int(h))
}
pub fn object_setattr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__setattr__", &args[1..], 2, 2)?;
    if !is_kind(args[1], Kind::Str) {
        return it.type_err(format!(
            "attribute name must be string, not '{}'",
            it.type_name(args[1])
        ));
    }
    let name = it.intern_value(args[1]);
    it.generic_setattr(args[0], name, args[2])?;
    Ok(Value::NONE)
}
pub fn object_getattribute(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__getattribute__", &args[1..], 1, 1)?;
    if !is_kind(args[1], Kind::Str) {
        return it.type_err(format!(
            "attribute name must be string, not '{}'",
            it.type_name(args[1])
        ));
    }
    let name = it.intern_value(args[1]);
    let r = it.generic_getattr(args[0], name);
    match r {
        Err(e) if it.isinstance(e, it.t.attribute_error) => {
            let ty = it.type_of(args[0]);
            if let Some(ga) = it.user_lookup(ty, it.n.getattr) {
                return it.call_descr(ga, args[0], ty, &[name]);
            }
            Err(e)
        }
        r => r,
    }
}
pub fn object_delattr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__delattr__", &args[1..], 1, 1)?;
    let name = it.intern_value(args[1]);
    it.generic_delattr(args[0], name)?;
    Ok(Value::NONE)
}
pub fn object_format(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__format__", &args[1..], 1, 1)?;
    if is_kind(args[1], Kind::Str) && !as_str(args[1]).is_empty() {
        return it.type_err(format!(
            "unsupported format string passed to {}.__format__",
            it.type_name(args[0])
        ));
    }
    it.str(args[0])
}
pub fn object_dir(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    crate::builtins::dir_of(it, args[0])
}
pub fn type_mro(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let m = type_of_obj(args[0]).mro.clone();
    Ok(it.new_list(m))
}
pub fn type_subclasses(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let target = args[0];
    let mut out = Vec::new();
    for &p in &it.heap.objects {
        let v = Value::ptr(p);
        if is_kind(v, Kind::Type) && type_of_obj(v).bases.contains(&target) {
            out.push(v);
        }
    }
    Ok(it.new_list(out))
}
pub fn type_instancecheck(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__instancecheck__", &args[1..], 1, 1)?;
    Ok(Value::bool(it.isinstance(args[1], args[0])))
}
pub fn type_subclasscheck(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__subclasscheck__", &args[1..], 1, 1)?;
    Ok(Value::bool(
        is_kind(args[1], Kind::Type) && it.is_subtype(args[1], args[0]),
    ))
}
pub fn type_call_m(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let ty = args[0];
    // type.__call__(cls, ...) from a metaclass: run the default instantiation.
    let meta_saved = it.type_of(ty);
    let _ = meta_saved;
    if type_of_obj(ty).builtin {
        return it.type_call(ty, &args[1..], kw);
    }
    let obj = if let Some(new) = it.user_lookup(ty, it.n.new) {
        let f = if is_kind(new, Kind::StaticMethod) {
            wrap_of(new).f
        } else {
            new
        };
        let mut a = vec![ty];
        a.extend_from_slice(&args[1..]);
        it.call(f, &a, kw)?
    } else {
        it.alloc_instance(ty, &args[1..], kw)?
    };
    if it.isinstance(obj, ty) {
        if let Some(init) = it.user_lookup(ty, it.n.init) {
            let mut a = vec![obj];
            a.extend_from_slice(&args[1..]);
            it.call(init, &a, kw)?;
        }
    }
    Ok(obj)
}
pub fn type_new_m(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 4 {
        if args.len() == 2 {
            return Ok(it.type_of(args[1]));
        }
        return it.type_err("type.__new__() takes exactly 3 arguments");
    }
    it.type_new(args[0], args[1], args[2], args[3], kw)
}
pub fn type_prepare(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(it.new_dict())
}
pub fn type_or(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(it.new_tuple(args.to_vec()))
}

// ------------------------------------------------------------ exceptions

fn exc_init(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if is_kind(args[0], Kind::Exception) {
        let t = it.new_tuple(args[1..].to_vec());
        exc_of(args[0]).args = t;
    }
    Ok(Value::NONE)
}
fn exc_str_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let s = it.exc_str(args[0])?;
    Ok(it.new_str(s))
}
fn exc_repr_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let v = args[0];
    let tname = it.type_name(v);
    let a = exc_of(v).args;
    let items = tuple_of(a).items.clone();
    let s = if items.len() == 1 {
        format!("{}({})", tname, it.repr_string(items[0])?)
    } else {
        format!("{}{}", tname, it.repr_string(a)?)
    };
    Ok(it.new_str(s))
}
fn exc_with_traceback(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(args[0])
}
fn exc_add_note(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let _ = it;
    let _ = args;
    Ok(Value::NONE)
}

// ------------------------------------------------------------ generators

fn gen_send_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "send", &args[1..], 1, 1)?;
    match it.gen_send(args[0], args[1])? {
        crate::eval::GenResult::Yield(v) => Ok(v),
        crate::eval::GenResult::Return(v) => Err(it.stop_iteration(v)),
    }
}
fn gen_throw_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "throw", &args[1..], 1, 3)?;
    let mut e = args[1];
    if args.len() > 2 && is_kind(e, Kind::Type) && !args[2].is_none() {
        e = it.call(e, &[args[2]], &[])?;
    }
    match it.gen_throw(args[0], e)? {
        crate::eval::GenResult::Yield(v) => Ok(v),
        crate::eval::GenResult::Return(v) => Err(it.stop_iteration(v)),
    }
}
fn gen_close_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    it.gen_close(args[0])?;
    Ok(Value::NONE)
}
fn iter_self(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(args[0])
}
fn iter_next_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    match it.next(args[0])? {
        Some(v) => Ok(v),
        None => Err(it.stop_iteration(Value::NONE)),
    }
}
fn gen_next_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    match it.gen_send(args[0], Value::NONE)? {
        crate::eval::GenResult::Yield(v) => Ok(v),
        crate::eval::GenResult::Return(v) => Err(it.stop_iteration(v)),
    }
}

// ------------------------------------------------------------ property

fn prop_copy(it: &mut Interp, p: Value, which: usize, f: Value) -> PyResult<Value> {
    let po = property_of(p);
    let mut parts = [po.fget, po.fset, po.fdel, po.doc];
    parts[which] = f;
    let ty = it.type_of(p);
    Ok(it.alloc(
        ty,
        Kind::Property,
        PropertyObj {
            fget: parts[0],
            fset: parts[1],
            fdel: parts[2],
            doc: parts[3],
        },
    ))
}
fn prop_getter(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "getter", &args[1..], 1, 1)?;
    prop_copy(it, args[0], 0, args[1])
}
fn prop_setter(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "setter", &args[1..], 1, 1)?;
    prop_copy(it, args[0], 1, args[1])
}
fn prop_deleter(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "deleter", &args[1..], 1, 1)?;
    prop_copy(it, args[0], 2, args[1])
}
fn prop_get(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() < 2 || args[1].is_none() {
        return Ok(args[0]);
    }
    let g = property_of(args[0]).fget;
    it.call(g, &[args[1]], &[])
}
fn prop_set(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let s = property_of(args[0]).fset;
    it.call(s, &[args[1], args[2]], &[])
}

// ------------------------------------------------------------ int / float

fn int_bit_length(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let b = it.as_bigint(args[0]).unwrap_or_default();
    Ok(Value::small_int(b.bits() as i64))
}
fn int_bit_count(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let b = it.as_bigint(args[0]).unwrap_or_default();
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::small_int(n as i64))
}
fn int_to_bytes(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let b = it.as_bigint(args[0]).unwrap_or_default();
    let len = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "length"))
        .unwrap_or(Value::small_int(1));
    let len = it.index_of(len)? as usize;
    let order = args.get(2).copied().or_else(|| kwarg(kw, "byteorder"));
    let big_endian = order.map(|o| as_str(o) == "big").unwrap_or(true);
    let signed = match kwarg(kw, "signed") {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    if !signed && b.is_negative() {
        return it.overflow("can't convert negative int to unsigned");
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if bytes.len() > len
        && !(b.is_zero() && len == 0)
        && !(bytes.len() == len + 1 && !signed && bytes[len] == 0)
    {
        {
            return it.overflow("int too big to convert");
        }
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    bytes.resize(len, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(it.new_bytes(bytes))
}
fn int_from_bytes(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let data = args.get(1).copied().unwrap_or(Value::NONE);
    let bytes = if is_kind(data, Kind::Bytes) {
        bytes_of(data).b.clone()
    } else {
        bytes_from(it, &[data])?
    };
    let order = args.get(2).copied().or_else(|| kwarg(kw, "byteorder"));
    let big_endian = order.map(|o| as_str(o) == "big").unwrap_or(true);
    let signed = match kwarg(kw, "signed") {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    let v = match (big_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&bytes),
        (true, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes),
        (false, true) => BigInt::from_signed_bytes_le(&bytes),
        (false, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes),
    };
    Ok(it.int_from_big(v))
}
fn int_conjugate(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let b = it.as_bigint(args[0]).unwrap_or_default();
    Ok(it.int_from_big(b))
}
fn int_as_integer_ratio(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let b = it.as_bigint(args[0]).unwrap_or_default();
    let v = it.int_from_big(b);
    Ok(it.new_tuple(vec![v, Value::small_int(1)]))
}
fn float_is_integer(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let f = float_value(args[0]).unwrap_or(f64::NAN);
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}
fn float_as_integer_ratio(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let f = float_value(args[0]).unwrap_or(f64::NAN);
    if f.is_infinite() {
        return it.overflow("cannot convert Infinity to integer ratio");
    }
    if f.is_nan() {
        return it.value_err("cannot convert NaN to integer ratio");
    }
    let (m, e) = crate::ops::frexp(f);
    let mut m = m;
    let mut e = e;
    for _ in 0..300 {
        if m.fract() == 0.0 {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num = crate::ops::big_from_f64(m);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    num /= &g;
    den /= &g;
    let a = it.int_from_big(num);
    let b = it.int_from_big(den);
    Ok(it.new_tuple(vec![a, b]))
}
fn float_hex(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let f = float_value(args[0]).unwrap_or(f64::NAN);
    let s = if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0".to_string()
        } else {
            "0x0.0p+0".to_string()
        }
    } else if !f.is_finite() {
        crate::support::float_repr::float_repr(f)
    } else {
        let (m, e) = crate::ops::frexp(f.abs());
        let mant = ((m * 2.0 - 1.0) * (1u64 << 52) as f64) as u64;
        let hex = format!("{mant:013x}");
        format!("{}0x1.{}p{:+}", if f < 0.0 { "-" } else { "" }, hex, e - 1)
    };
    Ok(it.new_str(s))
}
fn float_conjugate(_it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(args[0])
}
fn num_dunder_int(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    int_ctor(it, &[it.t.int, args[0]], &[])
}
fn num_dunder_float(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    float_ctor(it, &[it.t.float, args[0]], &[])
}
fn num_dunder_index(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let b = it.as_bigint(args[0]).unwrap_or_default();
    Ok(it.int_from_big(b))
}

macro_rules! binop_methods {
    ($($fname:ident, $rname:ident, $op:ident;)*) => {
        $(
            fn $fname(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
                if args.len() != 2 { return it.type_err("expected 1 argument"); }
                it.native_binop(args[0], args[1], taipan_compiler::bytecode::BinaryOpArg::$op)
            }
            fn $rname(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
                if args.len() != 2 { return it.type_err("expected 1 argument"); }
                it.native_binop(args[1], args[0], taipan_compiler::bytecode::BinaryOpArg::$op)
            }
        )*
        fn register_binops(it: &mut Interp, ty: Value) {
            $(
                def(it, ty, dunder(stringify!($fname)), $fname);
                def(it, ty, dunder(stringify!($rname)), $rname);
            )*
        }
    };
}
binop_methods! {
    m_add, m_radd, Add;
    m_sub, m_rsub, Subtract;
    m_mul, m_rmul, Multiply;
    m_truediv, m_rtruediv, TrueDivide;
    m_floordiv, m_rfloordiv, FloorDivide;
    m_mod, m_rmod, Remainder;
    m_pow, m_rpow, Power;
    m_and, m_rand, And;
    m_or, m_ror, Or;
    m_xor, m_rxor, Xor;
    m_lshift, m_rlshift, Lshift;
    m_rshift, m_rrshift, Rshift;
}

fn dunder(fname: &'static str) -> &'static str {
    // "m_add" -> "__add__" (leaked once per name at startup).
    let s = format!("__{}__", &fname[2..]);
    Box::leak(s.into_boxed_str())
}

macro_rules! cmp_methods {
    ($($fname:ident, $name:expr, $op:ident;)*) => {
        $(
            fn $fname(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
                if args.len() != 2 { return it.type_err("expected 1 argument"); }
                if !is_float_value(args[0]) && is_float_value(args[1]) && it.num(args[0]).is_some() {
                    return Ok(it.not_implemented);
                }
                match it.native_compare(args[0], args[1], taipan_compiler::bytecode::CompareOpArg::$op)? {
                    Some(b) => Ok(Value::bool(b)),
                    None => Ok(it.not_implemented),
                }
            }
        )*
        fn register_cmps(it: &mut Interp, ty: Value) {
            $( def(it, ty, $name, $fname); )*
        }
    };
}
cmp_methods! {
    c_lt, "__lt__", Lt;
    c_le, "__le__", Le;
    c_eq, "__eq__", Eq;
    c_ne, "__ne__", Ne;
    c_gt, "__gt__", Gt;
    c_ge, "__ge__", Ge;
}

fn m_neg(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    it.unary_op(args[0], 0)
}
fn m_pos(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    it.unary_op(args[0], 1)
}
fn m_invert(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    it.unary_op(args[0], 2)
}
fn m_abs(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    crate::builtins::abs_of(it, args[0])
}
fn m_bool(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let v = args[0];
    Ok(Value::bool(match it.num(v) {
        Some(Num::I(i)) => i != 0,
        Some(Num::B(b)) => !b.is_zero(),
        Some(Num::F(f)) => f != 0.0,
        None => true,
    }))
}
fn m_hash(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let h = it.hash(args[0])?;
    Ok(it.int(h))
}
fn m_repr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let v = args[0];
    // Builtin repr of the builtin part of the value.
    let s = match it.num(v) {
        Some(Num::I(i)) if !v.is_bool() => i.to_string(),
        Some(Num::B(b)) => b.to_string(),
        Some(Num::F(f)) => crate::support::float_repr::float_repr(f),
        _ => match kind_of(v) {
            Some(Kind::Str) => crate::support::strings::repr_str(as_str(v)),
            Some(Kind::List) => {
                let items = list_of(v).items.clone();
                let l = it.new_list(items);
                it.repr_string(l)?
            }
            Some(Kind::Dict) => {
                let d = it.new_dict();
                it.dict_update_from(d, v, false)?;
                it.repr_string(d)?
            }
            Some(Kind::Tuple) => {
                let items = tuple_of(v).items.clone();
                let l = it.new_tuple(items);
                it.repr_string(l)?
            }
            _ => it.repr_string(v)?,
        },
    };
    Ok(it.new_str(s))
}
fn m_str(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let v = args[0];
    if is_kind(v, Kind::Str) {
        let s = as_str(v).to_string();
        return Ok(it.new_str(s));
    }
    if is_kind(v, Kind::Exception) {
        let s = it.exc_str(v)?;
        return Ok(it.new_str(s));
    }
    m_repr(it, args, _kw)
}
fn m_format(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__format__", &args[1..], 1, 1)?;
    let v = args[0];
    let spec = as_str(args[1]).to_string();
    let tname = it.type_name(v);
    let r = match it.num(v) {
        Some(Num::F(f)) => crate::support::format_spec::format_float(f, &spec, &tname),
        Some(n) => {
            if spec.is_empty() {
                return m_str(it, args, _kw);
            }
            crate::support::format_spec::format_int(&crate::ops::big(&n), &spec, &tname)
        }
        None if is_kind(v, Kind::Str) => {
            crate::support::format_spec::format_str(as_str(v), &spec, &tname)
        }
        None => return object_format(it, args, _kw),
    };
    match r {
        Ok(s) => Ok(it.new_str(s)),
        Err(e) => {
            let t = it.exc_type(e.kind);
            it.err(t, e.msg)
        }
    }
}
fn m_len(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let n = builtin_len(it, args[0])?;
    Ok(it.int(n as i64))
}
fn builtin_len(it: &mut Interp, v: Value) -> PyResult<usize> {
    Ok(match kind_of(v) {
        Some(Kind::Str) => str_of(v).nchars,
        Some(Kind::List) => list_of(v).items.len(),
        Some(Kind::Tuple) => tuple_of(v).items.len(),
        Some(Kind::Dict) => dict_of(v).len(),
        Some(Kind::Set) => set_of(v).len(),
        Some(Kind::Bytes) => bytes_of(v).b.len(),
        _ => it.len(v)?,
    })
}
fn m_getitem(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__getitem__", &args[1..], 1, 1)?;
    let (c, k) = (args[0], args[1]);
    // Dispatch to the builtin implementation for the layout.
    if is_kind(c, Kind::Dict) {
        return match it.dict_get(c, k)? {
            Some(v) => Ok(v),
            None => {
                let ty = it.type_of(c);
                if let Some(m) = it.user_lookup(ty, it.n.missing) {
                    return it.call_descr(m, c, ty, &[k]);
                }
                it.key_err(k)
            }
        };
    }
    let tmp = builtin_view(it, c);
    it.getitem(tmp, k)
}
fn builtin_view(it: &mut Interp, c: Value) -> Value {
    match kind_of(c) {
        Some(Kind::List) if !type_of_obj(it.type_of(c)).builtin => {
            let items = list_of(c).items.clone();
            it.new_list(items)
        }
        Some(Kind::Tuple) if !type_of_obj(it.type_of(c)).builtin => {
            let items = tuple_of(c).items.clone();
            it.new_tuple(items)
        }
        Some(Kind::Str) if !type_of_obj(it.type_of(c)).builtin => {
            let s = as_str(c).to_string();
            it.new_str(s)
        }
        _ => c,
    }
}
fn m_setitem(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__setitem__", &args[1..], 2, 2)?;
    let (c, k, v) = (args[0], args[1], args[2]);
    if is_kind(c, Kind::Dict) {
        it.dict_set(c, k, v)?;
    } else if is_kind(c, Kind::List) {
        let ty = it.type_of(c);
        // SAFETY: pointer value; temporarily view as a plain list.
        unsafe { header(c) }.ty = it.t.list.as_ptr();
        let r = it.setitem(c, k, v);
        // SAFETY: as above.
        unsafe { header(c) }.ty = ty.as_ptr();
        r?;
    } else {
        it.setitem(c, k, v)?;
    }
    Ok(Value::NONE)
}
fn m_delitem(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__delitem__", &args[1..], 1, 1)?;
    let (c, k) = (args[0], args[1]);
    if is_kind(c, Kind::Dict) {
        if !it.dict_del(c, k)? {
            return it.key_err(k);
        }
        return Ok(Value::NONE);
    }
    let ty = it.type_of(c);
    let base = type_of_obj(ty)
        .mro
        .iter()
        .copied()
        .find(|t| type_of_obj(*t).builtin)
        .unwrap_or(it.t.object);
    // SAFETY: pointer value; temporarily view as the builtin base.
    unsafe { header(c) }.ty = base.as_ptr();
    let r = it.delitem(c, k);
    // SAFETY: as above.
    unsafe { header(c) }.ty = ty.as_ptr();
    r?;
    Ok(Value::NONE)
}
fn m_contains(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "__contains__", &args[1..], 1, 1)?;
    let c = builtin_view(it, args[0]);
    let r = if is_kind(c, Kind::Dict) {
        it.dict_get(c, args[1])?.is_some()
    } else {
        it.contains(c, args[1])?
    };
    Ok(Value::bool(r))
}
fn m_iter(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let c = args[0];
    let st = match kind_of(c) {
        Some(Kind::List) => (it.t.list_iterator, IterState::Seq { seq: c, idx: 0 }),
        Some(Kind::Tuple) => (it.t.tuple_iterator, IterState::Seq { seq: c, idx: 0 }),
        Some(Kind::Dict) => {
            let len = dict_of(c).len();
            (
                it.t.dict_keyiterator,
                IterState::Dict {
                    dict: c,
                    idx: 0,
                    which: 0,
                    len,
                },
            )
        }
        Some(Kind::Set) => {
            let len = set_of(c).len();
            (
                it.t.set_iterator,
                IterState::Set {
                    set: c,
                    idx: 0,
                    len,
                },
            )
        }
        Some(Kind::Str) => (it.t.str_iterator, IterState::Str { s: c, byte: 0 }),
        _ => return it.get_iter(c),
    };
    Ok(it.new_iter(st.0, st.1))
}
fn m_init_container(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let c = args[0];
    match kind_of(c) {
        Some(Kind::List) => {
            if let Some(a) = args.get(1) {
                let items = it.collect_iter(*a)?;
                list_of(c).items = items;
            } else {
                list_of(c).items.clear();
            }
        }
        Some(Kind::Dict) => {
            if let Some(a) = args.get(1) {
                it.dict_update_from(c, *a, false)?;
            }
            for (k, v) in kw {
                it.dict_set(c, *k, *v)?;
            }
        }
        Some(Kind::Set) => {
            if let Some(a) = args.get(1) {
                set_fill(it, c, *a)?;
            }
        }
        _ => {}
    }
    Ok(Value::NONE)
}

fn register_num(it: &mut Interp, ty: Value) {
    register_binops(it, ty);
    register_cmps(it, ty);
    def(it, ty, "__neg__", m_neg);
    def(it, ty, "__pos__", m_pos);
    def(it, ty, "__abs__", m_abs);
    def(it, ty, "__bool__", m_bool);
    def(it, ty, "__hash__", m_hash);
    def(it, ty, "__repr__", m_repr);
    def(it, ty, "__str__", m_str);
    def(it, ty, "__format__", m_format);
    def(it, ty, "__int__", num_dunder_int);
    def(it, ty, "__float__", num_dunder_float);
    def(it, ty, "conjugate", int_conjugate);
}

pub fn register_methods(it: &mut Interp) {
    let t = it.t;
    def_class(it, t.type_, "__new__", type_new_m, true);
    register_num(it, t.int);
    def(it, t.int, "__invert__", m_invert);
    def(it, t.int, "__index__", num_dunder_index);
    def(it, t.int, "bit_length", int_bit_length);
    def(it, t.int, "bit_count", int_bit_count);
    def(it, t.int, "to_bytes", int_to_bytes);
    def(it, t.int, "as_integer_ratio", int_as_integer_ratio);
    def_class(it, t.int, "from_bytes", int_from_bytes, false);
    register_num(it, t.float);
    def(it, t.float, "is_integer", float_is_integer);
    def(it, t.float, "as_integer_ratio", float_as_integer_ratio);
    def(it, t.float, "hex", float_hex);
    def(it, t.float, "conjugate", float_conjugate);
    for ty in [
        t.str_,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.bytes,
        t.bytearray,
    ] {
        register_binops(it, ty);
        register_cmps(it, ty);
        def(it, ty, "__len__", m_len);
        if ty != t.set && ty != t.frozenset {
            def(it, ty, "__getitem__", m_getitem);
        }
        def(it, ty, "__contains__", m_contains);
        def(it, ty, "__iter__", m_iter);
        def(it, ty, "__repr__", m_repr);
        def(it, ty, "__str__", m_str);
        def(it, ty, "__hash__", m_hash);
    }
    def(it, t.str_, "__format__", m_format);
    for ty in [t.list, t.dict, t.bytearray] {
        def(it, ty, "__setitem__", m_setitem);
        def(it, ty, "__delitem__", m_delitem);
    }
    for ty in [t.list, t.dict, t.set] {
        def(it, ty, "__init__", m_init_container);
    }
    for ty in it.exc_names.values().copied().collect::<Vec<_>>() {
        if ty == t.base_exception {
            def(it, ty, "__init__", exc_init);
            def(it, ty, "__str__", exc_str_m);
            def(it, ty, "__repr__", exc_repr_m);
            def(it, ty, "with_traceback", exc_with_traceback);
            def(it, ty, "add_note", exc_add_note);
        }
    }
    def(it, t.generator, "send", gen_send_m);
    def(it, t.generator, "throw", gen_throw_m);
    def(it, t.generator, "close", gen_close_m);
    def(it, t.generator, "__iter__", iter_self);
    def(it, t.generator, "__next__", gen_next_m);
    for ty in [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.longrange_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.list_reverseiterator,
        t.callable_iterator,
        t.iterator,
    ] {
        def(it, ty, "__iter__", iter_self);
        def(it, ty, "__next__", iter_next_m);
    }
    def(it, t.property, "getter", prop_getter);
    def(it, t.property, "setter", prop_setter);
    def(it, t.property, "deleter", prop_deleter);
    def(it, t.property, "__get__", prop_get);
    def(it, t.property, "__set__", prop_set);
    crate::strmethods::register(it);
}
