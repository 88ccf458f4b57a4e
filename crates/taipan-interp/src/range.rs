//! `range` objects beyond 64 bits: the BigInt view of any range, and the
//! operations (length, indexing, slicing, `in`, `==`, hash, repr, iteration)
//! that must work for arbitrarily large bounds, as CPython's rangeobject.c.
//!
//! A range whose start, stop and step all lie within `±SMALL_RANGE` keeps the
//! plain i64 fields (no arithmetic on them can overflow); any other range
//! stores its bounds in `RangeObj::big` and leaves the i64 fields as the
//! empty range `0, 0, 1`.

use crate::interp::{Interp, PyResult};
use crate::object::*;
use crate::ops::Num;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Bounds below this magnitude use the i64 representation.
const SMALL_RANGE: i64 = 1 << 61;

/// The bounds of a range stored as BigInts.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// `start, stop, step` of any range as BigInts.
pub fn range_parts(v: Value) -> (BigInt, BigInt, BigInt) {
    let r = range_of(v);
    match &r.big {
        Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        None => (r.start.into(), r.stop.into(), r.step.into()),
    }
}

/// The length of any range as a BigInt.
pub fn range_len_big(v: Value) -> BigInt {
    let r = range_of(v);
    match &r.big {
        Some(b) => b.len.clone(),
        None => crate::builtins::range_len(r.start, r.stop, r.step).into(),
    }
}

/// CPython's `compute_range_length`.
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / st + BigInt::one()
}

fn small(b: &BigInt) -> Option<i64> {
    b.to_i64()
        .filter(|i| (-SMALL_RANGE..SMALL_RANGE).contains(i))
}

impl Interp {
    /// A new range object, in the i64 representation when the bounds allow.
    pub fn new_range(&mut self, start: BigInt, stop: BigInt, step: BigInt) -> Value {
        let obj = match (small(&start), small(&stop), small(&step)) {
            (Some(start), Some(stop), Some(step)) => RangeObj {
                start,
                stop,
                step,
                big: None,
            },
            _ => {
                let len = big_len(&start, &stop, &step);
                RangeObj {
                    start: 0,
                    stop: 0,
                    step: 1,
                    big: Some(Box::new(BigRange {
                        start,
                        stop,
                        step,
                        len,
                    })),
                }
            }
        };
        self.alloc(self.t.range, Kind::Range, obj)
    }

    /// An int, or an object with `__index__`, as a BigInt; None when it is neither.
    pub fn index_big(&mut self, v: Value) -> PyResult<Option<BigInt>> {
        if is_float_value(v) {
            return Ok(None);
        }
        match self.num(v) {
            Some(Num::I(i)) => Ok(Some(i.into())),
            Some(Num::B(b)) => Ok(Some(b.clone())),
            _ => {
                let ty = self.type_of(v);
                match self.user_lookup(ty, self.n.index) {
                    Some(m) => {
                        let r = self.call_descr(m, v, ty, &[])?;
                        match self.num(r) {
                            Some(Num::I(i)) if !is_float_value(r) => Ok(Some(i.into())),
                            Some(Num::B(b)) => Ok(Some(b.clone())),
                            _ => self.type_err(format!(
                                "__index__ returned non-int (type {})",
                                self.type_name(r)
                            )),
                        }
                    }
                    None => Ok(None),
                }
            }
        }
    }

    /// `len(range)`: OverflowError when the length does not fit a C ssize_t.
    pub fn range_len_checked(&mut self, v: Value) -> PyResult<usize> {
        let n = range_len_big(v);
        match n.to_i64() {
            Some(n) => Ok(n as usize),
            None => self.overflow("Python int too large to convert to C ssize_t"),
        }
    }

    /// `range[key]` for an int-like key or a slice.
    pub fn range_getitem(&mut self, r: Value, key: Value) -> PyResult<Value> {
        if is_kind(key, Kind::Slice) {
            return self.range_slice(r, key);
        }
        let ro = range_of(r);
        if ro.big.is_none() && key.is_small_int() {
            let len = crate::builtins::range_len(ro.start, ro.stop, ro.step);
            let i = key.as_small_int();
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return self.index_err("range object index out of range");
            }
            return Ok(self.int(ro.start + j * ro.step));
        }
        let Some(i) = self.index_big(key)? else {
            return self.type_err(format!(
                "range indices must be integers or slices, not {}",
                self.type_name(key)
            ));
        };
        let (start, _, step) = range_parts(r);
        let len = range_len_big(r);
        let j = if i.is_negative() { i + &len } else { i };
        if j.is_negative() || j >= len {
            return self.index_err("range object index out of range");
        }
        Ok(self.int_from_big(start + j * step))
    }

    /// One bound of a slice against a BigInt length (`_PySlice_GetLongIndices`).
    fn slice_bound(
        &mut self,
        v: Value,
        len: &BigInt,
        lower: &BigInt,
        upper: &BigInt,
        default: &BigInt,
    ) -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let Some(mut x) = self.index_big(v)? else {
            return self
                .type_err("slice indices must be integers or None or have an __index__ method");
        };
        if x.is_negative() {
            x += len;
            if &x < lower {
                x = lower.clone();
            }
        } else if &x > upper {
            x = upper.clone();
        }
        Ok(x)
    }

    /// `range[slice]` (CPython's `compute_slice`).
    fn range_slice(&mut self, r: Value, sl: Value) -> PyResult<Value> {
        let s = slice_of(sl);
        let (a, b, c) = (s.start, s.stop, s.step);
        let step = if c.is_none() {
            BigInt::one()
        } else {
            match self.index_big(c)? {
                Some(x) => x,
                None => {
                    return self.type_err(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }
            }
        };
        if step.is_zero() {
            return self.value_err("slice step cannot be zero");
        }
        let len = range_len_big(r);
        let (lower, upper) = if step.is_negative() {
            (-BigInt::one(), &len - BigInt::one())
        } else {
            (BigInt::zero(), len.clone())
        };
        let (dstart, dstop) = if step.is_negative() {
            (upper.clone(), lower.clone())
        } else {
            (lower.clone(), upper.clone())
        };
        let i = self.slice_bound(a, &len, &lower, &upper, &dstart)?;
        let j = self.slice_bound(b, &len, &lower, &upper, &dstop)?;
        let (rstart, _, rstep) = range_parts(r);
        let nstart = &rstart + i * &rstep;
        let nstop = &rstart + j * &rstep;
        Ok(self.new_range(nstart, nstop, rstep * step))
    }

    /// `x in range` for an int (CPython's `range_contains_long`).
    pub fn range_contains_int(&mut self, r: Value, x: &BigInt) -> bool {
        let (start, stop, step) = range_parts(r);
        let inside = if step.is_positive() {
            &start <= x && x < &stop
        } else {
            &stop < x && x <= &start
        };
        inside && (x - &start).mod_floor(&step).is_zero()
    }

    /// `range.index(x)` for an int; None when absent.
    pub fn range_index_int(&mut self, r: Value, x: &BigInt) -> Option<BigInt> {
        if !self.range_contains_int(r, x) {
            return None;
        }
        let (start, _, step) = range_parts(r);
        Some((x - start) / step)
    }

    /// CPython's `range_equals`.
    pub fn range_eq_big(a: Value, b: Value) -> bool {
        let (la, lb) = (range_len_big(a), range_len_big(b));
        if la != lb {
            return false;
        }
        if la.is_zero() {
            return true;
        }
        let ((sa, _, ta), (sb, _, tb)) = (range_parts(a), range_parts(b));
        sa == sb && (la.is_one() || ta == tb)
    }

    /// `repr(range)`.
    pub fn range_repr(v: Value) -> String {
        let (start, stop, step) = range_parts(v);
        if step.is_one() {
            format!("range({start}, {stop})")
        } else {
            format!("range({start}, {stop}, {step})")
        }
    }

    /// `hash(range)`: `hash((len, start, step))` with None for unobservable parts.
    pub fn range_hash_value(&mut self, v: Value) -> PyResult<i64> {
        let len = range_len_big(v);
        let (start, _, step) = range_parts(v);
        let l = self.int_from_big(len.clone());
        let items = if len.is_zero() {
            vec![l, Value::NONE, Value::NONE]
        } else {
            let s = self.int_from_big(start);
            if len.is_one() {
                vec![l, s, Value::NONE]
            } else {
                let t = self.int_from_big(step);
                vec![l, s, t]
            }
        };
        let t = self.new_tuple(items);
        self.hash(t)
    }

    /// A forward iterator over `range`, or over its reverse.
    pub fn range_iter_state(&mut self, v: Value, reverse: bool) -> IterState {
        let r = range_of(v);
        if r.big.is_none() {
            let (start, stop, step) = (r.start, r.stop, r.step);
            if !reverse {
                return IterState::Range {
                    cur: start,
                    stop,
                    step,
                };
            }
            let len = crate::builtins::range_len(start, stop, step);
            let last = start + (len - 1) * step;
            return IterState::Range {
                cur: last,
                stop: start - step,
                step: -step,
            };
        }
        let (start, _, step) = range_parts(v);
        let len = range_len_big(v);
        if reverse {
            let last = &start + (&len - BigInt::one()) * &step;
            IterState::BigRange {
                cur: last,
                step: -step,
                left: len,
            }
        } else {
            IterState::BigRange {
                cur: start,
                step,
                left: len,
            }
        }
    }

    /// Compares `x` with each item of the range lazily, as
    /// `_PySequence_IterSearch`: (number of equal items, index of the first);
    /// stops at the first when `first_only`.
    pub fn range_scan(
        &mut self,
        r: Value,
        x: Value,
        first_only: bool,
    ) -> PyResult<(i64, Option<i64>)> {
        let iter = self.get_iter(r)?;
        let mark = self.shadow.len();
        self.shadow.push(iter);
        self.shadow.push(x);
        let (mut n, mut first, mut i) = (0i64, None, 0i64);
        let res = loop {
            match self.next(iter) {
                Ok(Some(y)) => match self.eq(y, x) {
                    Ok(true) => {
                        n += 1;
                        first.get_or_insert(i);
                        if first_only {
                            break Ok(());
                        }
                    }
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
            i += 1;
        };
        self.shadow.truncate(mark);
        res.map(|_| (n, first))
    }

    /// `range_iterator`, or `longrange_iterator` for bounds beyond 64 bits.
    pub fn range_iter_type(&self, st: &IterState) -> Value {
        if matches!(st, IterState::BigRange { .. }) {
            self.t.longrange_iterator
        } else {
            self.t.range_iterator
        }
    }

    /// The items of a range as a vector; MemoryError when they cannot be held.
    pub fn range_items(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let len = range_len_big(v);
        let n = match len.to_i64() {
            Some(n) if (n as usize) <= (isize::MAX as usize) / std::mem::size_of::<Value>() => {
                n as usize
            }
            Some(_) => return self.err(self.t.memory_error, ""),
            None => return self.overflow("Python int too large to convert to C ssize_t"),
        };
        let mut out: Vec<Value> = Vec::new();
        if out.try_reserve_exact(n).is_err() {
            return self.err(self.t.memory_error, "");
        }
        let r = range_of(v);
        if r.big.is_none() {
            let (mut cur, step) = (r.start, r.step);
            for _ in 0..n {
                out.push(self.int(cur));
                cur += step;
            }
        } else {
            let (mut cur, _, step) = range_parts(v);
            for _ in 0..n {
                out.push(self.int_from_big(cur.clone()));
                cur += &step;
            }
        }
        Ok(out)
    }
}
