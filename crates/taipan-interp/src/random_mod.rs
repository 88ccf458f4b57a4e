//! The `random` module: module-level functions over one shared Mersenne
//! Twister (support::random) with CPython's exact sequences.

use crate::interp::{Interp, PyResult};
use crate::methods::{kwarg, nargs};
use crate::object::*;
use crate::support::random::Random;
use crate::value::Value;
use num_bigint::BigInt;

type Kw<'a> = &'a [(Value, Value)];

/// All generators: index 0 backs the module functions; `cur` selects the
/// one a `Random` instance method runs on.
struct RandState {
    gens: Vec<Random>,
    cur: usize,
}

fn state(it: &mut Interp) -> &mut RandState {
    if it.random_state.is_none() {
        let mut r = Random::default();
        r.seed_entropy();
        it.random_state = Some(Box::new(RandState {
            gens: vec![r],
            cur: 0,
        }));
    }
    it.random_state
        .as_mut()
        .unwrap()
        .downcast_mut::<RandState>()
        .unwrap()
}

fn rng(it: &mut Interp) -> &mut Random {
    let st = state(it);
    let i = st.cur.min(st.gens.len() - 1);
    &mut st.gens[i]
}

fn serr<T>(it: &mut Interp, r: crate::support::SResult<T>) -> PyResult<T> {
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            let t = it.exc_type(e.kind);
            it.err(t, e.msg)
        }
    }
}

fn big_arg(it: &mut Interp, v: Value) -> PyResult<BigInt> {
    if is_float_value(v) {
        let f = float_value(v).unwrap_or(f64::NAN);
        if f.fract() == 0.0 {
            return Ok(crate::ops::big_from_f64(f));
        }
        return it.type_err("'float' object cannot be interpreted as an integer");
    }
    match it.as_bigint(v) {
        Some(b) => Ok(b),
        None => {
            let i = it.index_of(v)?;
            Ok(BigInt::from(i))
        }
    }
}

fn f_arg(it: &mut Interp, v: Value) -> PyResult<f64> {
    match it.num(v) {
        Some(n) => it.to_f64(&n),
        None => it.type_err(format!("must be real number, not {}", it.type_name(v))),
    }
}

fn r_seed(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let a = args.first().copied().unwrap_or(Value::NONE);
    if a.is_none() {
        rng(it).seed_entropy();
    } else if is_kind(a, Kind::Str) {
        let b = as_str(a).as_bytes().to_vec();
        rng(it).seed_bytes(&b);
    } else if is_kind(a, Kind::Bytes) {
        let b = bytes_of(a).b.clone();
        rng(it).seed_bytes(&b);
    } else if is_float_value(a) {
        let h = it.hash(a)?;
        rng(it).seed_int(&BigInt::from(h));
    } else {
        let b = match it.as_bigint(a) {
            Some(b) => b,
            None => return it.type_err(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ),
        };
        rng(it).seed_int(&b);
    }
    Ok(Value::NONE)
}
fn r_random(it: &mut Interp, _args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    Ok(Value::float(rng(it).random()))
}
fn r_randint(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "randint", args, 2, 2)?;
    let a = big_arg(it, args[0])?;
    let b = big_arg(it, args[1])?;
    let r = rng(it).randint(&a, &b);
    let r = serr(it, r)?;
    Ok(it.int_from_big(r))
}
fn r_randrange(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "randrange", args, 1, 3)?;
    let start = big_arg(it, args[0])?;
    let stop = match args.get(1).copied().or_else(|| kwarg(kw, "stop")) {
        Some(v) if !v.is_none() => Some(big_arg(it, v)?),
        _ => None,
    };
    let step = match args.get(2).copied().or_else(|| kwarg(kw, "step")) {
        Some(v) => big_arg(it, v)?,
        None => BigInt::from(1),
    };
    let r = rng(it).randrange(&start, stop.as_ref(), &step);
    let r = serr(it, r)?;
    Ok(it.int_from_big(r))
}
fn r_choice(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "choice", args, 1, 1)?;
    let n = it.len(args[0])?;
    let r = rng(it).choice_index(n);
    let i = serr(it, r)?;
    let iv = it.int(i as i64);
    it.getitem(args[0], iv)
}
fn r_shuffle(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "shuffle", args, 1, 1)?;
    if !is_kind(args[0], Kind::List) {
        return it.type_err("shuffle requires a list");
    }
    let mut items = std::mem::take(&mut list_of(args[0]).items);
    rng(it).shuffle(&mut items);
    list_of(args[0]).items = items;
    Ok(Value::NONE)
}
fn r_uniform(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "uniform", args, 2, 2)?;
    let a = f_arg(it, args[0])?;
    let b = f_arg(it, args[1])?;
    Ok(Value::float(rng(it).uniform(a, b)))
}
fn r_gauss(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let mu = match args.first().copied().or_else(|| kwarg(kw, "mu")) {
        Some(v) => f_arg(it, v)?,
        None => 0.0,
    };
    let sigma = match args.get(1).copied().or_else(|| kwarg(kw, "sigma")) {
        Some(v) => f_arg(it, v)?,
        None => 1.0,
    };
    Ok(Value::float(rng(it).gauss(mu, sigma)))
}
fn r_normalvariate(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let mu = match args.first().copied().or_else(|| kwarg(kw, "mu")) {
        Some(v) => f_arg(it, v)?,
        None => 0.0,
    };
    let sigma = match args.get(1).copied().or_else(|| kwarg(kw, "sigma")) {
        Some(v) => f_arg(it, v)?,
        None => 1.0,
    };
    Ok(Value::float(rng(it).normalvariate(mu, sigma)))
}
fn r_expovariate(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "expovariate", args, 1, 1)?;
    let l = f_arg(it, args[0])?;
    let r = rng(it).expovariate(l);
    let r = serr(it, r)?;
    Ok(Value::float(r))
}
fn r_triangular(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let low = match args.first() {
        Some(v) => f_arg(it, *v)?,
        None => 0.0,
    };
    let high = match args.get(1) {
        Some(v) => f_arg(it, *v)?,
        None => 1.0,
    };
    let mode = match args.get(2) {
        Some(v) if !v.is_none() => Some(f_arg(it, *v)?),
        _ => None,
    };
    Ok(Value::float(rng(it).triangular(low, high, mode)))
}
fn r_getrandbits(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "getrandbits", args, 1, 1)?;
    let k = it.index_of(args[0])?;
    let r = rng(it).getrandbits(k);
    let r = serr(it, r)?;
    Ok(it.int_from_big(r))
}
fn r_sample(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "sample", args, 1, 2)?;
    let pop = it.collect_iter(args[0])?;
    if is_kind(args[0], Kind::Set) || is_kind(args[0], Kind::Dict) {
        return it.type_err("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let k = match args.get(1).copied().or_else(|| kwarg(kw, "k")) {
        Some(v) => it.index_of(v)?,
        None => return it.type_err("sample() missing 1 required positional argument: 'k'"),
    };
    let r = rng(it).sample_indices(pop.len() as u64, k);
    let idx = serr(it, r)?;
    let out: Vec<Value> = idx.into_iter().map(|i| pop[i as usize]).collect();
    Ok(it.new_list(out))
}
fn r_choices(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    nargs(it, "choices", args, 1, 2)?;
    let pop = it.collect_iter(args[0])?;
    let k = match kwarg(kw, "k") {
        Some(v) => it.index_of(v)? as usize,
        None => 1,
    };
    let weights = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "weights"))
        .filter(|w| !w.is_none());
    let cum = kwarg(kw, "cum_weights").filter(|w| !w.is_none());
    let idx = if weights.is_none() && cum.is_none() {
        rng(it).choices_indices(pop.len(), k)
    } else {
        let cumw: Vec<f64> = if let Some(c) = cum {
            let items = it.collect_iter(c)?;
            let mut v = Vec::new();
            for x in items {
                v.push(f_arg(it, x)?);
            }
            v
        } else {
            let items = it.collect_iter(weights.unwrap())?;
            let mut acc = 0.0;
            let mut v = Vec::new();
            for x in items {
                acc += f_arg(it, x)?;
                v.push(acc);
            }
            v
        };
        let r = rng(it).choices_cum_weights(pop.len(), &cumw, k);
        serr(it, r)?
    };
    let out: Vec<Value> = idx.into_iter().map(|i| pop[i]).collect();
    Ok(it.new_list(out))
}

fn random_ctor(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let ty = args[0];
    let o = it.alloc(ty, Kind::Instance, ());
    // SAFETY: freshly allocated object.
    unsafe { header(o) }.attrs = Some(Box::new(Attrs {
        shape: 0,
        slots: vec![],
        dict: Value::NULL,
    }));
    let st = state(it);
    st.gens.push(Random::default());
    let sid = st.gens.len() - 1;
    let k = it.intern("_sid");
    it.generic_setattr(o, k, Value::small_int(sid as i64))?;
    with_sid(it, sid, |it| r_seed(it, &args[1..], &[]))?;
    Ok(o)
}

fn with_sid(
    it: &mut Interp,
    sid: usize,
    f: impl FnOnce(&mut Interp) -> PyResult<Value>,
) -> PyResult<Value> {
    let prev = state(it).cur;
    state(it).cur = sid;
    let r = f(it);
    state(it).cur = prev;
    r
}

fn sid_of(it: &mut Interp, o: Value) -> PyResult<usize> {
    let k = it.intern("_sid");
    let v = it.getattr(o, k)?;
    Ok(if v.is_small_int() {
        v.as_small_int() as usize
    } else {
        0
    })
}

macro_rules! methods {
    ($($m:ident => $f:ident, $n:expr;)*) => {
        $(
            fn $m(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
                let sid = sid_of(it, args[0])?;
                with_sid(it, sid, |it| $f(it, &args[1..], kw))
            }
        )*
        fn register_random_methods(it: &mut Interp, ty: Value) {
            $(crate::types::def(it, ty, $n, $m);)*
        }
    };
}
methods! {
    rm_seed => r_seed, "seed";
    rm_random => r_random, "random";
    rm_randint => r_randint, "randint";
    rm_randrange => r_randrange, "randrange";
    rm_choice => r_choice, "choice";
    rm_shuffle => r_shuffle, "shuffle";
    rm_uniform => r_uniform, "uniform";
    rm_gauss => r_gauss, "gauss";
    rm_normalvariate => r_normalvariate, "normalvariate";
    rm_expovariate => r_expovariate, "expovariate";
    rm_triangular => r_triangular, "triangular";
    rm_getrandbits => r_getrandbits, "getrandbits";
    rm_sample => r_sample, "sample";
    rm_choices => r_choices, "choices";
}

pub fn make_random_module(it: &mut Interp) -> Value {
    let rty = crate::types::mk_type(it, "Random", Value::NULL, Kind::Instance, Some(random_ctor));
    register_random_methods(it, rty);
    let m = it.new_module("random");
    let d = module_of(m).dict;
    for (n, f) in [
        ("seed", r_seed as NativeFn),
        ("random", r_random),
        ("randint", r_randint),
        ("randrange", r_randrange),
        ("choice", r_choice),
        ("shuffle", r_shuffle),
        ("uniform", r_uniform),
        ("gauss", r_gauss),
        ("normalvariate", r_normalvariate),
        ("expovariate", r_expovariate),
        ("triangular", r_triangular),
        ("getrandbits", r_getrandbits),
        ("sample", r_sample),
        ("choices", r_choices),
    ] {
        let v = it.new_native(n, f, false, Value::NULL);
        let k = it.intern(n);
        let _ = it.dict_set(d, k, v);
    }
    let k = it.intern("Random");
    let _ = it.dict_set(d, k, rty);
    m
}
