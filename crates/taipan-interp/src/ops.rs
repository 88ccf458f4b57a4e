//! Operators and protocols: arithmetic, comparison, truth, hashing,
//! equality, repr/str/format, and sequence indexing.

use crate::interp::{str_hash, Interp, PyResult};
use crate::object::*;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_compiler::bytecode::{BinaryOpArg, CompareOpArg};

/// A numeric view of an int, bool or float value.
pub enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

const HASH_MOD: u64 = (1 << 61) - 1;

pub fn dunder_names(op: BinaryOpArg) -> (&'static str, &'static str, &'static str) {
    use BinaryOpArg::*;
    match op.base() {
        Add => ("__add__", "__radd__", "__iadd__"),
        And => ("__and__", "__rand__", "__iand__"),
        FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        Multiply => ("__mul__", "__rmul__", "__imul__"),
        Remainder => ("__mod__", "__rmod__", "__imod__"),
        Or => ("__or__", "__ror__", "__ior__"),
        Power => ("__pow__", "__rpow__", "__ipow__"),
        Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        Subtract => ("__sub__", "__rsub__", "__isub__"),
        TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        _ => ("__xor__", "__rxor__", "__ixor__"),
    }
}

pub fn big(n: &Num<'_>) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => (*b).clone(),
        Num::F(f) => BigInt::from(*f as i64),
    }
}

impl Interp {
    #[inline]
    pub fn num<'a>(&self, v: Value) -> Option<Num<'a>> {
        if v.is_small_int() {
            Some(Num::I(v.as_small_int()))
        } else if v.is_float() {
            Some(Num::F(v.as_float()))
        } else if v.is_bool() {
            Some(Num::I((v == Value::TRUE) as i64))
        } else if is_kind(v, Kind::Int) {
            Some(Num::B(&bigint_of(v).0))
        } else if is_kind(v, Kind::Float) {
            Some(Num::F(float_obj_of(v).0))
        } else {
            None
        }
    }

    /// int-like (int or bool, incl. subclasses) as BigInt.
    pub fn as_bigint(&self, v: Value) -> Option<BigInt> {
        match self.num(v)? {
            Num::I(i) => Some(BigInt::from(i)),
            Num::B(b) => Some(b.clone()),
            Num::F(_) => None,
        }
    }

    pub fn to_f64(&mut self, n: &Num<'_>) -> PyResult<f64> {
        match n {
            Num::I(i) => Ok(*i as f64),
            Num::F(f) => Ok(*f),
            Num::B(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => self.overflow("int too large to convert to float"),
            },
        }
    }

    pub fn is(&self, a: Value, b: Value) -> bool {
        a == b
    }

    // ------------------------------------------------------------ arithmetic

    /// The count of `seq * n`: an int as a C ssize_t (OverflowError beyond),
    /// None when `n` is not an int.
    fn repeat_count(&mut self, n: Value) -> PyResult<Option<i64>> {
        match self.num(n) {
            Some(Num::I(i)) if !is_float_value(n) => Ok(Some(i)),
            Some(Num::B(b)) => match b.to_i64() {
                Some(i) => Ok(Some(i)),
                None => self.overflow("cannot fit 'int' into an index-sized integer"),
            },
            _ => Ok(None),
        }
    }

    /// A section entry point (see `Interp::vouch`): with a vouch for `a` and
    /// `b`, the dunders it calls may collect.
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinaryOpArg) -> PyResult<Value> {
        let w = std::mem::take(&mut self.gc_window);
        if op.is_inplace() {
            let r = self.inplace_op(a, b, op)?;
            if r != self.not_implemented {
                return Ok(r);
            }
        }
        let base = op.base();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let both_builtin = type_of_obj(ta).builtin && type_of_obj(tb).builtin;
        if both_builtin {
            let r = self.native_binop(a, b, base)?;
            if r != self.not_implemented {
                return Ok(r);
            }
            return self.binop_error(a, b, op);
        }
        let (dn, rn, _) = dunder_names(base);
        let dn = self.intern(dn);
        let rn = self.intern(rn);
        let lm = self.user_lookup(ta, dn);
        let mut rm = if ta != tb {
            self.user_lookup(tb, rn)
        } else {
            None
        };
        if let Some(r) = rm {
            if self.is_subtype(tb, ta) && Some(r) != lm {
                self.gc_window = w;
                let v = self.call_descr(r, b, tb, &[a])?;
                if v != self.not_implemented {
                    return Ok(v);
                }
                rm = None;
            }
        }
        match lm {
            Some(l) => {
                self.gc_window = w;
                let v = self.call_descr(l, a, ta, &[b])?;
                if v != self.not_implemented {
                    return Ok(v);
                }
            }
            None => {
                let v = self.native_binop(a, b, base)?;
                if v != self.not_implemented {
                    return Ok(v);
                }
            }
        }
        if let Some(r) = rm {
            self.gc_window = w;
            let v = self.call_descr(r, b, tb, &[a])?;
            if v != self.not_implemented {
                return Ok(v);
            }
        }
        self.binop_error(a, b, op)
    }

    fn binop_error(&mut self, a: Value, b: Value, op: BinaryOpArg) -> PyResult<Value> {
        let (na, nb) = (self.type_name(a), self.type_name(b));
        if op.base() == BinaryOpArg::Add
            && (is_kind(a, Kind::Str) || is_kind(a, Kind::List))
            && !is_kind(b, kind_of(a).unwrap())
        {
            let what = if is_kind(a, Kind::Str) { "str" } else { "list" };
            return self.type_err(format!(
                "can only concatenate {what} (not \"{nb}\") to {what}"
            ));
        }
        if op.base() == BinaryOpArg::Add && is_kind(a, Kind::Bytes) && !is_kind(b, Kind::Bytes) {
            return self.type_err(format!("can't concat {nb} to {na}"));
        }
        if op.base() == BinaryOpArg::Add && is_kind(a, Kind::Tuple) && !is_kind(b, Kind::Tuple) {
            return self.type_err(format!(
                "can only concatenate tuple (not \"{nb}\") to tuple"
            ));
        }
        let seq = |v: Value| matches!(kind_of(v), Some(Kind::Str | Kind::List | Kind::Tuple));
        if op.base() == BinaryOpArg::Multiply && (seq(a) || seq(b)) {
            let other = if seq(a) { nb.clone() } else { na.clone() };
            return self.type_err(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        let sym = if op.base() == BinaryOpArg::Power && !op.is_inplace() {
            "** or pow()"
        } else {
            op.symbol()
        };
        self.type_err(format!(
            "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
        ))
    }

    fn inplace_op(&mut self, a: Value, b: Value, op: BinaryOpArg) -> PyResult<Value> {
        let ta = self.type_of(a);
        if !type_of_obj(ta).builtin {
            let (_, _, iname) = dunder_names(op);
            let iname = self.intern(iname);
            if let Some(m) = self.user_lookup(ta, iname) {
                return self.call_descr(m, a, ta, &[b]);
            }
        }
        match (kind_of(a), op) {
            (Some(Kind::List), BinaryOpArg::InplaceAdd) => {
                let items = self.collect_iter(b)?;
                list_of(a).items.extend(items);
                Ok(a)
            }
            (Some(Kind::List), BinaryOpArg::InplaceMultiply) => {
                if let Some(Num::I(n)) = self.num(b) {
                    let l = &mut list_of(a).items;
                    let orig = l.clone();
                    l.clear();
                    for _ in 0..n.max(0) {
                        l.extend_from_slice(&orig);
                    }
                    return Ok(a);
                }
                Ok(self.not_implemented)
            }
            (
                Some(Kind::Set),
                BinaryOpArg::InplaceOr
                | BinaryOpArg::InplaceAnd
                | BinaryOpArg::InplaceSubtract
                | BinaryOpArg::InplaceXor,
            ) if !set_of(a).frozen && is_kind(b, Kind::Set) => {
                // |=, -= and ^= update the table in place as CPython does (the
                // iteration order depends on it); &= swaps in a new table.
                match op {
                    BinaryOpArg::InplaceOr => {
                        crate::methods::set_fill(self, a, b)?;
                        return Ok(a);
                    }
                    BinaryOpArg::InplaceSubtract | BinaryOpArg::InplaceXor => {
                        let xor = op == BinaryOpArg::InplaceXor;
                        let entries: Vec<_> = set_of(b).iter().collect();
                        for e in entries {
                            if !self.set_discard(a, e.key)? && xor {
                                let this: *mut Interp = self;
                                set_of(a).add(e.key, e.hash, &mut |x, y| {
                                    // SAFETY: unique interpreter reference.
                                    unsafe { (*this).eq(x, y) }
                                })?;
                            }
                        }
                        return Ok(a);
                    }
                    _ => {}
                }
                let r = self.native_binop(a, b, op.base())?;
                if r == self.not_implemented {
                    return Ok(r);
                }
                let ro = set_of(r);
                let so = set_of(a);
                so.table = ro.table.clone();
                so.fill = ro.fill;
                so.used = ro.used;
                Ok(a)
            }
            (Some(Kind::Dict), BinaryOpArg::InplaceOr) => {
                self.dict_update_from(a, b, false)?;
                Ok(a)
            }
            _ => Ok(self.not_implemented),
        }
    }

    /// Builtin semantics of a binary operator; NotImplemented when the
    /// operand types don't apply.
    pub fn native_binop(&mut self, a: Value, b: Value, op: BinaryOpArg) -> PyResult<Value> {
        if a.is_bool()
            && b.is_bool()
            && matches!(op, BinaryOpArg::And | BinaryOpArg::Or | BinaryOpArg::Xor)
        {
            let (x, y) = (a == Value::TRUE, b == Value::TRUE);
            return Ok(Value::bool(match op {
                BinaryOpArg::And => x & y,
                BinaryOpArg::Or => x | y,
                _ => x ^ y,
            }));
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return self.num_binop(x, y, op);
        }
        if let Some(r) = self.complex_binop(a, b, op)? {
            return Ok(r);
        }
        let ni = self.not_implemented;
        match (kind_of(a), kind_of(b), op) {
            (Some(Kind::Str), Some(Kind::Str), BinaryOpArg::Add) => {
                let mut s = String::with_capacity(str_of(a).s.len() + str_of(b).s.len());
                s.push_str(as_str(a));
                s.push_str(as_str(b));
                Ok(self.new_str(s))
            }
            (Some(Kind::Str), _, BinaryOpArg::Multiply)
            | (_, Some(Kind::Str), BinaryOpArg::Multiply) => {
                let (s, n) = if is_kind(a, Kind::Str) {
                    (a, b)
                } else {
                    (b, a)
                };
                let Some(n) = self.repeat_count(n)? else {
                    return Ok(ni);
                };
                let len = str_of(s).nchars as i64;
                if n > 0 && len > i64::MAX / n {
                    return self.overflow("repeated string is too long");
                }
                if n > 0 && (str_of(s).s.len() as i64).saturating_mul(n) > (1 << 34) {
                    return self.err(self.t.memory_error, "");
                }
                Ok(self.new_str(as_str(s).repeat(n.max(0) as usize)))
            }
            (Some(Kind::Str), _, BinaryOpArg::Remainder) => {
                crate::builtins::percent_format(self, a, b)
            }
            (Some(Kind::Bytes), _, BinaryOpArg::Remainder) => {
                crate::builtins::bytes_percent_format(self, a, b)
            }
            (Some(Kind::List), Some(Kind::List), BinaryOpArg::Add) => {
                let mut v = list_of(a).items.clone();
                v.extend_from_slice(&list_of(b).items);
                Ok(self.new_list(v))
            }
            (Some(Kind::Tuple), Some(Kind::Tuple), BinaryOpArg::Add) => {
                let mut v = tuple_of(a).items.clone();
                v.extend_from_slice(&tuple_of(b).items);
                Ok(self.new_tuple(v))
            }
            (Some(Kind::Bytes), Some(Kind::Bytes), BinaryOpArg::Add) => {
                let mut v = bytes_of(a).b.clone();
                v.extend_from_slice(&bytes_of(b).b);
                Ok(if bytes_of(a).mutable {
                    self.new_bytearray(v)
                } else {
                    self.new_bytes(v)
                })
            }
            (Some(k @ (Kind::List | Kind::Tuple | Kind::Bytes)), _, BinaryOpArg::Multiply)
            | (_, Some(k @ (Kind::List | Kind::Tuple | Kind::Bytes)), BinaryOpArg::Multiply) => {
                let (s, n) = if is_kind(a, k) { (a, b) } else { (b, a) };
                let Some(n) = self.repeat_count(n)? else {
                    return Ok(ni);
                };
                let n = n.max(0) as usize;
                let len = match k {
                    Kind::List => list_of(s).items.len(),
                    Kind::Tuple => tuple_of(s).items.len(),
                    _ => bytes_of(s).b.len(),
                };
                if n > 0 && len > (isize::MAX as usize) / n {
                    return if k == Kind::Bytes && !bytes_of(s).mutable {
                        self.overflow("repeated bytes are too long")
                    } else {
                        self.err(self.t.memory_error, "")
                    };
                }
                // Beyond what this process can hold: MemoryError rather than an abort.
                if len.saturating_mul(n) > (1 << 31) {
                    return self.err(self.t.memory_error, "");
                }
                match k {
                    Kind::List => {
                        let items = &list_of(s).items;
                        let mut v = Vec::with_capacity(items.len() * n);
                        for _ in 0..n {
                            v.extend_from_slice(items);
                        }
                        Ok(self.new_list(v))
                    }
                    Kind::Tuple => {
                        let items = &tuple_of(s).items;
                        let mut v = Vec::with_capacity(items.len() * n);
                        for _ in 0..n {
                            v.extend_from_slice(items);
                        }
                        Ok(self.new_tuple(v))
                    }
                    _ => {
                        let v = bytes_of(s).b.repeat(n);
                        Ok(if bytes_of(s).mutable {
                            self.new_bytearray(v)
                        } else {
                            self.new_bytes(v)
                        })
                    }
                }
            }
            (
                Some(Kind::Set),
                Some(Kind::Set),
                BinaryOpArg::Or | BinaryOpArg::And | BinaryOpArg::Subtract | BinaryOpArg::Xor,
            ) => crate::builtins::set_binop(self, a, b, op),
            (
                Some(Kind::DictView),
                _,
                BinaryOpArg::Or | BinaryOpArg::And | BinaryOpArg::Subtract | BinaryOpArg::Xor,
            ) if view_of(a).which != 1 => {
                let items = self.collect_iter(a)?;
                let sa = self.new_set(false);
                for i in items {
                    self.set_add(sa, i)?;
                }
                let items = self.collect_iter(b)?;
                let sb = self.new_set(false);
                for i in items {
                    self.set_add(sb, i)?;
                }
                crate::builtins::set_binop(self, sa, sb, op)
            }
            (Some(Kind::Dict), Some(Kind::Dict), BinaryOpArg::Or) => {
                let d = self.new_dict();
                self.dict_update_from(d, a, false)?;
                self.dict_update_from(d, b, false)?;
                Ok(d)
            }
            _ => Ok(ni),
        }
    }

    pub fn num_binop(&mut self, x: Num<'_>, y: Num<'_>, op: BinaryOpArg) -> PyResult<Value> {
        use BinaryOpArg::*;
        if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            if matches!(op, And | Or | Xor | Lshift | Rshift | MatrixMultiply) {
                return Ok(self.not_implemented);
            }
            let a = self.to_f64(&x)?;
            let b = self.to_f64(&y)?;
            return self.float_binop(a, b, op);
        }
        if let (Num::I(a), Num::I(b)) = (&x, &y) {
            let (a, b) = (*a as i128, *b as i128);
            match op {
                Add => return Ok(self.int_i128(a + b)),
                Subtract => return Ok(self.int_i128(a - b)),
                Multiply => return Ok(self.int_i128(a * b)),
                FloorDivide => {
                    if b == 0 {
                        return self.zero_div("integer division or modulo by zero");
                    }
                    return Ok(self.int_i128(Integer::div_floor(&a, &b)));
                }
                Remainder => {
                    if b == 0 {
                        return self.zero_div("integer modulo by zero");
                    }
                    return Ok(self.int_i128(Integer::mod_floor(&a, &b)));
                }
                And => return Ok(self.int_i128(a & b)),
                Or => return Ok(self.int_i128(a | b)),
                Xor => return Ok(self.int_i128(a ^ b)),
                TrueDivide => {
                    if b == 0 {
                        return self.zero_div("division by zero");
                    }
                    if a.abs() < (1 << 53) && b.abs() < (1 << 53) {
                        return Ok(self.new_float(a as f64 / b as f64));
                    }
                }
                Rshift => {
                    if b < 0 {
                        return self.value_err("negative shift count");
                    }
                    return Ok(self.int_i128(if b >= 127 {
                        if a < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        a >> b
                    }));
                }
                Lshift => {
                    if b < 0 {
                        return self.value_err("negative shift count");
                    }
                    if b < 64 && a.abs() < (1i128 << 62) {
                        return Ok(self.int_i128(a << b));
                    }
                }
                _ => {}
            }
        }
        let a = big(&x);
        let b = big(&y);
        let r = match op {
            Add => a + b,
            Subtract => a - b,
            Multiply => a * b,
            FloorDivide => {
                if b.is_zero() {
                    return self.zero_div("integer division or modulo by zero");
                }
                a.div_floor(&b)
            }
            Remainder => {
                if b.is_zero() {
                    return self.zero_div("integer modulo by zero");
                }
                a.mod_floor(&b)
            }
            And => a & b,
            Or => a | b,
            Xor => a ^ b,
            Lshift => {
                if b.is_negative() {
                    return self.value_err("negative shift count");
                }
                let s = match b.to_usize() {
                    Some(s) if s < (1 << 32) => s,
                    _ => return self.overflow("too many digits in integer"),
                };
                a << s
            }
            Rshift => {
                if b.is_negative() {
                    return self.value_err("negative shift count");
                }
                match b.to_usize() {
                    Some(s) => {
                        if a.is_negative() {
                            // floor semantics
                            let d = BigInt::from(1) << s;
                            a.div_floor(&d)
                        } else {
                            a >> s
                        }
                    }
                    None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
                }
            }
            TrueDivide => {
                if b.is_zero() {
                    return self.zero_div("division by zero");
                }
                let f = crate::builtins::int_true_div(self, &a, &b)?;
                return Ok(self.new_float(f));
            }
            Power => {
                if b.is_negative() {
                    let fa = self.to_f64(&Num::B(&a))?;
                    let fb = self.to_f64(&Num::B(&b))?;
                    return self.float_binop(fa, fb, Power);
                }
                let e = match b.to_u32() {
                    Some(e) => e,
                    None => {
                        if a.is_zero() || a == BigInt::from(1) {
                            return Ok(self.int_from_big(a));
                        }
                        if a == BigInt::from(-1) {
                            return Ok(self.int(if b.is_odd() { -1 } else { 1 }));
                        }
                        return self.overflow("exponent too large");
                    }
                };
                if a.bits() * e as u64 > 200_000_000 {
                    return self.err(self.t.memory_error, "");
                }
                num_traits::pow::Pow::pow(&a, e)
            }
            MatrixMultiply => return Ok(self.not_implemented),
            _ => return Ok(self.not_implemented),
        };
        Ok(self.int_from_big(r))
    }

    pub fn float_binop(&mut self, a: f64, b: f64, op: BinaryOpArg) -> PyResult<Value> {
        use BinaryOpArg::*;
        let r = match op {
            Add => a + b,
            Subtract => a - b,
            Multiply => a * b,
            TrueDivide => {
                if b == 0.0 {
                    return self.zero_div("float division by zero");
                }
                a / b
            }
            FloorDivide => {
                if b == 0.0 {
                    return self.zero_div("float floor division by zero");
                }
                float_divmod(a, b).0
            }
            Remainder => {
                if b == 0.0 {
                    return self.zero_div("float modulo");
                }
                float_divmod(a, b).1
            }
            Power => return self.float_pow(a, b),
            _ => return Ok(self.not_implemented),
        };
        Ok(self.new_float(r))
    }

    pub fn float_pow(&mut self, a: f64, b: f64) -> PyResult<Value> {
        if b == 0.0 {
            return Ok(self.new_float(1.0));
        }
        if a == 0.0 && b < 0.0 && b.is_finite() {
            return self.zero_div("0.0 cannot be raised to a negative power");
        }
        if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
            let c = crate::builtins::complex_pow(self, a, b)?;
            return Ok(c);
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            // CPython raises it from errno: args are (ERANGE, strerror).
            let msg = self.new_str("Numerical result out of range".into());
            let args = self.new_tuple(vec![Value::small_int(34), msg]);
            return Err(self.new_exc_args(self.t.overflow_error, args));
        }
        Ok(self.new_float(r))
    }

    pub fn unary_op(&mut self, a: Value, which: u8) -> PyResult<Value> {
        if let Some(n) = self.num(a) {
            if type_of_obj(self.type_of(a)).builtin
                || (is_kind(a, Kind::Int) || is_kind(a, Kind::Float))
                    && self.user_lookup(self.type_of(a), self.n.neg).is_none()
            {
                return match (which, n) {
                    (0, Num::I(i)) => Ok(self.int(-i)),
                    (0, Num::B(b)) => {
                        let r = -b.clone();
                        Ok(self.int_from_big(r))
                    }
                    (0, Num::F(f)) => Ok(self.new_float(-f)),
                    (1, Num::I(i)) => Ok(self.int(i)),
                    (1, Num::B(b)) => {
                        let r = b.clone();
                        Ok(self.int_from_big(r))
                    }
                    (1, Num::F(_)) if self.type_of(a) == self.t.float => Ok(a),
                    (1, Num::F(f)) => Ok(self.new_float(f)),
                    (2, Num::I(i)) => Ok(self.int(!i)),
                    (2, Num::B(b)) => {
                        let r = -(b.clone()) - 1;
                        Ok(self.int_from_big(r))
                    }
                    _ => self.type_err("bad operand type for unary ~: 'float'"),
                };
            }
        }
        let (name, sym) = match which {
            0 => (self.n.neg, "-"),
            1 => (self.n.pos, "+"),
            _ => (self.n.invert, "~"),
        };
        let ty = self.type_of(a);
        if let Some(m) = self.type_lookup(ty, name) {
            return self.call_descr(m, a, ty, &[]);
        }
        self.type_err(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(a)
        ))
    }

    // ------------------------------------------------------------ comparison

    /// A section entry point (see `Interp::vouch`), like `binary_op`.
    pub fn compare(&mut self, a: Value, b: Value, op: CompareOpArg) -> PyResult<Value> {
        let w = std::mem::take(&mut self.gc_window);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if type_of_obj(ta).builtin && type_of_obj(tb).builtin {
            if let Some(r) = self.complex_compare(a, b, op) {
                return Ok(Value::bool(r));
            }
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(Value::bool(r));
            }
            return match op {
                CompareOpArg::Eq => Ok(Value::bool(a == b)),
                CompareOpArg::Ne => Ok(Value::bool(a != b)),
                _ => self.cmp_error(a, b, op),
            };
        }
        if self.native_depth > self.recursion_limit {
            return self.recursion_err(" in comparison");
        }
        let (name, rname) = cmp_names(op);
        let name = self.intern(name);
        let rname = self.intern(rname);
        let lm = self.user_lookup(ta, name);
        let mut rm = self.user_lookup(tb, rname);
        if let Some(r) = rm {
            if ta != tb && self.is_subtype(tb, ta) {
                self.gc_window = w;
                let v = self.call_descr(r, b, tb, &[a])?;
                if v != self.not_implemented {
                    return Ok(v);
                }
                rm = None;
            }
        }
        if let Some(l) = lm {
            self.gc_window = w;
            let v = self.call_descr(l, a, ta, &[b])?;
            if v != self.not_implemented {
                return Ok(v);
            }
        } else if let Some(r) = self.complex_compare(a, b, op) {
            return Ok(Value::bool(r));
        } else if let Some(r) = self.native_compare(a, b, op)? {
            return Ok(Value::bool(r));
        }
        if let Some(r) = rm {
            self.gc_window = w;
            let v = self.call_descr(r, b, tb, &[a])?;
            if v != self.not_implemented {
                return Ok(v);
            }
        }
        match op {
            CompareOpArg::Eq => Ok(Value::bool(a == b)),
            CompareOpArg::Ne => {
                // Default __ne__ inverts __eq__.
                if self.user_lookup(ta, self.n.eq).is_some()
                    || self.user_lookup(tb, self.n.eq).is_some()
                {
                    let r = self.compare(a, b, CompareOpArg::Eq)?;
                    let t = self.truthy(r)?;
                    return Ok(Value::bool(!t));
                }
                Ok(Value::bool(a != b))
            }
            _ => self.cmp_error(a, b, op),
        }
    }

    fn cmp_error(&mut self, a: Value, b: Value, op: CompareOpArg) -> PyResult<Value> {
        let msg = format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        );
        self.type_err(msg)
    }

    /// Builtin comparison; None when the types don't compare natively.
    pub fn native_compare(
        &mut self,
        a: Value,
        b: Value,
        op: CompareOpArg,
    ) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            match (x, y) {
                (Num::I(x), Num::I(y)) => Some(x.cmp(&y)),
                (Num::F(x), Num::F(y)) => {
                    return Ok(Some(cmp_f(x, y, op)));
                }
                (Num::F(x), other) => match float_int_cmp(x, &big(&other)) {
                    Some(o) => Some(o),
                    None => return Ok(Some(op == CompareOpArg::Ne)),
                },
                (other, Num::F(y)) => match float_int_cmp(y, &big(&other)) {
                    Some(o) => Some(o.reverse()),
                    None => return Ok(Some(op == CompareOpArg::Ne)),
                },
                (x, y) => Some(big(&x).cmp(&big(&y))),
            }
        } else {
            match (kind_of(a), kind_of(b)) {
                (Some(Kind::Str), Some(Kind::Str)) => Some(str_of(a).s.cmp(&str_of(b).s)),
                (Some(Kind::Bytes), Some(Kind::Bytes)) => Some(bytes_of(a).b.cmp(&bytes_of(b).b)),
                (Some(Kind::List), Some(Kind::List)) | (Some(Kind::Tuple), Some(Kind::Tuple)) => {
                    let (x, y) = if is_kind(a, Kind::List) {
                        (list_of(a).items.clone(), list_of(b).items.clone())
                    } else {
                        (tuple_of(a).items.clone(), tuple_of(b).items.clone())
                    };
                    if matches!(op, CompareOpArg::Eq | CompareOpArg::Ne) && x.len() != y.len() {
                        return Ok(Some(op == CompareOpArg::Ne));
                    }
                    for i in 0..x.len().min(y.len()) {
                        if !self.eq(x[i], y[i])? {
                            return match op {
                                CompareOpArg::Eq => Ok(Some(false)),
                                CompareOpArg::Ne => Ok(Some(true)),
                                _ => {
                                    let r = self.compare(x[i], y[i], op)?;
                                    Ok(Some(self.truthy(r)?))
                                }
                            };
                        }
                    }
                    Some(x.len().cmp(&y.len()))
                }
                (Some(Kind::Set), Some(Kind::Set)) => {
                    let (la, lb) = (set_of(a).len(), set_of(b).len());
                    let a_in_b = self.set_subset(a, b)?;
                    let b_in_a = self.set_subset(b, a)?;
                    return Ok(Some(match op {
                        CompareOpArg::Eq => la == lb && a_in_b,
                        CompareOpArg::Ne => !(la == lb && a_in_b),
                        CompareOpArg::Le => a_in_b,
                        CompareOpArg::Lt => a_in_b && la < lb,
                        CompareOpArg::Ge => b_in_a,
                        CompareOpArg::Gt => b_in_a && la > lb,
                    }));
                }
                (Some(Kind::Dict), Some(Kind::Dict)) => {
                    if !matches!(op, CompareOpArg::Eq | CompareOpArg::Ne) {
                        return Ok(None);
                    }
                    let eq = self.dict_eq(a, b)?;
                    return Ok(Some(eq == (op == CompareOpArg::Eq)));
                }
                (Some(Kind::Slice), Some(Kind::Slice)) => {
                    let (x, y) = (slice_of(a), slice_of(b));
                    let ta = self.new_tuple(vec![x.start, x.stop, x.step]);
                    let tb = self.new_tuple(vec![y.start, y.stop, y.step]);
                    return self.native_compare(ta, tb, op);
                }
                (Some(Kind::Range), Some(Kind::Range))
                    if matches!(op, CompareOpArg::Eq | CompareOpArg::Ne) =>
                {
                    let eq = crate::builtins::range_equal(a, b);
                    return Ok(Some(eq == (op == CompareOpArg::Eq)));
                }
                (Some(Kind::DictView), _) | (_, Some(Kind::DictView))
                    if matches!(op, CompareOpArg::Eq | CompareOpArg::Ne) =>
                {
                    if is_kind(a, Kind::DictView) && view_of(a).which == 1 {
                        return Ok(Some(
                            op == CompareOpArg::Ne && a != b || op == CompareOpArg::Eq && a == b,
                        ));
                    }
                    let sa = self.as_set_value(a)?;
                    let sb = self.as_set_value(b)?;
                    return self.native_compare(sa, sb, op);
                }
                _ => {
                    if a == b && matches!(op, CompareOpArg::Eq | CompareOpArg::Ne) {
                        return Ok(Some(op == CompareOpArg::Eq));
                    }
                    if matches!(op, CompareOpArg::Eq | CompareOpArg::Ne)
                        && (a.is_none() || b.is_none())
                    {
                        return Ok(Some((a == b) == (op == CompareOpArg::Eq)));
                    }
                    return Ok(None);
                }
            }
        };
        let o = match ord {
            Some(o) => o,
            None => return Ok(None),
        };
        Ok(Some(match op {
            CompareOpArg::Lt => o == Ordering::Less,
            CompareOpArg::Le => o != Ordering::Greater,
            CompareOpArg::Eq => o == Ordering::Equal,
            CompareOpArg::Ne => o != Ordering::Equal,
            CompareOpArg::Gt => o == Ordering::Greater,
            CompareOpArg::Ge => o != Ordering::Less,
        }))
    }

    fn as_set_value(&mut self, v: Value) -> PyResult<Value> {
        if is_kind(v, Kind::Set) {
            return Ok(v);
        }
        let items = self.collect_iter(v)?;
        let s = self.new_set(false);
        for i in items {
            self.set_add(s, i)?;
        }
        Ok(s)
    }

    fn set_subset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let items: Vec<_> = set_of(a).iter().collect();
        for e in items {
            if !self.set_contains_hashed(b, e.key, e.hash)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if dict_of(a).len() != dict_of(b).len() {
            return Ok(false);
        }
        let entries: Vec<_> = dict_of(a).iter_hashed().collect();
        for e in entries {
            let mut eqf = |x: Value, y: Value| self_eq_static(x, y);
            let found = dict_of(b).find(e.key, e.hash, &mut eqf);
            let bv = match found {
                Ok(Some(i)) => dict_of(b).entries[i].value,
                Ok(None) => match self.dict_get(b, e.key)? {
                    Some(v) => v,
                    None => return Ok(false),
                },
                Err(x) => return Err(x),
            };
            if !self.eq(e.value, bv)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a == b` as used by containers: identity first, then `==`.
    /// A section entry point (see `Interp::vouch`), like `compare`.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let w = std::mem::take(&mut self.gc_window);
        if a == b {
            return Ok(true);
        }
        if a.is_small_int() && b.is_small_int() {
            return Ok(false);
        }
        if is_kind(a, Kind::Str) && is_kind(b, Kind::Str) && type_of_obj(self.type_of(a)).builtin {
            return Ok(str_of(a).s == str_of(b).s);
        }
        self.gc_window = w;
        let r = self.compare(a, b, CompareOpArg::Eq)?;
        if r.is_bool() {
            return Ok(r == Value::TRUE);
        }
        self.truthy(r)
    }

    // ------------------------------------------------------------ truth

    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v.is_bool() {
            return Ok(v == Value::TRUE);
        }
        if v.is_small_int() {
            return Ok(v.as_small_int() != 0);
        }
        if v.is_float() {
            return Ok(v.as_float() != 0.0);
        }
        if v.is_none() {
            return Ok(false);
        }
        let ty = self.type_of(v);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.bool_) {
                let r = self.call_descr(m, v, ty, &[])?;
                if !r.is_bool() {
                    return self.type_err(format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(r)
                    ));
                }
                return Ok(r == Value::TRUE);
            }
            if let Some(m) = self.user_lookup(ty, self.n.len) {
                let r = self.call_descr(m, v, ty, &[])?;
                let n = self.index_of(r)?;
                if n < 0 {
                    return self.value_err("__len__() should return >= 0");
                }
                return Ok(n != 0);
            }
        }
        Ok(match kind_of(v) {
            Some(Kind::Str) => !str_of(v).s.is_empty(),
            Some(Kind::List) => !list_of(v).items.is_empty(),
            Some(Kind::Tuple) => !tuple_of(v).items.is_empty(),
            Some(Kind::Dict) => !dict_of(v).is_empty(),
            Some(Kind::Set) => !set_of(v).is_empty(),
            Some(Kind::Bytes) => !bytes_of(v).b.is_empty(),
            Some(Kind::Int) => !bigint_of(v).0.is_zero(),
            Some(Kind::Float) => float_obj_of(v).0 != 0.0,
            Some(Kind::Complex) => {
                let (re, im) = crate::complex::complex_parts(v);
                re != 0.0 || im != 0.0
            }
            Some(Kind::Range) => !crate::range::range_len_big(v).is_zero(),
            Some(Kind::DictView) => !dict_of(view_of(v).dict).is_empty(),
            _ => true,
        })
    }

    // ------------------------------------------------------------ hashing

    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if v.is_small_int() {
            return Ok(hash_i64(v.as_small_int()));
        }
        if v.is_float() {
            return Ok(hash_f64(v.as_float()));
        }
        if v.is_bool() {
            return Ok((v == Value::TRUE) as i64);
        }
        if v.is_none() {
            return Ok(0x5f3759df);
        }
        let ty = self.type_of(v);
        if !type_of_obj(ty).builtin {
            match self.user_lookup(ty, self.n.hash) {
                Some(h) if h.is_none() => {
                    return self.type_err(format!("unhashable type: '{}'", type_of_obj(ty).name));
                }
                Some(h) => {
                    let r = self.call_descr(h, v, ty, &[])?;
                    return match self.num(r) {
                        Some(Num::I(i)) => Ok(if i == -1 { -2 } else { i }),
                        Some(Num::B(b)) => Ok(hash_big(b)),
                        _ => self.type_err("__hash__ method should return an integer"),
                    };
                }
                None => {}
            }
        }
        match kind_of(v) {
            Some(Kind::Str) => Ok(str_hash(v)),
            Some(Kind::Int) => Ok(hash_big(&bigint_of(v).0)),
            Some(Kind::Range) => self.range_hash_value(v),
            // A NaN hashes by identity (object.__hash__), as in CPython 3.10+.
            Some(Kind::Float) if !float_obj_of(v).0.is_nan() => Ok(hash_f64(float_obj_of(v).0)),
            Some(Kind::Tuple) => {
                let items = tuple_of(v).items.clone();
                let mut acc: u64 = 2870177450012600261;
                for it in &items {
                    let lane = self.hash(*it)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(14029467366897019727));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(11400714785074694791);
                }
                acc = acc.wrapping_add((items.len() as u64) ^ (2870177450012600261u64 ^ 3527539));
                Ok(if acc == u64::MAX {
                    1546275796
                } else {
                    acc as i64
                })
            }
            Some(Kind::Bytes) if !bytes_of(v).mutable => {
                Ok(crate::interp::hash_bytes(&bytes_of(v).b))
            }
            Some(Kind::Set) if set_of(v).frozen => {
                let s = set_of(v);
                if s.hash != -1 {
                    return Ok(s.hash);
                }
                let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                let mut hash: u64 = 0;
                for e in s.table.iter() {
                    if !e.key.is_null() && e.key != crate::set::DUMMY {
                        hash ^= shuffle(e.hash as u64);
                    }
                }
                let mask = s.table.len() - 1;
                if (mask + 1 - s.fill) & 1 == 1 {
                    hash ^= shuffle(0);
                }
                if (s.fill - s.used) & 1 == 1 {
                    hash ^= shuffle(u64::MAX);
                }
                hash ^= (s.used as u64 + 1).wrapping_mul(1927868237);
                hash ^= (hash >> 11) ^ (hash >> 25);
                hash = hash.wrapping_mul(69069).wrapping_add(907133923);
                if hash == u64::MAX {
                    hash = 590923713;
                }
                s.hash = hash as i64;
                Ok(hash as i64)
            }
            Some(Kind::List) | Some(Kind::Dict) | Some(Kind::Set) | Some(Kind::Bytes)
            | Some(Kind::DictView) => {
                self.type_err(format!("unhashable type: '{}'", self.type_name(v)))
            }
            Some(Kind::Slice) => self.type_err("unhashable type: 'slice'"),
            Some(Kind::Complex) => Ok(self.complex_hash(v)),
            Some(Kind::Method) => {
                let m = method_of(v);
                let (f, s) = (m.func, m.self_);
                let a = self.hash(s)?;
                Ok(a ^ (f.0 >> 4) as i64)
            }
            _ => {
                if is_kind(v, Kind::Exception) || is_kind(v, Kind::Instance) {
                    // fallthrough to identity
                }
                let p = v.as_ptr() as u64;
                Ok(p.rotate_right(4) as i64 & i64::MAX)
            }
        }
    }

    // ------------------------------------------------------------ repr / str

    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(self.new_str(s))
    }

    pub fn str(&mut self, v: Value) -> PyResult<Value> {
        if is_kind(v, Kind::Str) && self.type_of(v) == self.t.str_ {
            return Ok(v);
        }
        let s = self.str_string(v)?;
        Ok(self.new_str(s))
    }

    pub fn ascii(&mut self, v: Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        let mut out = String::new();
        for c in s.chars() {
            let c32 = c as u32;
            if c32 < 128 {
                out.push(c);
            } else if c32 < 256 {
                out.push_str(&format!("\\x{c32:02x}"));
            } else if c32 < 65536 {
                out.push_str(&format!("\\u{c32:04x}"));
            } else {
                out.push_str(&format!("\\U{c32:08x}"));
            }
        }
        Ok(self.new_str(out))
    }

    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        let ty = self.type_of(v);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.str_) {
                let r = self.call_descr(m, v, ty, &[])?;
                if !is_kind(r, Kind::Str) {
                    return self.type_err(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(r)
                    ));
                }
                return Ok(as_str(r).to_string());
            }
            if self.user_lookup(ty, self.n.repr).is_some() {
                return self.repr_string(v);
            }
        }
        match kind_of(v) {
            Some(Kind::Str) => Ok(as_str(v).to_string()),
            Some(Kind::Exception) => self.exc_str(v),
            _ => self.repr_string(v),
        }
    }

    pub fn exc_str(&mut self, v: Value) -> PyResult<String> {
        let args = tuple_of(exc_of(v).args).items.clone();
        if self.isinstance(v, self.t.key_error) && args.len() == 1 {
            return self.repr_string(args[0]);
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str_string(args[0]),
            _ => {
                let t = exc_of(v).args;
                self.repr_string(t)
            }
        }
    }

    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        if v.is_small_int() {
            return Ok(v.as_small_int().to_string());
        }
        if v.is_float() {
            return Ok(crate::support::float_repr::float_repr(v.as_float()));
        }
        if v.is_bool() {
            return Ok(if v == Value::TRUE { "True" } else { "False" }.into());
        }
        if v.is_none() {
            return Ok("None".into());
        }
        if v.is_null() {
            return Ok("<NULL>".into());
        }
        let ty = self.type_of(v);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.repr) {
                if self.native_depth > self.recursion_limit {
                    return self.recursion_err(" while getting the repr of an object");
                }
                let r = self.call_descr(m, v, ty, &[])?;
                if !is_kind(r, Kind::Str) {
                    return self.type_err(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(r)
                    ));
                }
                return Ok(as_str(r).to_string());
            }
        }
        let k = kind_of(v).unwrap();
        if matches!(
            k,
            Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::DictView | Kind::Instance
        ) {
            if self.repr_stack.contains(&v) {
                return Ok(match k {
                    Kind::List => "[...]",
                    Kind::Dict => "{...}",
                    Kind::Tuple => "(...)",
                    _ => "...",
                }
                .into());
            }
            if self.repr_stack.len() > self.recursion_limit {
                return self.recursion_err(" while getting the repr of an object");
            }
            self.repr_stack.push(v);
            let r = self.container_repr(v, k);
            self.repr_stack.pop();
            return r;
        }
        self.container_repr(v, k)
    }

    fn seq_repr(&mut self, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        let mut s = String::from(open);
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr_string(*it)?);
        }
        s.push_str(close);
        Ok(s)
    }

    fn container_repr(&mut self, v: Value, k: Kind) -> PyResult<String> {
        let ty = self.type_of(v);
        let tname = type_of_obj(ty).name.clone();
        Ok(match k {
            Kind::Complex => self.complex_repr(v),
            Kind::Str => crate::support::strings::repr_str(as_str(v)),
            Kind::Float => crate::support::float_repr::float_repr(float_obj_of(v).0),
            Kind::Int => {
                let b = &bigint_of(v).0;
                if b.bits() > 14_300 {
                    let digits = b.to_string().trim_start_matches('-').len();
                    if digits > 4300 {
                        return self.value_err("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
                    }
                }
                b.to_string()
            }
            Kind::List => {
                let items = list_of(v).items.clone();
                self.seq_repr(&items, "[", "]")?
            }
            Kind::Tuple => {
                let items = tuple_of(v).items.clone();
                if items.len() == 1 {
                    format!("({},)", self.repr_string(items[0])?)
                } else {
                    self.seq_repr(&items, "(", ")")?
                }
            }
            Kind::Dict => {
                let items: Vec<(Value, Value)> = dict_of(v).iter().collect();
                let mut s = String::from("{");
                for (i, (k, x)) in items.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.repr_string(*k)?);
                    s.push_str(": ");
                    s.push_str(&self.repr_string(*x)?);
                }
                s.push('}');
                s
            }
            Kind::Set => {
                let items: Vec<Value> = set_of(v).iter().map(|e| e.key).collect();
                let frozen = set_of(v).frozen;
                if items.is_empty() {
                    return Ok(format!("{tname}()"));
                }
                let inner = self.seq_repr(&items, "{", "}")?;
                if frozen || ty != self.t.set {
                    format!("{tname}({inner})")
                } else {
                    inner
                }
            }
            Kind::Bytes => {
                let b = bytes_repr(&bytes_of(v).b);
                if bytes_of(v).mutable {
                    format!("bytearray({b})")
                } else {
                    b
                }
            }
            Kind::Range => Interp::range_repr(v),
            Kind::Slice => {
                let s = slice_of(v);
                let (a, b, c) = (s.start, s.stop, s.step);
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(a)?,
                    self.repr_string(b)?,
                    self.repr_string(c)?
                )
            }
            Kind::Function => format!(
                "<function {} at {:#x}>",
                as_str(func_of(v).qualname),
                v.as_ptr() as usize
            ),
            Kind::Native => {
                let n = native_of(v);
                if !n.bound.is_null() && !is_kind(n.bound, Kind::Module) {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        n.name,
                        self.type_name(n.bound),
                        n.bound.as_ptr() as usize
                    )
                } else if n.binds && !n.owner.is_null() {
                    format!(
                        "<method '{}' of '{}' objects>",
                        n.name,
                        type_of_obj(n.owner).name
                    )
                } else {
                    format!("<built-in function {}>", n.name)
                }
            }
            Kind::Method => {
                let m = method_of(v);
                let (f, s) = (m.func, m.self_);
                let fname = match kind_of(f) {
                    Some(Kind::Function) => as_str(func_of(f).qualname).to_string(),
                    Some(Kind::Native) => native_of(f).name.to_string(),
                    _ => "?".into(),
                };
                if is_kind(f, Kind::Native) {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        fname,
                        self.type_name(s),
                        s.0 & 0xffff_ffff_ffff
                    )
                } else {
                    format!("<bound method {} of {}>", fname, self.repr_string(s)?)
                }
            }
            Kind::Type => {
                let t = type_of_obj(v);
                if t.builtin {
                    format!("<class '{}'>", t.name)
                } else {
                    let m = crate::interp::dict_get_str(dict_of(t.dict), self.n.module);
                    match m {
                        Some(m) if is_kind(m, Kind::Str) && as_str(m) != "builtins" => {
                            format!("<class '{}.{}'>", as_str(m), t.qualname)
                        }
                        _ => format!("<class '{}'>", t.qualname),
                    }
                }
            }
            Kind::Module => {
                let m = module_of(v);
                let name = as_str(m.name).to_string();
                let f = crate::interp::dict_get_str(dict_of(m.dict), self.n.file);
                match f {
                    Some(f) if is_kind(f, Kind::Str) => {
                        format!("<module '{}' from '{}'>", name, as_str(f))
                    }
                    _ => format!("<module '{name}' (built-in)>"),
                }
            }
            Kind::Exception => {
                let args = exc_of(v).args;
                let items = tuple_of(args).items.clone();
                if items.len() == 1 {
                    format!("{}({})", tname, self.repr_string(items[0])?)
                } else {
                    format!("{}{}", tname, self.repr_string(args)?)
                }
            }
            Kind::Generator => format!(
                "<generator object {} at {:#x}>",
                as_str(gen_of(v).qualname),
                v.as_ptr() as usize
            ),
            Kind::Cell => format!("<cell at {:#x}>", v.as_ptr() as usize),
            Kind::Code => format!(
                "<code object {} at {:#x}>",
                as_str(code_of(v).name),
                v.as_ptr() as usize
            ),
            Kind::DictView => {
                let vw = view_of(v);
                let items = self.collect_iter(v)?;
                let name = ["dict_keys", "dict_values", "dict_items"][vw.which as usize];
                format!("{}({})", name, self.seq_repr(&items, "[", "]")?)
            }
            Kind::File => {
                let f = file_of(v);
                format!(
                    "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
                    f.name, f.mode
                )
            }
            Kind::Instance => {
                if v == self.not_implemented {
                    "NotImplemented".into()
                } else if v == self.ellipsis {
                    "Ellipsis".into()
                } else {
                    let module = match crate::interp::dict_get_str(
                        dict_of(type_of_obj(ty).dict),
                        self.n.module,
                    ) {
                        Some(m) if is_kind(m, Kind::Str) => format!("{}.", as_str(m)),
                        _ => String::new(),
                    };
                    let module = if module == "builtins." {
                        String::new()
                    } else {
                        module
                    };
                    format!(
                        "<{}{} object at {:#x}>",
                        module,
                        type_of_obj(ty).qualname,
                        v.as_ptr() as usize
                    )
                }
            }
            Kind::Property => format!("<property object at {:#x}>", v.as_ptr() as usize),
            Kind::Super => format!(
                "<super: <class '{}'>, <{} object>>",
                type_of_obj(super_of(v).ty).name,
                self.type_name(super_of(v).obj)
            ),
            _ => format!("<{} object at {:#x}>", tname, v.as_ptr() as usize),
        })
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        let ty = self.type_of(v);
        if !type_of_obj(ty).builtin {
            if let Some(m) = self.user_lookup(ty, self.n.format) {
                return self.call_descr(m, v, ty, &[spec]);
            }
        }
        let sp = as_str(spec).to_string();
        let tname = type_of_obj(ty).name.clone();
        let r = if v.is_bool() && sp.is_empty() {
            Ok(if v == Value::TRUE {
                "True".to_string()
            } else {
                "False".to_string()
            })
        } else if let Some(n) = self.num(v) {
            match n {
                Num::F(f) => crate::support::format_spec::format_float(f, &sp, &tname),
                n => {
                    let b = big(&n);
                    if sp.is_empty() {
                        return self.str(v);
                    }
                    crate::support::format_spec::format_int(&b, &sp, &tname)
                }
            }
        } else if is_kind(v, Kind::Complex) {
            return self.complex_format(v, &sp);
        } else if is_kind(v, Kind::Str) {
            crate::support::format_spec::format_str(as_str(v), &sp, &tname)
        } else {
            if !sp.is_empty() {
                return self.type_err(format!(
                    "unsupported format string passed to {tname}.__format__"
                ));
            }
            return self.str(v);
        };
        match r {
            Ok(s) => Ok(self.new_str(s)),
            Err(e) => {
                let t = self.exc_type(e.kind);
                self.err(t, e.msg)
            }
        }
    }

    /// `operator.index`.
    pub fn index_of(&mut self, v: Value) -> PyResult<i64> {
        match self.num(v) {
            Some(Num::I(i)) => Ok(i),
            Some(Num::B(b)) => match b.to_i64() {
                Some(i) => Ok(i),
                None => self.err(
                    self.t.index_error,
                    "cannot fit 'int' into an index-sized integer",
                ),
            },
            _ => {
                let ty = self.type_of(v);
                if let Some(m) = self.user_lookup(ty, self.n.index) {
                    let r = self.call_descr(m, v, ty, &[])?;
                    return self.index_of(r);
                }
                self.type_err(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))
            }
        }
    }
}

fn self_eq_static(a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if is_kind(a, Kind::Str) && is_kind(b, Kind::Str) {
        return Ok(str_of(a).s == str_of(b).s);
    }
    if a.is_float() && b.is_float() {
        return Ok(a.as_float() == b.as_float());
    }
    if (a.is_small_int() || a.is_float() || a.is_bool())
        && (b.is_small_int() || b.is_float() || b.is_bool())
    {
        let fa = if a.is_float() {
            a.as_float()
        } else if a.is_bool() {
            (a == Value::TRUE) as i64 as f64
        } else {
            a.as_small_int() as f64
        };
        let fb = if b.is_float() {
            b.as_float()
        } else if b.is_bool() {
            (b == Value::TRUE) as i64 as f64
        } else {
            b.as_small_int() as f64
        };
        return Ok(fa == fb);
    }
    Ok(false)
}

/// Equality decidable without running Python code (None: needs the interpreter).
pub fn native_key_eq(a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    let simple = |v: Value| v.is_small_int() || v.is_float() || v.is_bool() || v.is_none();
    if simple(a) && simple(b) {
        return self_eq_static(a, b).ok();
    }
    if is_kind(a, Kind::Str) && is_kind(b, Kind::Str) {
        return Some(str_of(a).s == str_of(b).s);
    }
    if (simple(a) && is_kind(b, Kind::Str)) || (simple(b) && is_kind(a, Kind::Str)) {
        return Some(false);
    }
    None
}

fn cmp_f(x: f64, y: f64, op: CompareOpArg) -> bool {
    match op {
        CompareOpArg::Lt => x < y,
        CompareOpArg::Le => x <= y,
        CompareOpArg::Eq => x == y,
        CompareOpArg::Ne => x != y,
        CompareOpArg::Gt => x > y,
        CompareOpArg::Ge => x >= y,
    }
}

fn float_int_cmp(f: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() >= 1e38 {
        num_bigint::BigInt::from_signed_bytes_le(&[]) + big_from_f64(fl)
    } else {
        fb
    };
    match fb.cmp(i) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

pub fn big_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f.trunc()).unwrap_or_default()
}

fn cmp_names(op: CompareOpArg) -> (&'static str, &'static str) {
    match op {
        CompareOpArg::Lt => ("__lt__", "__gt__"),
        CompareOpArg::Le => ("__le__", "__ge__"),
        CompareOpArg::Eq => ("__eq__", "__eq__"),
        CompareOpArg::Ne => ("__ne__", "__ne__"),
        CompareOpArg::Gt => ("__gt__", "__lt__"),
        CompareOpArg::Ge => ("__ge__", "__le__"),
    }
}

/// Python's float divmod (floor semantics, sign of the divisor).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn hash_i64(i: i64) -> i64 {
    let r = if i >= 0 {
        (i as u64 % HASH_MOD) as i64
    } else {
        -(((i as i128).unsigned_abs() as u64 % HASH_MOD) as i64)
    };
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MOD);
    let r = (b.abs() % m).to_i64().unwrap_or(0);
    let r = if b.is_negative() { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        return 0;
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    let (mut m, mut e) = frexp(x);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & HASH_MOD) | acc >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= HASH_MOD {
            acc -= HASH_MOD;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    acc = ((acc << e) & HASH_MOD) | acc >> (61 - e);
    let r = (acc as i64) * sign;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    n == 0xad
        || (0x2028..=0x2029).contains(&n)
        || (0xd800..=0xdfff).contains(&n)
        || (0xe000..=0xf8ff).contains(&n)
        || n == 0xfeff
        || (0x200b..=0x200f).contains(&n)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(q);
    out
}
