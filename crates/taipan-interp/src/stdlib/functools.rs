//! Native core of the unbounded `functools.lru_cache` / `functools.cache`
//! (`_taipan_functools.lookup`): CPython's key construction (a lone exact `int`
//! or `str` argument is its own key) and hit/miss accounting, with the Python
//! wrapper in `lib/functools.py` keeping `cache_info`, `cache_clear` and
//! `update_wrapper` semantics.

use crate::interp::{Interp, PyResult};
use crate::object::{dict_of, is_kind, list_of, module_of, tuple_of, Kind, NativeFn};
use crate::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// State list layout: [user_function, cache dict, hits, misses, typed, kwd_mark].
const FUNC: usize = 0;
const CACHE: usize = 1;
const HITS: usize = 2;
const MISSES: usize = 3;
const TYPED: usize = 4;
const MARK: usize = 5;

fn bump(state: Value, slot: usize) {
    let l = &mut list_of(state).items;
    let v = l[slot];
    let n = if v.is_small_int() {
        v.as_small_int()
    } else {
        0
    };
    l[slot] = Value::small_int(n + 1);
}

/// `lookup(state, args, kwds)`: the cached result for the call, computing and
/// storing it on a miss.
fn lookup(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    if args.len() != 3
        || !is_kind(args[0], Kind::List)
        || list_of(args[0]).items.len() != 6
        || !is_kind(args[1], Kind::Tuple)
    {
        return it.type_err("lookup(state, args, kwds)");
    }
    let (state, argt, kwds) = (args[0], args[1], args[2]);
    let items = &list_of(state).items;
    let (func, cache, typed, mark) = (items[FUNC], items[CACHE], items[TYPED], items[MARK]);
    let typed = it.truthy(typed)?;
    let pos = tuple_of(argt).items.clone();
    let kw: Vec<(Value, Value)> = if is_kind(kwds, Kind::Dict) {
        dict_of(kwds).iter().collect()
    } else {
        vec![]
    };
    let key = if !typed && kw.is_empty() && pos.len() == 1 && {
        let t = it.type_of(pos[0]);
        t == it.t.int || t == it.t.str_
    } {
        pos[0]
    } else if !typed && kw.is_empty() {
        argt
    } else {
        let mut k = pos.clone();
        if !kw.is_empty() {
            k.push(mark);
            for (a, b) in &kw {
                k.push(*a);
                k.push(*b);
            }
        }
        if typed {
            for v in &pos {
                k.push(it.type_of(*v));
            }
            for (_, v) in &kw {
                k.push(it.type_of(*v));
            }
        }
        it.new_tuple(k)
    };
    it.shadow.push(key);
    let r = (|| {
        if let Some(v) = it.dict_get(cache, key)? {
            bump(state, HITS);
            return Ok(v);
        }
        bump(state, MISSES);
        let r = it.call(func, &pos, &kw)?;
        it.shadow.push(r);
        let s = it.dict_set(cache, key, r);
        it.shadow.pop();
        s.map(|_| r)
    })();
    it.shadow.pop();
    r
}

/// Builds `_taipan_functools`.
pub fn make_module(it: &mut Interp) -> Value {
    let m = it.new_module("_taipan_functools");
    let d = module_of(m).dict;
    let fns: &[(&'static str, NativeFn)] = &[("lookup", lookup)];
    for (n, f) in fns {
        let v = it.new_native(n, *f, false, Value::NULL);
        let k = it.intern(n);
        let _ = it.dict_set(d, k, v);
    }
    m
}
