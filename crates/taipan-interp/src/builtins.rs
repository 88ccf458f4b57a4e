//! The builtins module: builtin functions and the helpers they share with
//! methods (sorting, formatting, files, set algebra).

use crate::interp::{str_hash, Interp, PyResult};
use crate::methods::{kwarg, nargs, no_kw};
use crate::object::*;
use crate::ops::Num;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_compiler::bytecode::{BinaryOpArg, CompareOpArg};

type Kw<'a> = &'a [(Value, Value)];

pub fn init_builtins(it: &mut Interp) {
    let d = it.new_dict();
    it.builtins_dict = d;
    let name = it.intern("builtins");
    it.builtins = it.alloc(it.t.module, Kind::Module, ModuleObj { name, dict: d });
    let set = |it: &mut Interp, k: &str, v: Value| {
        let key = it.intern(k);
        dict_of(d).insert_new(key, str_hash(key), v);
    };
    let t = it.t;
    for (n, v) in [
        ("type", t.type_),
        ("object", t.object),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("property", t.property),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("super", t.super_),
        ("None", Value::NONE),
        ("True", Value::TRUE),
        ("False", Value::FALSE),
        ("NotImplemented", it.not_implemented),
        ("Ellipsis", it.ellipsis),
        ("__debug__", Value::TRUE),
    ] {
        set(it, n, v);
    }
    let names: Vec<(&'static str, Value)> = it
        .exc_names
        .iter()
        .filter(|(k, _)| !k.contains('.'))
        .map(|(k, v)| (*k, *v))
        .collect();
    for (n, v) in names {
        set(it, n, v);
    }
    let uo = it.exc_type("io.UnsupportedOperation");
    let (k, v) = (it.n.module, it.intern("io"));
    dict_of(type_of_obj(uo).dict).insert_new(k, crate::interp::str_hash(k), v);
    let nm = it.intern("builtins");
    set(it, "__name__", nm);
    for (n, f) in [
        ("print", b_print as NativeFn),
        ("len", b_len),
        ("repr", b_repr),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("sorted", b_sorted),
        ("all", b_all),
        ("any", b_any),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("hasattr", b_hasattr),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("id", b_id),
        ("hash", b_hash),
        ("iter", b_iter),
        ("next", b_next),
        ("ord", b_ord),
        ("chr", b_chr),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("callable", b_callable),
        ("vars", b_vars),
        ("globals", b_globals),
        ("locals", b_locals),
        ("format", b_format),
        ("ascii", b_ascii),
        ("input", b_input),
        ("open", b_open),
        ("dir", b_dir),
        ("__build_class__", b_build_class),
        ("__import__", b_import),
        ("exec", b_exec),
        ("eval", b_eval),
        ("compile", b_compile),
        ("exit", b_exit),
        ("quit", b_exit),
        ("breakpoint", b_noop),
    ] {
        let v = it.new_native(n, f, false, Value::NULL);
        set(it, n, v);
    }
    crate::modules::init_sys(it);
}

fn b_noop(_it: &mut Interp, _a: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

// ------------------------------------------------------------------ print

fn b_print(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = Value::NONE;
    let mut flush = false;
    for (k, v) in kw {
        match as_str(*k) {
            "sep" => {
                sep = if v.is_none() {
                    None
                } else if is_kind(*v, Kind::Str) {
                    Some(as_str(*v).to_string())
                } else {
                    return it.type_err(format!(
                        "sep must be None or a string, not {}",
                        it.type_name(*v)
                    ));
                }
            }
            "end" => {
                end = if v.is_none() {
                    None
                } else if is_kind(*v, Kind::Str) {
                    Some(as_str(*v).to_string())
                } else {
                    return it.type_err(format!(
                        "end must be None or a string, not {}",
                        it.type_name(*v)
                    ));
                }
            }
            "file" => file = *v,
            "flush" => flush = it.truthy(*v)?,
            other => {
                return it.type_err(format!(
                    "'{other}' is an invalid keyword argument for print()"
                ))
            }
        }
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_deref().unwrap_or(" "));
        }
        if is_kind(*a, Kind::Str) && type_of_obj(it.type_of(*a)).builtin {
            out.push_str(as_str(*a));
        } else if a.is_small_int() {
            use std::fmt::Write;
            let _ = write!(out, "{}", a.as_small_int());
        } else {
            let s = it.str_string(*a)?;
            out.push_str(&s);
        }
    }
    out.push_str(end.as_deref().unwrap_or("\n"));
    if file.is_none() {
        // `sys.stdout` as the program left it (e.g. an io.StringIO).
        let k = it.intern("stdout");
        file = crate::interp::dict_get_str(dict_of(module_of(it.sys).dict), k)
            .unwrap_or(it.stdout_obj);
        if file.is_none() {
            return Ok(Value::NONE);
        }
    }
    if is_kind(file, Kind::File) {
        let fo = file_of(file);
        if fo.std == 1 {
            it.write_stdout(&out);
            if flush {
                it.flush_stdout();
            }
            return Ok(Value::NONE);
        }
        if fo.std == 2 {
            it.write_stderr(&out);
            return Ok(Value::NONE);
        }
        let s = it.new_str(out);
        file_write(it, file, s)?;
        if flush {
            file_flush(it, file)?;
        }
        return Ok(Value::NONE);
    }
    let s = it.new_str(out);
    let w = it.intern("write");
    it.call_method(file, w, &[s])?;
    if flush {
        let f = it.intern("flush");
        it.call_method(file, f, &[])?;
    }
    Ok(Value::NONE)
}

fn b_len(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    no_kw(it, "len", kw)?;
    nargs(it, "len", args, 1, 1)?;
    let n = it.len(args[0])?;
    Ok(it.int(n as i64))
}
fn b_repr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "repr", args, 1, 1)?;
    it.repr(args[0])
}
fn b_ascii(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "ascii", args, 1, 1)?;
    it.ascii(args[0])
}
pub fn abs_of(it: &mut Interp, v: Value) -> PyResult<Value> {
    match it.num(v) {
        Some(Num::I(i)) => Ok(it.int(i.abs())),
        Some(Num::B(b)) => {
            let r = b.abs();
            Ok(it.int_from_big(r))
        }
        Some(Num::F(f)) => Ok(it.new_float(f.abs())),
        None => {
            let ty = it.type_of(v);
            if let Some(m) = it.type_lookup(ty, it.n.abs) {
                return it.call_descr(m, v, ty, &[]);
            }
            it.type_err(format!("bad operand type for abs(): '{}'", it.type_name(v)))
        }
    }
}
fn b_abs(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "abs", args, 1, 1)?;
    abs_of(it, args[0])
}

fn minmax(it: &mut Interp, args: &[Value], kw: Kw<'_>, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    for (k, _) in kw {
        if !matches!(as_str(*k), "key" | "default") {
            return it.type_err(format!(
                "'{}' is an invalid keyword argument for {name}()",
                as_str(*k)
            ));
        }
    }
    let items = if args.len() == 1 {
        it.vouch();
        it.collect_iter(args[0])?
    } else if args.is_empty() {
        return it.type_err(format!("{name} expected at least 1 argument, got 0"));
    } else {
        if default.is_some() {
            return it.type_err(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            ));
        }
        args.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => it.value_err(format!("{name}() arg is an empty sequence")),
        };
    }
    // Roots: the items, then the best key so far and the current key.
    let mark = it.roots_mark();
    it.shadow.extend_from_slice(&items);
    it.root(Value::NONE);
    it.root(Value::NONE);
    let r = minmax_items(it, &items, key, is_max, mark + items.len());
    it.unroot_to(mark);
    r
}

/// `min`/`max` over rooted `items`; `slots` indexes two shadow-stack slots
/// that keep the best key and the current key alive.
fn minmax_items(
    it: &mut Interp,
    items: &[Value],
    key: Option<Value>,
    is_max: bool,
    slots: usize,
) -> PyResult<Value> {
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => {
            it.vouch();
            it.call(k, &[best], &[])?
        }
        None => best,
    };
    it.shadow[slots] = best_key;
    let op = if is_max {
        CompareOpArg::Gt
    } else {
        CompareOpArg::Lt
    };
    for &x in &items[1..] {
        let kx = match key {
            Some(k) => {
                it.vouch();
                it.call(k, &[x], &[])?
            }
            None => x,
        };
        it.shadow[slots + 1] = kx;
        let better = if Value::both_small(kx, best_key) {
            if is_max {
                kx.as_small_int() > best_key.as_small_int()
            } else {
                kx.as_small_int() < best_key.as_small_int()
            }
        } else {
            let r = it.compare(kx, best_key, op)?;
            it.truthy(r)?
        };
        if better {
            best = x;
            best_key = kx;
            it.shadow[slots] = kx;
        }
    }
    Ok(best)
}
fn b_min(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    minmax(it, args, kw, false)
}
fn b_max(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    minmax(it, args, kw, true)
}
fn b_sum(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::small_int(0));
    if is_kind(acc, Kind::Str) {
        return it.type_err("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let iter = it.get_iter(args[0])?;
    // Roots: the iterator, then the running total (replaced in place).
    let mark = it.roots_mark();
    it.root(iter);
    it.root(acc);
    let r = (|| {
        let mut fsum: Option<f64> = None;
        while let Some(x) = {
            it.vouch();
            it.next(iter)?
        } {
            if let Some(f) = fsum {
                if x.is_float() {
                    fsum = Some(f + x.as_float());
                    continue;
                }
                if x.is_small_int() {
                    fsum = Some(f + x.as_small_int() as f64);
                    continue;
                }
                acc = it.new_float(f);
                fsum = None;
            }
            if Value::both_small(acc, x) {
                acc = it.int(acc.as_small_int() + x.as_small_int());
                continue;
            }
            if acc.is_float() && (x.is_float() || x.is_small_int()) {
                let f = acc.as_float()
                    + if x.is_float() {
                        x.as_float()
                    } else {
                        x.as_small_int() as f64
                    };
                fsum = Some(f);
                continue;
            }
            if acc.is_small_int() && x.is_float() {
                fsum = Some(acc.as_small_int() as f64 + x.as_float());
                continue;
            }
            acc = it.binary_op(acc, x, BinaryOpArg::Add)?;
            it.shadow[mark + 1] = acc;
        }
        if let Some(f) = fsum {
            acc = it.new_float(f);
        }
        Ok(acc)
    })();
    it.shadow.truncate(mark);
    r
}

/// The natives audited for the GC (see `Interp::vouch`): every value they
/// hold across a call back into Python is rooted, so they flag `rooted`.
pub fn is_rooted_native(f: NativeFn) -> bool {
    let audited: [NativeFn; 15] = [
        b_sum,
        b_next,
        b_min,
        b_max,
        b_sorted,
        b_all,
        b_any,
        crate::strmethods::str_join,
        crate::strmethods::list_sort,
        crate::strmethods::seq_index,
        crate::strmethods::seq_count,
        crate::strmethods::list_extend,
        crate::strmethods::dict_update,
        crate::strmethods::set_update,
        crate::modules::gc_collect,
    ];
    audited.iter().any(|&g| g as usize == f as usize)
}

/// Stable sort of `items` by `key` (None: the items). On error returns the
/// original items.
pub fn sort_values(
    it: &mut Interp,
    items: Vec<Value>,
    key: Value,
    reverse: bool,
) -> Result<Vec<Value>, (Value, Vec<Value>)> {
    // The items (which `list.sort` has taken out of their list) and the keys
    // stay on the shadow stack while key functions and `<` run Python code.
    let mark = it.roots_mark();
    it.shadow.extend_from_slice(&items);
    let r = sort_rooted(it, items, key, reverse);
    it.unroot_to(mark);
    r
}

fn sort_rooted(
    it: &mut Interp,
    items: Vec<Value>,
    key: Value,
    reverse: bool,
) -> Result<Vec<Value>, (Value, Vec<Value>)> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for x in &items {
            it.vouch();
            match it.call(key, &[*x], &[]) {
                Ok(k) => {
                    ks.push(k);
                    it.root(k);
                }
                Err(e) => return Err((e, items)),
            }
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Fast paths: all small ints / all floats / all str.
    if keys.iter().all(|k| k.is_small_int()) {
        idx.sort_by_key(|&i| keys[i].as_small_int());
        if reverse {
            stable_reverse(&mut idx, |a, b| keys[a] == keys[b]);
        }
        return Ok(idx.into_iter().map(|i| items[i]).collect());
    }
    if keys.iter().all(|k| k.is_float() && !k.as_float().is_nan()) {
        idx.sort_by(|&a, &b| keys[a].as_float().partial_cmp(&keys[b].as_float()).unwrap());
        if reverse {
            stable_reverse(&mut idx, |a, b| keys[a].as_float() == keys[b].as_float());
        }
        return Ok(idx.into_iter().map(|i| items[i]).collect());
    }
    if keys.iter().all(|k| is_kind(*k, Kind::Str)) {
        idx.sort_by(|&a, &b| as_str(keys[a]).cmp(as_str(keys[b])));
        if reverse {
            stable_reverse(&mut idx, |a, b| as_str(keys[a]) == as_str(keys[b]));
        }
        return Ok(idx.into_iter().map(|i| items[i]).collect());
    }
    let mut err: Option<Value> = None;
    let mut lt = |a: usize, b: usize, it: &mut Interp| -> bool {
        if err.is_some() {
            return false;
        }
        match it
            .compare(keys[a], keys[b], CompareOpArg::Lt)
            .and_then(|r| it.truthy(r))
        {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    // CPython's list.sort: with reverse=True the list is reversed, sorted
    // stably, and reversed back, so the comparisons made are the same.
    if reverse {
        idx.reverse();
    }
    timsort_runs(&mut idx, &mut |a, b| lt(a, b, it));
    if reverse {
        idx.reverse();
    }
    if let Some(e) = err {
        return Err((e, items));
    }
    Ok(idx.into_iter().map(|i| items[i]).collect())
}

/// CPython's `merge_compute_minrun`.
fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `idx` with `lt` in CPython's timsort order of comparisons for the
/// run detection (`count_run`) and binary insertion (`binarysort`) phases;
/// runs are then merged pairwise (stable, without galloping).
fn timsort_runs(idx: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    let n = idx.len();
    if n < 2 {
        return;
    }
    let min = minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        // count_run
        let mut len = 1;
        if lo + 1 < n {
            len = 2;
            if lt(idx[lo + 1], idx[lo]) {
                let mut k = lo + 2;
                while k < n && lt(idx[k], idx[k - 1]) {
                    k += 1;
                    len += 1;
                }
                idx[lo..lo + len].reverse();
            } else {
                let mut k = lo + 2;
                while k < n && !lt(idx[k], idx[k - 1]) {
                    k += 1;
                    len += 1;
                }
            }
        }
        if len < min {
            let force = (n - lo).min(min);
            // binarysort(lo, lo + force, start = lo + len)
            for start in lo + len..lo + force {
                let pivot = idx[start];
                let (mut l, mut r) = (lo, start);
                while l < r {
                    let p = l + ((r - l) >> 1);
                    if lt(pivot, idx[p]) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                idx.copy_within(l..start, l + 1);
                idx[l] = pivot;
            }
            len = force;
        }
        runs.push((lo, lo + len));
        lo += len;
    }
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            if let [(a0, a1), (_, b1)] = *pair {
                buf.clear();
                let (mut i, mut j) = (a0, a1);
                while i < a1 && j < b1 {
                    if lt(idx[j], idx[i]) {
                        buf.push(idx[j]);
                        j += 1;
                    } else {
                        buf.push(idx[i]);
                        i += 1;
                    }
                }
                buf.extend_from_slice(&idx[i..a1]);
                buf.extend_from_slice(&idx[j..b1]);
                idx[a0..b1].copy_from_slice(&buf);
                next.push((a0, b1));
            } else {
                next.push(pair[0]);
            }
        }
        runs = next;
    }
}

/// Reverses a sorted index list keeping equal runs in original order.
fn stable_reverse(idx: &mut [usize], eq: impl Fn(usize, usize) -> bool) {
    idx.reverse();
    let mut i = 0;
    while i < idx.len() {
        let mut j = i + 1;
        while j < idx.len() && eq(idx[i], idx[j]) {
            j += 1;
        }
        idx[i..j].reverse();
        i = j;
    }
}

fn b_sorted(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "sorted", args, 1, 1)?;
    it.vouch();
    let items = it.collect_iter(args[0])?;
    let key = kwarg(kw, "key").unwrap_or(Value::NONE);
    let rev = match kwarg(kw, "reverse") {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    let l = it.new_list(vec![]);
    it.shadow.push(l);
    list_of(l).items = items.clone();
    let r = sort_values(it, items, key, rev);
    it.shadow.pop();
    match r {
        Ok(v) => {
            list_of(l).items = v;
            Ok(l)
        }
        Err((e, _)) => Err(e),
    }
}
fn b_all(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "all", args, 1, 1)?;
    let i = it.get_iter(args[0])?;
    let mark = it.roots_mark();
    it.root(i);
    let r = all_rooted(it, i);
    it.unroot_to(mark);
    r
}
fn all_rooted(it: &mut Interp, i: Value) -> PyResult<Value> {
    while let Some(x) = {
        it.vouch();
        it.next(i)?
    } {
        if !it.truthy(x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
fn b_any(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "any", args, 1, 1)?;
    let i = it.get_iter(args[0])?;
    let mark = it.roots_mark();
    it.root(i);
    let r = any_rooted(it, i);
    it.unroot_to(mark);
    r
}
fn any_rooted(it: &mut Interp, i: Value) -> PyResult<Value> {
    while let Some(x) = {
        it.vouch();
        it.next(i)?
    } {
        if it.truthy(x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}
fn class_check(it: &mut Interp, v: Value, cls: Value, inst: bool) -> PyResult<bool> {
    if is_kind(cls, Kind::Tuple) {
        for c in tuple_of(cls).items.clone() {
            if class_check(it, v, c, inst)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let meta = it.type_of(cls);
    if !is_kind(cls, Kind::Type) && type_of_obj(meta).builtin {
        if inst {
            return it.type_err("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return it.type_err("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    if !type_of_obj(meta).builtin {
        let name = if inst {
            it.n.instancecheck
        } else {
            it.n.subclasscheck
        };
        if let Some(m) = it.user_lookup(meta, name) {
            let r = it.call_descr(m, cls, meta, &[v])?;
            return it.truthy(r);
        }
        // An instance of a user class without the check method (CPython's message).
        if !is_kind(cls, Kind::Type) {
            if inst {
                return it
                    .type_err("isinstance() arg 2 must be a type, a tuple of types, or a union");
            }
            return it
                .type_err("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
    }
    if inst {
        Ok(it.isinstance(v, cls))
    } else {
        if !is_kind(v, Kind::Type) {
            return it.type_err("issubclass() arg 1 must be a class");
        }
        Ok(it.is_subtype(v, cls))
    }
}
fn b_isinstance(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 {
        return it.type_err(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        ));
    }
    Ok(Value::bool(class_check(it, args[0], args[1], true)?))
}
fn b_issubclass(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 {
        return it.type_err(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        ));
    }
    Ok(Value::bool(class_check(it, args[0], args[1], false)?))
}
fn attr_name(it: &mut Interp, v: Value) -> PyResult<Value> {
    if !is_kind(v, Kind::Str) {
        return it.type_err(format!(
            "attribute name must be string, not '{}'",
            it.type_name(v)
        ));
    }
    Ok(it.intern_value(v))
}
fn b_hasattr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "hasattr", args, 2, 2)?;
    let n = attr_name(it, args[1])?;
    match it.getattr(args[0], n) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if it.isinstance(e, it.t.attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}
fn b_getattr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "getattr", args, 2, 3)?;
    let n = attr_name(it, args[1])?;
    match it.getattr(args[0], n) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && it.isinstance(e, it.t.attribute_error) => Ok(args[2]),
        Err(e) => Err(e),
    }
}
fn b_setattr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "setattr", args, 3, 3)?;
    let n = attr_name(it, args[1])?;
    it.setattr(args[0], n, args[2])?;
    Ok(Value::NONE)
}
fn b_delattr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "delattr", args, 2, 2)?;
    let n = attr_name(it, args[1])?;
    it.delattr(args[0], n)?;
    Ok(Value::NONE)
}
fn b_id(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "id", args, 1, 1)?;
    let v = args[0];
    let id = if v.is_ptr() {
        v.as_ptr() as i64
    } else {
        (v.0 & 0xffff_ffff_ffff) as i64 ^ 0x7f00_0000_0000
    };
    Ok(it.int(id))
}
fn b_hash(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "hash", args, 1, 1)?;
    let h = it.hash(args[0])?;
    Ok(it.int(h))
}
fn b_iter(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "iter", args, 1, 2)?;
    if args.len() == 2 {
        let c = args[0];
        let callable = matches!(
            kind_of(c),
            Some(Kind::Function | Kind::Native | Kind::Method | Kind::Type)
        ) || it.type_lookup(it.type_of(c), it.n.call).is_some();
        if !callable {
            return it.type_err("iter(v, w): v must be callable");
        }
        return Ok(it.new_iter(
            it.t.callable_iterator,
            IterState::Callable {
                f: args[0],
                sentinel: args[1],
            },
        ));
    }
    it.get_iter(args[0])
}
fn b_next(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "next", args, 1, 2)?;
    let x = args[0];
    if !matches!(kind_of(x), Some(Kind::Iter | Kind::Generator | Kind::File)) {
        let ty = it.type_of(x);
        if it.type_lookup(ty, it.n.next).is_none() {
            return it.type_err(format!("'{}' object is not an iterator", it.type_name(x)));
        }
        let m = it.type_lookup(ty, it.n.next).unwrap();
        it.vouch();
        return match it.call_descr(m, x, ty, &[]) {
            Err(e) if args.len() == 2 && it.isinstance(e, it.t.stop_iteration) => Ok(args[1]),
            r => r,
        };
    }
    it.vouch();
    match it.next_with_value(x)? {
        Ok(v) => Ok(v),
        Err(rv) => {
            if args.len() == 2 {
                Ok(args[1])
            } else {
                Err(it.stop_iteration(rv))
            }
        }
    }
}
fn b_ord(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "ord", args, 1, 1)?;
    let v = args[0];
    if is_kind(v, Kind::Str) {
        let so = str_of(v);
        if so.nchars != 1 {
            return it.type_err(format!(
                "ord() expected a character, but string of length {} found",
                so.nchars
            ));
        }
        return Ok(Value::small_int(so.s.chars().next().unwrap() as i64));
    }
    if is_kind(v, Kind::Bytes) && bytes_of(v).b.len() == 1 {
        return Ok(Value::small_int(bytes_of(v).b[0] as i64));
    }
    it.type_err(format!(
        "ord() expected string of length 1, but {} found",
        it.type_name(v)
    ))
}
fn b_chr(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "chr", args, 1, 1)?;
    let i = match it.index_big(args[0])? {
        Some(b) => match b.to_i32() {
            Some(i) => i as i64,
            None => return it.overflow("Python int too large to convert to C int"),
        },
        None => {
            return it.type_err(format!(
                "'{}' object cannot be interpreted as an integer",
                it.type_name(args[0])
            ))
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) if i < 0x110000 => {
            let s = c.to_string();
            Ok(it.intern_char(&s))
        }
        _ => {
            if (0xd800..0xe000).contains(&i) {
                let s = String::from('\u{fffd}');
                return Ok(it.new_str(s));
            }
            it.value_err("chr() arg not in range(0x110000)")
        }
    }
}
fn radix(it: &mut Interp, args: &[Value], base: u32, prefix: &str) -> PyResult<Value> {
    nargs(it, "hex", args, 1, 1)?;
    let b = match it.num(args[0]) {
        Some(Num::I(i)) if !is_float_value(args[0]) => BigInt::from(i),
        Some(Num::B(b)) => b.clone(),
        _ => {
            let i = it.index_of(args[0])?;
            BigInt::from(i)
        }
    };
    let s = b.abs().to_str_radix(base);
    let out = format!("{}{}{}", if b.is_negative() { "-" } else { "" }, prefix, s);
    Ok(it.new_str(out))
}
fn b_hex(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    radix(it, args, 16, "0x")
}
fn b_oct(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    radix(it, args, 8, "0o")
}
fn b_bin(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    radix(it, args, 2, "0b")
}

/// `round(x[, ndigits])`.
pub fn round_impl(it: &mut Interp, x: Value, nd: Option<Value>) -> PyResult<Value> {
    let nd_val = nd.filter(|v| !v.is_none());
    // ndigits as PyNumber_AsSsize_t(o, NULL): ints beyond 64 bits clamp.
    let nd = match nd_val {
        Some(v) if it.num(x).is_some() => match it.index_big(v)? {
            Some(b) => {
                Some(
                    b.to_i64()
                        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
                )
            }
            None => {
                return it.type_err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    it.type_name(v)
                ))
            }
        },
        _ => None,
    };
    match it.num(x) {
        Some(Num::F(f)) => match nd {
            None => {
                if f.is_nan() {
                    return it.value_err("cannot convert float NaN to integer");
                }
                if f.is_infinite() {
                    return it.overflow("cannot convert float infinity to integer");
                }
                let r = f.round_ties_even();
                let b = crate::ops::big_from_f64(r);
                Ok(it.int_from_big(b))
            }
            Some(n) => Ok(it.new_float(round_float(f, n))),
        },
        Some(n) => {
            let b = crate::ops::big(&n);
            match nd {
                None => Ok(it.int_from_big(b)),
                Some(d) if d >= 0 => Ok(it.int_from_big(b)),
                // 10**k exceeds twice |b|: the result is 0.
                Some(d) if d.unsigned_abs() > b.bits() / 3 + 2 => Ok(Value::small_int(0)),
                Some(d) => {
                    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-d) as u32);
                    let half = &p / 2;
                    let q = num_integer::Integer::div_floor(&b, &p);
                    let r = &b - &q * &p;
                    let q = if r > half || (r == half && num_integer::Integer::is_odd(&q)) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(it.int_from_big(q * p))
                }
            }
        }
        None => {
            let ty = it.type_of(x);
            if let Some(m) = it.type_lookup(ty, it.n.round) {
                let a: Vec<Value> = nd_val.into_iter().collect();
                return it.call_descr(m, x, ty, &a);
            }
            it.type_err(format!(
                "type {} doesn't define __round__ method",
                it.type_name(x)
            ))
        }
    }
}

/// CPython's correctly-rounded float round via repr-style decimal strings.
pub fn round_float(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 308 {
        return x;
    }
    if nd < -308 {
        return 0.0 * x;
    }
    // Use exact decimal expansion with round-half-even on the exact value.
    let s = format!("{:.*e}", 40, x);
    let _ = s;
    let formatted = if nd >= 0 {
        let t = format!("{:.*}", nd as usize, x);
        // Rust's formatting rounds half-to-even on the exact binary value, as CPython does.
        t.parse::<f64>().unwrap_or(x)
    } else {
        round_float_neg(x, (-nd) as u32)
    };
    formatted
}
/// Exact round-half-even of `x` to a multiple of `10**k` (k >= 1).
fn round_float_neg(x: f64, k: u32) -> f64 {
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let p = num_traits::pow::Pow::pow(BigInt::from(10), k);
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, p.clone())
    } else {
        (BigInt::from(m), &p << (-e) as usize)
    };
    let q = &num / &den;
    let r = &num - &q * &den;
    let twice: BigInt = &r * 2;
    let q = if twice > den || (twice == den && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    let v = (q * p).to_f64().unwrap_or(f64::INFINITY);
    if x < 0.0 {
        -v
    } else {
        v
    }
}

fn b_round(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "round", args, 1, 2)?;
    let nd = args.get(1).copied().or_else(|| kwarg(kw, "ndigits"));
    round_impl(it, args[0], nd)
}
fn b_divmod(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if let (Some(x), Some(y)) = (it.num(a), it.num(b)) {
        if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            let fa = it.to_f64(&x)?;
            let fb = it.to_f64(&y)?;
            if fb == 0.0 {
                return it.zero_div("float divmod()");
            }
            let (q, r) = crate::ops::float_divmod(fa, fb);
            let (q, r) = (it.new_float(q), it.new_float(r));
            return Ok(it.new_tuple(vec![q, r]));
        }
    }
    let ty = it.type_of(a);
    if !type_of_obj(ty).builtin {
        let n = it.intern("__divmod__");
        if let Some(m) = it.user_lookup(ty, n) {
            return it.call_descr(m, a, ty, &[b]);
        }
    }
    if it.num(a).is_none() || it.num(b).is_none() {
        if !type_of_obj(it.type_of(b)).builtin {
            let n = it.intern("__rdivmod__");
            let tb = it.type_of(b);
            if let Some(m) = it.user_lookup(tb, n) {
                return it.call_descr(m, b, tb, &[a]);
            }
        }
        return it.type_err(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            it.type_name(a),
            it.type_name(b)
        ));
    }
    let q = it.binary_op(a, b, BinaryOpArg::FloorDivide)?;
    let r = it.binary_op(a, b, BinaryOpArg::Remainder)?;
    Ok(it.new_tuple(vec![q, r]))
}
fn b_pow(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let mut a: Vec<Value> = args.to_vec();
    for name in ["base", "exp", "mod"] {
        if let Some(v) = kwarg(kw, name) {
            a.push(v);
        }
    }
    let args = &a[..];
    nargs(it, "pow", args, 2, 3)?;
    let m = args
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "mod"))
        .filter(|m| !m.is_none());
    match m {
        None => it.binary_op(args[0], args[1], BinaryOpArg::Power),
        Some(m) => {
            if args[..2]
                .iter()
                .chain([&m])
                .any(|v| it.num(*v).is_none() && !is_kind(*v, Kind::Complex))
            {
                let ty = it.type_of(args[0]);
                let pw = it.intern("__pow__");
                if let Some(f) = it.user_lookup(ty, pw) {
                    let r = it.call_descr(f, args[0], ty, &[args[1], m])?;
                    if r != it.not_implemented {
                        return Ok(r);
                    }
                }
                return it.type_err(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    it.type_name(args[0]),
                    it.type_name(args[1]),
                    it.type_name(m)
                ));
            }
            let (a, b, mm) = match (
                it.as_bigint(args[0]),
                it.as_bigint(args[1]),
                it.as_bigint(m),
            ) {
                (Some(a), Some(b), Some(c))
                    if !is_float_value(args[0])
                        && !is_float_value(args[1])
                        && !is_float_value(m) =>
                {
                    (a, b, c)
                }
                _ if [args[0], args[1], m]
                    .iter()
                    .any(|v| is_kind(*v, Kind::Complex))
                    && [args[0], args[1], m]
                        .iter()
                        .all(|v| is_kind(*v, Kind::Complex) || it.num(*v).is_some()) =>
                {
                    return it.value_err("complex modulo");
                }
                _ => {
                    return it.type_err(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    )
                }
            };
            if mm.is_zero() {
                return it.value_err("pow() 3rd argument cannot be 0");
            }
            let (base, exp) = if b.is_negative() {
                match modinv(&a, &mm) {
                    Some(inv) => (inv, -b),
                    None => return it.value_err("base is not invertible for the given modulus"),
                }
            } else {
                (a, b)
            };
            let mabs = mm.abs();
            let mut r = base.modpow(&exp, &mabs);
            if r < BigInt::zero() {
                r += &mabs;
            }
            if mm.is_negative() && !r.is_zero() {
                r += &mm;
            }
            Ok(it.int_from_big(r))
        }
    }
}
fn modinv(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let e = num_integer::Integer::extended_gcd(&((a % &m + &m) % &m), &m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some((e.x % &m + &m) % &m)
}
fn b_callable(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "callable", args, 1, 1)?;
    let v = args[0];
    let r = matches!(
        kind_of(v),
        Some(Kind::Function | Kind::Native | Kind::Method | Kind::Type)
    ) || {
        let ty = it.type_of(v);
        it.type_lookup(ty, it.n.call).is_some()
    };
    Ok(Value::bool(r))
}
fn b_vars(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.is_empty() {
        return b_locals(it, args, _kw);
    }
    let d = it.n.dict;
    match it.getattr(args[0], d) {
        Ok(v) => Ok(v),
        Err(_) => it.type_err("vars() argument must have __dict__ attribute"),
    }
}
fn b_globals(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(it.frames.last().map(|f| f.globals).unwrap_or(Value::NONE))
}
fn b_locals(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let f = match it.frames.last() {
        Some(f) => *f,
        None => return Ok(Value::NONE),
    };
    if !f.locals.is_null() {
        return Ok(f.locals);
    }
    let d = it.new_dict();
    let c = code_of(f.code);
    let names = c.varnames.clone();
    for (i, n) in names.iter().enumerate() {
        let v = it.stack[f.base as usize + i];
        if !v.is_null() {
            it.dict_set(d, *n, v)?;
        }
    }
    Ok(d)
}
fn b_format(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "format", args, 1, 2)?;
    let spec = args.get(1).copied().unwrap_or(it.n.empty);
    it.format(args[0], spec)
}
fn b_input(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = it.str_string(*p)?;
        it.write_stdout(&s);
    }
    it.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => it.err(it.t.eof_error, "EOF when reading a line"),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(it.new_str(line))
        }
        Err(e) => it.err(it.t.os_error, e.to_string()),
    }
}
pub fn dir_of(it: &mut Interp, v: Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: Value, names: &mut Vec<String>| {
        for (k, _) in dict_of(d).iter() {
            if is_kind(k, Kind::Str) {
                names.push(as_str(k).to_string());
            }
        }
    };
    match kind_of(v) {
        Some(Kind::Module) => add_dict(module_of(v).dict, &mut names),
        Some(Kind::Type) => {
            for t in type_of_obj(v).mro.clone() {
                add_dict(type_of_obj(t).dict, &mut names);
            }
        }
        _ => {
            if v.is_ptr() {
                let d = it.materialize_dict_opt(v);
                if let Some(d) = d {
                    add_dict(d, &mut names);
                }
            }
            let ty = it.type_of(v);
            for t in type_of_obj(ty).mro.clone() {
                add_dict(type_of_obj(t).dict, &mut names);
            }
        }
    }
    names.sort();
    names.dedup();
    let items: Vec<Value> = names.into_iter().map(|n| it.new_str(n)).collect();
    Ok(it.new_list(items))
}
impl Interp {
    fn materialize_dict_opt(&mut self, v: Value) -> Option<Value> {
        // SAFETY: pointer value.
        if unsafe { header(v) }.attrs.is_some() {
            Some(self.materialize_dict(v))
        } else {
            None
        }
    }
}
fn b_dir(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.is_empty() {
        let l = b_locals(it, args, _kw)?;
        let mut keys: Vec<String> = dict_of(l)
            .iter()
            .map(|(k, _)| as_str(k).to_string())
            .collect();
        keys.sort();
        let items: Vec<Value> = keys.into_iter().map(|n| it.new_str(n)).collect();
        return Ok(it.new_list(items));
    }
    let ty = it.type_of(args[0]);
    if !type_of_obj(ty).builtin {
        if let Some(m) = it.user_lookup(ty, it.n.dir) {
            let r = it.call_descr(m, args[0], ty, &[])?;
            let items = it.collect_iter(r)?;
            let l = it.new_list(items);
            list_sort_plain(it, l)?;
            return Ok(l);
        }
    }
    dir_of(it, args[0])
}
fn list_sort_plain(it: &mut Interp, l: Value) -> PyResult<()> {
    let items = list_of(l).items.clone();
    match sort_values(it, items, Value::NONE, false) {
        Ok(v) => {
            list_of(l).items = v;
            Ok(())
        }
        Err((e, _)) => Err(e),
    }
}
fn b_build_class(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    it.build_class(args, kw)
}
fn b_import(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    if args.is_empty() {
        return it.type_err("__import__() missing required argument 'name' (pos 1)");
    }
    let name = it.intern_value(args[0]);
    let fromlist = args
        .get(3)
        .copied()
        .or_else(|| kwarg(kw, "fromlist"))
        .unwrap_or(Value::NONE);
    let level = args
        .get(4)
        .copied()
        .or_else(|| kwarg(kw, "level"))
        .unwrap_or(Value::small_int(0));
    let globals = args
        .get(1)
        .copied()
        .filter(|g| is_kind(*g, Kind::Dict))
        .unwrap_or_else(|| it.frames.last().map(|f| f.globals).unwrap_or(Value::NONE));
    it.import_name(name, globals, fromlist, level)
}
fn exec_like(
    it: &mut Interp,
    args: &[Value],
    mode: taipan_compiler::Mode,
    name: &str,
) -> PyResult<Value> {
    nargs(it, name, args, 1, 3)?;
    let src = args[0];
    let codev = if is_kind(src, Kind::Code) {
        src
    } else if is_kind(src, Kind::Str) || is_kind(src, Kind::Bytes) {
        let s = if is_kind(src, Kind::Str) {
            as_str(src).to_string()
        } else {
            String::from_utf8_lossy(&bytes_of(src).b).into_owned()
        };
        let s = if mode == taipan_compiler::Mode::Eval {
            s.trim_start().to_string()
        } else {
            s
        };
        it.compile_to_value(&s, "<string>", mode)?
    } else {
        return it.type_err(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        ));
    };
    let cur = it.frames.last().copied();
    let globals = match args.get(1) {
        Some(g) if !g.is_none() => {
            if !is_kind(*g, Kind::Dict) {
                return it.type_err(format!(
                    "{name}() globals must be a dict, not {}",
                    it.type_name(*g)
                ));
            }
            if crate::interp::dict_get_str(dict_of(*g), it.n.builtins).is_none() {
                let b = it.builtins;
                it.dict_set(*g, it.n.builtins, b)?;
            }
            *g
        }
        _ => match cur {
            Some(f) => f.globals,
            None => return it.type_err("no globals"),
        },
    };
    let locals = match args.get(2) {
        Some(l) if !l.is_none() => *l,
        _ => {
            if args.len() >= 2 && !args[1].is_none() {
                globals
            } else {
                match cur {
                    Some(f) if !f.locals.is_null() => f.locals,
                    Some(f) if f.globals == globals && code_of(f.code).code.flags & 1 == 0 => {
                        globals
                    }
                    _ => {
                        let l = b_locals(it, &[], &[])?;
                        if is_kind(l, Kind::Dict) {
                            l
                        } else {
                            globals
                        }
                    }
                }
            }
        }
    };
    it.run_code(codev, globals, locals, Value::NULL)
}
fn b_exec(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    exec_like(it, args, taipan_compiler::Mode::Exec, "exec")?;
    Ok(Value::NONE)
}
fn b_eval(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    exec_like(it, args, taipan_compiler::Mode::Eval, "eval")
}
fn b_compile(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "compile", args, 3, 6)?;
    let src = as_str(args[0]).to_string();
    let file = as_str(args[1]).to_string();
    let mode = match as_str(args[2]) {
        "eval" => taipan_compiler::Mode::Eval,
        "single" => taipan_compiler::Mode::Single,
        _ => taipan_compiler::Mode::Exec,
    };
    it.compile_to_value(&src, &file, mode)
}
fn b_exit(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let t = it.new_tuple(args.to_vec());
    Err(it.new_exc_args(it.t.system_exit, t))
}
fn b_open(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "open", args, 1, 7)?;
    let path = args[0];
    if !is_kind(path, Kind::Str) {
        return it.type_err(format!(
            "expected str, bytes or os.PathLike object, not {}",
            it.type_name(path)
        ));
    }
    let mode = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "mode"))
        .map(|m| as_str(m).to_string())
        .unwrap_or_else(|| "r".into());
    let p = as_str(path).to_string();
    let binary = mode.contains('b');
    let res = if mode.contains('w') {
        std::fs::File::create(&p)
    } else if mode.contains('a') {
        std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(&p)
    } else if mode.contains('x') {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&p)
    } else if mode.contains('+') {
        std::fs::OpenOptions::new().read(true).write(true).open(&p)
    } else {
        std::fs::File::open(&p)
    };
    let f = match res {
        Ok(f) => f,
        Err(e) => {
            let (ty, errno, msg) = match e.kind() {
                std::io::ErrorKind::NotFound => {
                    (it.t.file_not_found_error, 2, "No such file or directory")
                }
                std::io::ErrorKind::PermissionDenied => {
                    (it.t.permission_error, 13, "Permission denied")
                }
                std::io::ErrorKind::AlreadyExists => {
                    (it.exc_type("FileExistsError"), 17, "File exists")
                }
                _ => (it.t.os_error, 5, "Input/output error"),
            };
            let ty = if std::path::Path::new(&p).is_dir() {
                it.t.is_a_directory_error
            } else {
                ty
            };
            let (errno, msg) = if std::path::Path::new(&p).is_dir() {
                (21, "Is a directory")
            } else {
                (errno, msg)
            };
            let m = it.new_str(msg.to_string());
            let t = it.new_tuple(vec![Value::small_int(errno), m, path]);
            let e = it.new_exc_args(ty, t);
            return Err(e);
        }
    };
    if std::path::Path::new(&p).is_dir() {
        let m = it.new_str("Is a directory".to_string());
        let t = it.new_tuple(vec![Value::small_int(21), m, path]);
        return Err(it.new_exc_args(it.t.is_a_directory_error, t));
    }
    let fo = FileObj {
        name: p,
        mode,
        file: Some(f),
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        closed: false,
        binary,
        std: 0,
    };
    let v = it.alloc(it.t.file, Kind::File, fo);
    Ok(v)
}

// ------------------------------------------------------------------ files

fn file_fill(it: &mut Interp, f: Value) -> PyResult<()> {
    use std::io::Read;
    let fo = file_of(f);
    if fo.closed {
        return it.value_err("I/O operation on closed file.");
    }
    if fo.std != 3 && fo.file.is_some() && !fo.mode.contains(['r', '+']) {
        return it.err(it.exc_type("io.UnsupportedOperation"), "not readable");
    }
    if fo.rbuf.is_empty() && fo.rpos == 0 {
        if fo.std == 3 {
            let mut buf = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut buf);
            file_of(f).rbuf = buf;
        } else if let Some(file) = fo.file.as_mut() {
            let mut buf = Vec::new();
            if let Err(e) = file.read_to_end(&mut buf) {
                return it.err(it.t.os_error, e.to_string());
            }
            if !fo.binary && std::str::from_utf8(&buf).is_err() {
                let e = std::str::from_utf8(&buf).unwrap_err();
                let pos = e.valid_up_to();
                return it.err(
                    it.t.unicode_decode_error,
                    format!("'utf-8' codec can't decode byte {:#04x} in position {pos}: invalid start byte", buf[pos]),
                );
            }
            file_of(f).rbuf = buf;
        }
    }
    Ok(())
}
pub fn file_read(it: &mut Interp, args: &[Value]) -> PyResult<Value> {
    let f = args[0];
    file_fill(it, f)?;
    let n = match args.get(1) {
        Some(v) if !v.is_none() => it.index_of(*v)?,
        _ => -1,
    };
    let fo = file_of(f);
    let rest = &fo.rbuf[fo.rpos.min(fo.rbuf.len())..];
    let take = if n < 0 {
        rest.len()
    } else if fo.binary {
        (n as usize).min(rest.len())
    } else {
        let s = String::from_utf8_lossy(rest);
        s.char_indices()
            .nth(n as usize)
            .map(|(b, _)| b)
            .unwrap_or(rest.len())
    };
    let chunk = rest[..take].to_vec();
    fo.rpos += take;
    if fo.binary {
        Ok(it.new_bytes(chunk))
    } else {
        Ok(it.new_str(String::from_utf8_lossy(&chunk).into_owned()))
    }
}
pub fn file_readline_opt(it: &mut Interp, f: Value) -> PyResult<Option<Value>> {
    file_fill(it, f)?;
    let fo = file_of(f);
    let rest = &fo.rbuf[fo.rpos.min(fo.rbuf.len())..];
    if rest.is_empty() {
        return Ok(None);
    }
    let end = rest
        .iter()
        .position(|b| *b == b'\n')
        .map(|p| p + 1)
        .unwrap_or(rest.len());
    let chunk = rest[..end].to_vec();
    fo.rpos += end;
    if fo.binary {
        Ok(Some(it.new_bytes(chunk)))
    } else {
        Ok(Some(
            it.new_str(String::from_utf8_lossy(&chunk).into_owned()),
        ))
    }
}
pub fn file_write(it: &mut Interp, f: Value, s: Value) -> PyResult<Value> {
    let fo = file_of(f);
    if fo.closed {
        return it.value_err("I/O operation on closed file.");
    }
    let (bytes, n) = if is_kind(s, Kind::Str) {
        if fo.binary {
            return it.type_err(format!(
                "a bytes-like object is required, not '{}'",
                it.type_name(s)
            ));
        }
        (as_str(s).as_bytes().to_vec(), str_of(s).nchars)
    } else if is_kind(s, Kind::Bytes) {
        if !fo.binary {
            return it.type_err(format!(
                "write() argument must be str, not {}",
                it.type_name(s)
            ));
        }
        let b = bytes_of(s).b.clone();
        let n = b.len();
        (b, n)
    } else {
        return it.type_err(format!(
            "write() argument must be str, not {}",
            it.type_name(s)
        ));
    };
    match fo.std {
        1 => {
            let st = String::from_utf8_lossy(&bytes).into_owned();
            it.write_stdout(&st);
        }
        2 => {
            let st = String::from_utf8_lossy(&bytes).into_owned();
            it.write_stderr(&st);
        }
        _ => {
            if !fo.mode.contains(['w', 'a', 'x', '+']) {
                return it.err(it.exc_type("io.UnsupportedOperation"), "not writable");
            }
            fo.wbuf.extend_from_slice(&bytes);
            if fo.wbuf.len() > 1 << 16 {
                file_flush(it, f)?;
            }
        }
    }
    Ok(it.int(n as i64))
}
pub fn file_flush(it: &mut Interp, f: Value) -> PyResult<()> {
    use std::io::Write;
    let fo = file_of(f);
    if fo.std == 1 {
        it.flush_stdout();
        return Ok(());
    }
    if let Some(file) = fo.file.as_mut() {
        if !fo.wbuf.is_empty() {
            if let Err(e) = file.write_all(&fo.wbuf) {
                return it.err(it.t.os_error, e.to_string());
            }
            fo.wbuf.clear();
        }
    }
    Ok(())
}
pub fn file_close(it: &mut Interp, f: Value) -> PyResult<()> {
    if file_of(f).std != 0 {
        return file_flush(it, f);
    }
    if !file_of(f).closed {
        file_flush(it, f)?;
        let fo = file_of(f);
        fo.closed = true;
        fo.file = None;
    }
    Ok(())
}

// ------------------------------------------------------------------ helpers

/// Range equality as sequences (CPython's `range_equals`): same length, and
/// the same start and step where the length makes them observable.
pub fn range_equal(a: Value, b: Value) -> bool {
    Interp::range_eq_big(a, b)
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

pub fn str_slice(it: &mut Interp, s: Value, sl: Value) -> PyResult<Value> {
    let so = str_of(s);
    let (start, _, step, n) = it.slice_indices(sl, so.nchars)?;
    let so = str_of(s);
    if so.is_ascii() {
        let b = so.s.as_bytes();
        let out: String = if step == 1 {
            so.s[start as usize..start as usize + n].to_string()
        } else {
            (0..n)
                .map(|k| b[(start + k as i64 * step) as usize] as char)
                .collect()
        };
        return Ok(it.new_str(out));
    }
    let chars: Vec<char> = so.s.chars().collect();
    let out: String = (0..n)
        .map(|k| chars[(start + k as i64 * step) as usize])
        .collect();
    Ok(it.new_str(out))
}

pub fn list_set_slice(it: &mut Interp, l: Value, sl: Value, v: Value) -> PyResult<()> {
    let items = it.collect_iter(v)?;
    let len = list_of(l).items.len();
    let (start, stop, step, n) = it.slice_indices(sl, len)?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        list_of(l).items.splice(start as usize..stop, items);
        return Ok(());
    }
    if items.len() != n {
        return it.value_err(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            n
        ));
    }
    let li = &mut list_of(l).items;
    for (k, x) in items.into_iter().enumerate() {
        li[(start + k as i64 * step) as usize] = x;
    }
    Ok(())
}

pub fn make_frozen(it: &mut Interp, s: Value) -> PyResult<Value> {
    let f = it.new_set(true);
    crate::methods::set_fill(it, f, s)?;
    Ok(f)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets (CPython's algorithms, so the
/// result's iteration order matches).
pub fn set_binop(it: &mut Interp, a: Value, b: Value, op: BinaryOpArg) -> PyResult<Value> {
    let frozen = set_of(a).frozen;
    let r = it.new_set(frozen);
    if it.type_of(a) != it.t.set && it.type_of(a) != it.t.frozenset {
        // SAFETY: freshly created.
        unsafe { header(r) }.ty = if frozen {
            it.t.frozenset.as_ptr()
        } else {
            it.t.set.as_ptr()
        };
    }
    match op {
        BinaryOpArg::Or => {
            crate::methods::set_fill(it, r, a)?;
            crate::methods::set_fill(it, r, b)?;
        }
        BinaryOpArg::And => {
            let (small, big) = if set_of(b).len() > set_of(a).len() {
                (a, b)
            } else {
                (b, a)
            };
            let entries: Vec<_> = set_of(small).iter().collect();
            for e in entries {
                if it.set_contains_hashed(big, e.key, e.hash)? {
                    let this: *mut Interp = it;
                    set_of(r).add(e.key, e.hash, &mut |x, y| {
                        // SAFETY: unique interpreter reference.
                        unsafe { (*this).eq(x, y) }
                    })?;
                }
            }
        }
        BinaryOpArg::Subtract => {
            if (set_of(a).len() >> 2) > set_of(b).len() {
                crate::methods::set_fill(it, r, a)?;
                let entries: Vec<_> = set_of(b).iter().collect();
                for e in entries {
                    it.set_discard(r, e.key)?;
                }
            } else {
                let entries: Vec<_> = set_of(a).iter().collect();
                for e in entries {
                    if !it.set_contains_hashed(b, e.key, e.hash)? {
                        let this: *mut Interp = it;
                        set_of(r).add(e.key, e.hash, &mut |x, y| {
                            // SAFETY: unique interpreter reference.
                            unsafe { (*this).eq(x, y) }
                        })?;
                    }
                }
            }
        }
        _ => {
            // CPython's set_symmetric_difference: a copy of `b`, then every
            // entry of `a` in table order is discarded from it or added.
            crate::methods::set_fill(it, r, b)?;
            let entries: Vec<_> = set_of(a).iter().collect();
            for e in entries {
                if !it.set_discard(r, e.key)? {
                    let this: *mut Interp = it;
                    set_of(r).add(e.key, e.hash, &mut |x, y| {
                        // SAFETY: unique interpreter reference.
                        unsafe { (*this).eq(x, y) }
                    })?;
                }
            }
        }
    }
    Ok(r)
}

/// True division of big ints (correctly rounded for the common cases).
pub fn int_true_div(it: &mut Interp, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) {
        if x.abs() < 9.007e15 && y.abs() < 9.007e15 {
            return Ok(x / y);
        }
    }
    // Scale to keep 64+ significant bits.
    let shift = (a.bits() as i64 - b.bits() as i64 - 64).max(0);
    let q = if shift > 0 {
        a / (b << shift as usize)
    } else {
        (a << (-(a.bits() as i64 - b.bits() as i64 - 64)).max(0) as usize) / b
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let scale = if shift > 0 {
        shift
    } else {
        a.bits() as i64 - b.bits() as i64 - 64
    };
    let r = qf * 2f64.powi(scale as i32);
    if r.is_infinite() {
        return it.overflow("integer division result too large for a float");
    }
    Ok(r)
}

/// `a ** b` for floats with a negative base and a non-integer exponent:
/// CPython's float_pow hands these to complex `**`.
pub fn complex_pow(it: &mut Interp, a: f64, b: f64) -> PyResult<Value> {
    match crate::support::complex::pow((a, 0.0), (b, 0.0)) {
        Ok((re, im)) => Ok(it.new_complex(re, im)),
        Err(e) => it.support_err(e),
    }
}

/// `fmt % args` for str.
pub fn percent_format(it: &mut Interp, fmt: Value, rhs: Value) -> PyResult<Value> {
    let f = as_str(fmt).to_string();
    percent_format_impl(it, &f, rhs, false).map(|s| it.new_str(s))
}

/// `fmt % args` for bytes and bytearray (CPython's `_PyBytes_FormatEx`): the str
/// engine runs in bytes mode over the bytes mapped one-to-one to U+0000..U+00FF.
pub fn bytes_percent_format(it: &mut Interp, fmt: Value, rhs: Value) -> PyResult<Value> {
    let b = bytes_of(fmt);
    let mutable = b.mutable;
    let f: String = b.b.iter().map(|&c| char::from(c)).collect();
    let s = percent_format_impl(it, &f, rhs, true)?;
    // Bytes mode only ever produces chars below U+0100.
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    Ok(if mutable {
        it.new_bytearray(out)
    } else {
        it.new_bytes(out)
    })
}

fn percent_format_impl(it: &mut Interp, f: &str, rhs: Value, bytes: bool) -> PyResult<String> {
    use crate::support::percent::{percent_format as pf, PercentArgs, PercentRhs};
    use crate::support::{SResult, SupportError};
    struct A<'a> {
        it: &'a mut Interp,
        rhs: Value,
        err: Option<Value>,
        bytes: bool,
    }
    impl A<'_> {
        fn latin1(o: Value) -> Option<String> {
            if is_kind(o, Kind::Bytes) {
                Some(bytes_of(o).b.iter().map(|&c| char::from(c)).collect())
            } else {
                None
            }
        }
    }
    impl A<'_> {
        fn conv<T>(&mut self, r: PyResult<T>) -> SResult<T> {
            r.map_err(|e| {
                self.err = Some(e);
                SupportError::new("Exception", "")
            })
        }
    }
    impl PercentArgs for A<'_> {
        type Obj = Value;
        fn type_name(&mut self, o: &Value) -> String {
            self.it.type_name(*o)
        }
        fn bytes_mode(&self) -> bool {
            self.bytes
        }
        fn as_str(&mut self, o: &Value) -> Option<String> {
            if self.bytes {
                return Self::latin1(*o);
            }
            if is_kind(*o, Kind::Str) {
                Some(as_str(*o).to_string())
            } else {
                None
            }
        }
        fn as_int(&mut self, o: &Value) -> Option<BigInt> {
            if is_float_value(*o) {
                None
            } else {
                self.it.as_bigint(*o)
            }
        }
        fn str_of(&mut self, o: &Value) -> SResult<String> {
            if self.bytes {
                if let Some(s) = Self::latin1(*o) {
                    return Ok(s);
                }
                let dunder = self.it.intern("__bytes__");
                let ty = self.it.type_of(*o);
                if self.it.type_lookup(ty, dunder).is_some() {
                    let r = self.it.call_method(*o, dunder, &[]);
                    let r = self.conv(r)?;
                    if is_kind(r, Kind::Bytes) && !bytes_of(r).mutable {
                        return Ok(Self::latin1(r).unwrap_or_default());
                    }
                    let tn = self.it.type_name(r);
                    return Err(SupportError::type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        tn
                    )));
                }
                let tn = self.it.type_name(*o);
                return Err(SupportError::type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    tn
                )));
            }
            let r = self.it.str_string(*o);
            self.conv(r)
        }
        fn repr_of(&mut self, o: &Value) -> SResult<String> {
            let r = self.it.repr_string(*o);
            let r = self.conv(r)?;
            Ok(if self.bytes {
                crate::support::percent::ascii_escape(&r)
            } else {
                r
            })
        }
        fn to_int(&mut self, o: &Value, index_only: bool) -> SResult<Option<BigInt>> {
            let o = *o;
            if let Some(n) = self.it.num(o) {
                return match n {
                    Num::F(f) => {
                        if index_only {
                            Ok(None)
                        } else if f.is_nan() {
                            Err(SupportError::value("cannot convert float NaN to integer"))
                        } else if f.is_infinite() {
                            Err(SupportError::overflow(
                                "cannot convert float infinity to integer",
                            ))
                        } else {
                            Ok(Some(crate::ops::big_from_f64(f)))
                        }
                    }
                    n => Ok(Some(crate::ops::big(&n))),
                };
            }
            let ty = self.it.type_of(o);
            let names = if index_only {
                vec![self.it.n.index]
            } else {
                vec![self.it.n.index, self.it.n.int_]
            };
            for n in names {
                if self.it.type_lookup(ty, n).is_some() {
                    let r = self.it.call_method(o, n, &[]);
                    let r = self.conv(r)?;
                    return Ok(self.it.as_bigint(r));
                }
            }
            Ok(None)
        }
        fn to_float(&mut self, o: &Value) -> SResult<Option<f64>> {
            if let Some(n) = self.it.num(*o) {
                let r = self.it.to_f64(&n);
                return self.conv(r).map(Some);
            }
            let ty = self.it.type_of(*o);
            if self.it.type_lookup(ty, self.it.n.float_).is_some() {
                let r = self.it.call_method(*o, self.it.n.float_, &[]);
                let r = self.conv(r)?;
                return Ok(float_value(r));
            }
            Ok(None)
        }
        fn getitem(&mut self, key: &str) -> SResult<Value> {
            let k = if self.bytes {
                let b = key.chars().map(|c| c as u32 as u8).collect();
                self.it.new_bytes(b)
            } else {
                self.it.new_str(key.to_string())
            };
            let r = self.it.getitem(self.rhs, k);
            self.conv(r)
        }
    }
    let is_tuple = is_kind(rhs, Kind::Tuple);
    let is_mapping = !is_tuple
        && !is_kind(rhs, Kind::Str)
        && (!is_kind(rhs, Kind::Bytes) || bytes_of(rhs).mutable)
        && (is_kind(rhs, Kind::Dict) || it.type_lookup(it.type_of(rhs), it.n.getitem).is_some());
    let items = if is_tuple {
        tuple_of(rhs).items.clone()
    } else {
        vec![rhs]
    };
    let mut a = A {
        it,
        rhs,
        err: None,
        bytes,
    };
    let r = pf(
        &mut a,
        f,
        PercentRhs {
            items,
            is_tuple,
            is_mapping,
        },
    );
    let err = a.err.take();
    match r {
        Ok(s) => Ok(s),
        Err(e) => {
            if let Some(x) = err {
                return Err(x);
            }
            let t = it.exc_type(e.kind);
            it.err(t, e.msg)
        }
    }
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(it: &mut Interp, fmt: Value, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let f: Vec<char> = as_str(fmt).chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut auto = 0usize;
    let mut manual = false;
    while i < f.len() {
        let c = f[i];
        if c == '{' {
            if i + 1 < f.len() && f[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching '}' (nested braces allowed in spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < f.len() && depth > 0 {
                if f[j] == '{' {
                    depth += 1;
                } else if f[j] == '}' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth != 0 {
                if i + 1 >= f.len() {
                    return it.value_err("Single '{' encountered in format string");
                }
                return it.value_err("expected '}' before end of string");
            }
            let field: String = f[i + 1..j - 1].iter().collect();
            i = j;
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    Some(name_conv[p + 1..].to_string()),
                ),
                None => (name_conv.clone(), None),
            };
            // Split off attribute / index parts.
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let head = &name[..first_end];
            let mut v = if head.is_empty() {
                if manual {
                    return it.value_err("cannot switch from manual field specification to automatic field numbering");
                }
                let v = match args.get(auto) {
                    Some(v) => *v,
                    None => {
                        return it.index_err(format!(
                            "Replacement index {auto} out of range for positional args tuple"
                        ))
                    }
                };
                auto += 1;
                v
            } else if let Ok(n) = head.parse::<usize>() {
                manual = true;
                match args.get(n) {
                    Some(v) => *v,
                    None => {
                        return it.index_err(format!(
                            "Replacement index {n} out of range for positional args tuple"
                        ))
                    }
                }
            } else {
                match kw.iter().find(|(k, _)| as_str(*k) == head) {
                    Some((_, v)) => *v,
                    None => {
                        let k = it.new_str(head.to_string());
                        return it.key_err(k);
                    }
                }
            };
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let e = r.find(['.', '[']).unwrap_or(r.len());
                    let a = it.intern(&r[..e]);
                    v = it.getattr(v, a)?;
                    rest = &r[e..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let e = r.find(']').unwrap_or(r.len());
                    let key = &r[..e];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::small_int(n),
                        Err(_) => it.new_str(key.to_string()),
                    };
                    v = it.getitem(v, k)?;
                    rest = &r[(e + 1).min(r.len())..];
                } else {
                    break;
                }
            }
            let v = match conv.as_deref() {
                Some("r") => it.repr(v)?,
                Some("s") => it.str(v)?,
                Some("a") => it.ascii(v)?,
                Some(c) => return it.value_err(format!("Unknown conversion specifier {c}")),
                None => v,
            };
            // Nested replacement fields in the spec.
            let spec = if spec.contains('{') {
                let sv = it.new_str(spec.clone());
                let r = str_format(it, sv, &args[auto.min(args.len())..], kw)?;
                as_str(r).to_string()
            } else {
                spec
            };
            let sv = it.new_str(spec);
            let r = it.format(v, sv)?;
            out.push_str(as_str(r));
        } else if c == '}' {
            if i + 1 < f.len() && f[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return it.value_err("Single '}' encountered in format string");
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(it.new_str(out))
}
