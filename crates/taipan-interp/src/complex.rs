//! The builtin `complex` type: its heap object, `complex(...)`, arithmetic
//! mixed with int / float / bool, `==`, hashing, repr and `format`, and the
//! `real` / `imag` / `conjugate()` members. The numerics are CPython 3.11's
//! (`support::complex`, `support::format_spec`, `support::hash`).

use crate::interp::{Interp, PyResult};
use crate::object::*;
use crate::ops::Num;
use crate::support::complex as cx;
use crate::support::SupportError;
use crate::value::Value;

type Kw<'a> = &'a [(Value, Value)];
use num_traits::FromPrimitive;
use taipan_compiler::bytecode::{BinaryOpArg, CompareOpArg};

/// The payload of a complex object.
pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

/// The `(real, imag)` parts of a complex object (caller checks the kind).
pub fn complex_parts(v: Value) -> (f64, f64) {
    debug_assert!(is_kind(v, Kind::Complex));
    // SAFETY: the caller checked that `v` is a complex object.
    let c = unsafe { payload::<ComplexObj>(v) };
    (c.re, c.im)
}

impl Interp {
    /// A new complex number.
    pub fn new_complex(&mut self, re: f64, im: f64) -> Value {
        self.alloc(self.t.complex, Kind::Complex, ComplexObj { re, im })
    }

    /// Raises the Python exception a support routine reported.
    pub fn support_err<T>(&mut self, e: SupportError) -> PyResult<T> {
        let t = self.exc_type(e.kind);
        self.err(t, e.msg)
    }

    /// `v` as a complex number when it is an int, bool, float or complex;
    /// `None` for other types. Ints too large for a float overflow.
    pub fn as_complex(&mut self, v: Value) -> PyResult<Option<(f64, f64)>> {
        if is_kind(v, Kind::Complex) {
            return Ok(Some(complex_parts(v)));
        }
        match self.num(v) {
            Some(n) => Ok(Some((self.to_f64(&n)?, 0.0))),
            None => Ok(None),
        }
    }

    /// A binary operator with a complex operand (the other an int, bool,
    /// float or complex); `None` when neither operand is complex or the
    /// other is not a number, and NotImplemented for operators complex does
    /// not define.
    pub fn complex_binop(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOpArg,
    ) -> PyResult<Option<Value>> {
        if !is_kind(a, Kind::Complex) && !is_kind(b, Kind::Complex) {
            return Ok(None);
        }
        let ni = self.not_implemented;
        let (Some(x), Some(y)) = (self.as_complex(a)?, self.as_complex(b)?) else {
            return Ok(None);
        };
        let r = match op {
            BinaryOpArg::Add => cx::add(x, y),
            BinaryOpArg::Subtract => cx::sub(x, y),
            BinaryOpArg::Multiply => cx::mul(x, y),
            BinaryOpArg::TrueDivide => match cx::div(x, y) {
                Ok(r) => r,
                Err(e) => return self.support_err(e),
            },
            BinaryOpArg::Power => match cx::pow(x, y) {
                Ok(r) => r,
                Err(e) => return self.support_err(e),
            },
            _ => return Ok(Some(ni)),
        };
        Ok(Some(self.new_complex(r.0, r.1)))
    }

    /// `==` / `!=` with a complex operand: `None` when neither is complex or
    /// the other operand is not a number (ordering is never defined).
    pub fn complex_compare(&mut self, a: Value, b: Value, op: CompareOpArg) -> Option<bool> {
        if !is_kind(a, Kind::Complex) && !is_kind(b, Kind::Complex) {
            return None;
        }
        if !matches!(op, CompareOpArg::Eq | CompareOpArg::Ne) {
            return None;
        }
        let (c, other) = if is_kind(a, Kind::Complex) {
            (complex_parts(a), b)
        } else {
            (complex_parts(b), a)
        };
        let eq = if is_kind(other, Kind::Complex) {
            let o = complex_parts(other);
            c.0 == o.0 && c.1 == o.1
        } else {
            // CPython compares an int exactly (no rounding through float).
            match self.num(other)? {
                Num::F(f) => c.1 == 0.0 && c.0 == f,
                n => {
                    c.1 == 0.0
                        && c.0.is_finite()
                        && c.0.fract() == 0.0
                        && num_bigint::BigInt::from_f64(c.0)
                            .is_some_and(|r| r == crate::ops::big(&n))
                }
            }
        };
        Some(eq == (op == CompareOpArg::Eq))
    }

    /// `repr(z)` / `str(z)`.
    pub fn complex_repr(&self, v: Value) -> String {
        let (re, im) = complex_parts(v);
        crate::support::float_repr::complex_repr(re, im)
    }

    /// `hash(z)`.
    pub fn complex_hash(&self, v: Value) -> i64 {
        let (re, im) = complex_parts(v);
        crate::support::hash::hash_complex(re, im, v.0)
    }

    /// `format(z, spec)`.
    pub fn complex_format(&mut self, v: Value, spec: &str) -> PyResult<Value> {
        let (re, im) = complex_parts(v);
        let tname = type_of_obj(self.type_of(v)).name.clone();
        match crate::support::format_spec::format_complex(re, im, spec, &tname) {
            Ok(s) => Ok(self.new_str(s)),
            Err(e) => self.support_err(e),
        }
    }
}

/// `complex(real=0, imag=0)` / `complex(str)` (`complex_new`).
pub fn complex_ctor(it: &mut Interp, args: &[Value], kw: Kw<'_>) -> PyResult<Value> {
    let ty = args[0];
    let mut real: Option<Value> = args.get(1).copied();
    let mut imag: Option<Value> = args.get(2).copied();
    if args.len() > 3 {
        return it.type_err(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() - 1 + kw.len()
        ));
    }
    for (k, v) in kw {
        match as_str(*k) {
            "real" if real.is_none() => real = Some(*v),
            "imag" if imag.is_none() => imag = Some(*v),
            "real" | "imag" => {
                let pos = if as_str(*k) == "real" { 1 } else { 2 };
                return it.type_err(format!(
                    "argument for complex() given by name ('{}') and position ({pos})",
                    as_str(*k)
                ));
            }
            other => {
                return it.type_err(format!(
                    "'{other}' is an invalid keyword argument for complex()"
                ))
            }
        }
    }
    let (re, im) = complex_new(it, real, imag)?;
    if ty == it.t.complex {
        return Ok(it.new_complex(re, im));
    }
    it.type_err(format!(
        "cannot create '{}' instances",
        type_of_obj(ty).name
    ))
}

fn complex_new(it: &mut Interp, real: Option<Value>, imag: Option<Value>) -> PyResult<(f64, f64)> {
    let Some(r) = real else {
        return match imag {
            None => Ok((0.0, 0.0)),
            Some(i) => {
                let (ir, ii) = complex_arg(it, i, "imag")?;
                let re = if is_kind(i, Kind::Complex) { -ii } else { 0.0 };
                Ok((re, ir))
            }
        };
    };
    if is_kind(r, Kind::Str) {
        if imag.is_some() {
            return it.type_err("complex() can't take second arg if first is a string");
        }
        return match cx::complex_from_str(as_str(r)) {
            Ok(c) => Ok(c),
            Err(e) => it.support_err(e),
        };
    }
    if let Some(i) = imag {
        if is_kind(i, Kind::Str) {
            return it.type_err("complex() second arg can't be a string");
        }
    }
    let r_is_complex = is_kind(r, Kind::Complex);
    let (mut re, ri) = complex_arg(it, r, "real")?;
    let Some(i) = imag else {
        return Ok((re, ri));
    };
    // CPython's complex_new: real + imag*1j, using the imaginary parts only
    // of arguments that are complex (so signed zeros survive).
    let (mut im, ii) = complex_arg(it, i, "imag")?;
    if is_kind(i, Kind::Complex) {
        re -= ii;
    }
    if r_is_complex {
        im += ri;
    }
    Ok((re, im))
}

/// One argument of `complex(...)`: a number, or an object with `__complex__`,
/// `__float__` or `__index__`.
fn complex_arg(it: &mut Interp, v: Value, which: &str) -> PyResult<(f64, f64)> {
    if let Some(c) = it.as_complex(v)? {
        return Ok(c);
    }
    let ty = it.type_of(v);
    let complex_name = it.intern("__complex__");
    if let Some(m) = it.type_lookup(ty, complex_name) {
        let r = it.call_descr(m, v, ty, &[])?;
        if !is_kind(r, Kind::Complex) {
            return it.type_err(format!(
                "__complex__ returned non-complex (type {})",
                it.type_name(r)
            ));
        }
        return Ok(complex_parts(r));
    }
    for name in [it.n.float_, it.n.index] {
        if let Some(m) = it.type_lookup(ty, name) {
            let r = it.call_descr(m, v, ty, &[])?;
            if let Some(n) = it.num(r) {
                return Ok((it.to_f64(&n)?, 0.0));
            }
        }
    }
    let msg = if which == "real" {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            it.type_name(v)
        )
    } else {
        format!(
            "complex() second argument must be a number, not '{}'",
            it.type_name(v)
        )
    };
    it.type_err(msg)
}

fn self_complex(it: &mut Interp, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    match args.first() {
        Some(&v) if is_kind(v, Kind::Complex) => Ok(complex_parts(v)),
        _ => it.type_err(format!(
            "descriptor '{name}' requires a 'complex' object but received a '{}'",
            args.first()
                .map(|v| it.type_name(*v))
                .unwrap_or_else(|| "NoneType".into())
        )),
    }
}

fn no_args(it: &mut Interp, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() > 1 {
        return it.type_err(format!(
            "complex.{name}() takes no arguments ({} given)",
            args.len() - 1
        ));
    }
    Ok(())
}

fn complex_conjugate(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(it, args, "conjugate")?;
    no_args(it, args, "conjugate")?;
    Ok(it.new_complex(re, -im))
}

fn complex_abs(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let z = self_complex(it, args, "__abs__")?;
    match cx::abs(z) {
        Ok(r) => Ok(it.new_float(r)),
        Err(e) => it.support_err(e),
    }
}

fn complex_neg(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(it, args, "__neg__")?;
    Ok(it.new_complex(-re, -im))
}

fn complex_pos(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(it, args, "__pos__")?;
    Ok(it.new_complex(re, im))
}

fn complex_format_m(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    self_complex(it, args, "__format__")?;
    match args.get(1) {
        Some(&s) if is_kind(s, Kind::Str) && args.len() == 2 => {
            it.complex_format(args[0], as_str(s))
        }
        Some(&s) if args.len() == 2 => it.type_err(format!(
            "__format__() argument must be str, not {}",
            it.type_name(s)
        )),
        _ => it.type_err(format!(
            "__format__() takes exactly one argument ({} given)",
            args.len() - 1
        )),
    }
}

fn complex_getnewargs(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(it, args, "__getnewargs__")?;
    let (re, im) = (it.new_float(re), it.new_float(im));
    Ok(it.new_tuple(vec![re, im]))
}

macro_rules! complex_dunders {
    ($($fname:ident, $name:expr, $op:ident, $reflected:expr;)*) => {
        $(
            fn $fname(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
                self_complex(it, args, $name)?;
                if args.len() != 2 {
                    return it.type_err(format!(
                        "expected 1 argument, got {}",
                        args.len().saturating_sub(1)
                    ));
                }
                let (a, b) = if $reflected { (args[1], args[0]) } else { (args[0], args[1]) };
                match it.complex_binop(a, b, BinaryOpArg::$op)? {
                    Some(r) => Ok(r),
                    None => Ok(it.not_implemented),
                }
            }
        )*
        fn register_dunders(it: &mut Interp, t: Value) {
            $( crate::types::def(it, t, $name, $fname); )*
        }
    };
}
complex_dunders! {
    complex_add, "__add__", Add, false;
    complex_radd, "__radd__", Add, true;
    complex_sub, "__sub__", Subtract, false;
    complex_rsub, "__rsub__", Subtract, true;
    complex_mul, "__mul__", Multiply, false;
    complex_rmul, "__rmul__", Multiply, true;
    complex_truediv, "__truediv__", TrueDivide, false;
    complex_rtruediv, "__rtruediv__", TrueDivide, true;
    complex_pow, "__pow__", Power, false;
    complex_rpow, "__rpow__", Power, true;
}

fn complex_bool(it: &mut Interp, args: &[Value], _kw: Kw<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(it, args, "__bool__")?;
    Ok(Value::bool(re != 0.0 || im != 0.0))
}

/// Registers the methods of `complex`.
pub fn init_complex_type(it: &mut Interp) {
    let t = it.t.complex;
    register_dunders(it, t);
    crate::types::def(it, t, "__bool__", complex_bool);
    crate::types::def(it, t, "conjugate", complex_conjugate);
    crate::types::def(it, t, "__abs__", complex_abs);
    crate::types::def(it, t, "__neg__", complex_neg);
    crate::types::def(it, t, "__pos__", complex_pos);
    crate::types::def(it, t, "__format__", complex_format_m);
    crate::types::def(it, t, "__getnewargs__", complex_getnewargs);
}
