//! Native stepping for `itertools.product`, `permutations`, `combinations` and
//! `combinations_with_replacement` (`_taipan_itertools`): each returns a
//! callable-iterator over a native step function bound to its state, so a loop
//! over them runs without Python frames. The algorithms are CPython's
//! (Modules/itertoolsmodule.c), yielding the same tuples in the same order.

use crate::interp::{Interp, PyResult};
use crate::object::{is_kind, list_of, module_of, native_of, tuple_of, IterState, Kind, NativeFn};
use crate::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// State layout (a list): [pools..., indices list, cycles list, r, started]
/// with the pools as one tuple of tuples in slot 0.
const POOLS: usize = 0;
const INDICES: usize = 1;
const CYCLES: usize = 2;
const R: usize = 3;
const STARTED: usize = 4;

fn small(v: Value) -> usize {
    if v.is_small_int() {
        v.as_small_int().max(0) as usize
    } else {
        0
    }
}

fn ints(v: Value) -> Vec<usize> {
    list_of(v).items.iter().map(|x| small(*x)).collect()
}

fn store(v: Value, xs: &[usize]) {
    let l = &mut list_of(v).items;
    l.clear();
    l.extend(xs.iter().map(|x| Value::small_int(*x as i64)));
}

fn state_parts(state: Value) -> Option<(Value, Value, Value, usize, bool)> {
    if !is_kind(state, Kind::List) || list_of(state).items.len() != 5 {
        return None;
    }
    let s = &list_of(state).items;
    Some((
        s[POOLS],
        s[INDICES],
        s[CYCLES],
        small(s[R]),
        s[STARTED] == Value::TRUE,
    ))
}

fn mark_started(state: Value) {
    list_of(state).items[STARTED] = Value::TRUE;
}

fn pool_items(pools: Value, k: usize) -> &'static [Value] {
    let p = tuple_of(pools).items[k];
    &tuple_of(p).items
}

/// Builds `iter(step, state)`: the step function returns `state` itself when done.
fn make_iter(
    it: &mut Interp,
    name: &'static str,
    step: NativeFn,
    pools: Vec<Value>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
) -> Value {
    let pools = it.new_tuple(pools);
    it.shadow.push(pools);
    let idx = it.new_list(vec![]);
    store(idx, &indices);
    it.shadow.push(idx);
    let cyc = it.new_list(vec![]);
    store(cyc, &cycles);
    it.shadow.push(cyc);
    let state = it.new_list(vec![
        pools,
        idx,
        cyc,
        Value::small_int(r as i64),
        Value::FALSE,
    ]);
    it.shadow.push(state);
    let f = it.new_native(name, step, false, Value::NULL);
    native_of(f).bound = state;
    it.shadow.push(f);
    let ty = it.t.callable_iterator;
    let r = it.new_iter(ty, IterState::Callable { f, sentinel: state });
    it.shadow.truncate(it.shadow.len() - 5);
    r
}

fn tuple_arg(it: &mut Interp, v: Value) -> PyResult<Value> {
    if is_kind(v, Kind::Tuple) {
        Ok(v)
    } else {
        it.type_err("expected a tuple")
    }
}

fn int_arg(it: &mut Interp, v: Value) -> PyResult<usize> {
    if v.is_small_int() && v.as_small_int() >= 0 {
        Ok(v.as_small_int() as usize)
    } else {
        it.type_err("expected a non-negative int")
    }
}

// ---------------------------------------------------------------- product

fn finish(state: Value) -> Value {
    list_of(state).items[R] = Value::small_int(-1);
    state
}

fn done(state: Value) -> bool {
    list_of(state).items[R] == Value::small_int(-1)
}

fn product_step(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let state = args[0];
    let Some((pools, idxv, _, _, started)) = state_parts(state) else {
        return Ok(state);
    };
    if done(state) {
        return Ok(state);
    }
    let n = tuple_of(pools).items.len();
    let mut idx = ints(idxv);
    if !started {
        mark_started(state);
        if (0..n).any(|k| pool_items(pools, k).is_empty()) {
            return Ok(finish(state));
        }
    } else {
        // The rightmost index advances like an odometer.
        let mut i = n;
        loop {
            if i == 0 {
                return Ok(finish(state));
            }
            i -= 1;
            idx[i] += 1;
            if idx[i] < pool_items(pools, i).len() {
                break;
            }
            idx[i] = 0;
        }
        store(idxv, &idx);
    }
    let items: Vec<Value> = (0..n).map(|k| pool_items(pools, k)[idx[k]]).collect();
    Ok(it.new_tuple(items))
}

/// `product(pools)`: `pools` is a tuple of tuples (already repeated).
fn product(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let pools = tuple_arg(it, *args.first().unwrap_or(&Value::NONE))?;
    let ps = tuple_of(pools).items.clone();
    for p in &ps {
        tuple_arg(it, *p)?;
    }
    let n = ps.len();
    Ok(make_iter(
        it,
        "product_step",
        product_step,
        ps,
        vec![0; n],
        vec![],
        0,
    ))
}

// ---------------------------------------------------------------- permutations

fn permutations_step(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let state = args[0];
    let Some((pools, idxv, cycv, r, started)) = state_parts(state) else {
        return Ok(state);
    };
    if done(state) {
        return Ok(state);
    }
    let pool = pool_items(pools, 0);
    let n = pool.len();
    let mut indices = ints(idxv);
    if !started {
        mark_started(state);
        if r > n {
            return Ok(finish(state));
        }
    } else {
        if n == 0 {
            return Ok(finish(state));
        }
        let mut cycles = ints(cycv);
        let mut i = r;
        loop {
            if i == 0 {
                return Ok(finish(state));
            }
            i -= 1;
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let x = indices.remove(i);
                indices.push(x);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                break;
            }
        }
        store(idxv, &indices);
        store(cycv, &cycles);
    }
    let items: Vec<Value> = indices[..r].iter().map(|&k| pool[k]).collect();
    Ok(it.new_tuple(items))
}

/// `permutations(pool, r)`.
fn permutations(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 2 {
        return it.type_err("permutations(pool, r)");
    }
    let pool = tuple_arg(it, args[0])?;
    let r = int_arg(it, args[1])?;
    let n = tuple_of(pool).items.len();
    let cycles: Vec<usize> = if r <= n {
        (0..r).map(|i| n - i).collect()
    } else {
        vec![]
    };
    Ok(make_iter(
        it,
        "permutations_step",
        permutations_step,
        vec![pool],
        (0..n).collect(),
        cycles,
        r,
    ))
}

// ---------------------------------------------------------------- combinations

fn combinations_step(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let state = args[0];
    let Some((pools, idxv, cycv, r, started)) = state_parts(state) else {
        return Ok(state);
    };
    if done(state) {
        return Ok(state);
    }
    let pool = pool_items(pools, 0);
    let n = pool.len();
    // cycles[0] == 1 marks "with replacement".
    let repl = !list_of(cycv).items.is_empty();
    let mut indices = ints(idxv);
    if !started {
        mark_started(state);
        if (!repl && r > n) || (repl && n == 0 && r > 0) {
            return Ok(finish(state));
        }
    } else {
        let mut i = r;
        loop {
            if i == 0 {
                return Ok(finish(state));
            }
            i -= 1;
            let limit = if repl { n - 1 } else { i + n - r };
            if indices[i] != limit {
                break;
            }
        }
        if repl {
            let v = indices[i] + 1;
            for x in indices[i..].iter_mut() {
                *x = v;
            }
        } else {
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
        }
        store(idxv, &indices);
    }
    let items: Vec<Value> = indices.iter().map(|&k| pool[k]).collect();
    Ok(it.new_tuple(items))
}

fn combinations_impl(it: &mut Interp, args: &[Value], repl: bool) -> PyResult<Value> {
    if args.len() != 2 {
        return it.type_err("combinations(pool, r)");
    }
    let pool = tuple_arg(it, args[0])?;
    let r = int_arg(it, args[1])?;
    if r > 1 << 28 {
        // CPython fails allocating the r indices.
        return it.err(it.t.memory_error, "");
    }
    let indices: Vec<usize> = if repl { vec![0; r] } else { (0..r).collect() };
    Ok(make_iter(
        it,
        "combinations_step",
        combinations_step,
        vec![pool],
        indices,
        if repl { vec![1] } else { vec![] },
        r,
    ))
}

fn combinations(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    combinations_impl(it, args, false)
}

fn combinations_with_replacement(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    combinations_impl(it, args, true)
}

/// Builds `_taipan_itertools`.
pub fn make_module(it: &mut Interp) -> Value {
    let m = it.new_module("_taipan_itertools");
    let d = module_of(m).dict;
    let fns: &[(&'static str, NativeFn)] = &[
        ("product", product),
        ("permutations", permutations),
        ("combinations", combinations),
        (
            "combinations_with_replacement",
            combinations_with_replacement,
        ),
    ];
    for (n, f) in fns {
        let v = it.new_native(n, *f, false, Value::NULL);
        let k = it.intern(n);
        let _ = it.dict_set(d, k, v);
    }
    m
}
