//! Compile-time constant folding of literal arithmetic, CPython-safe.
//!
//! Folds only what cannot raise and cannot build huge objects (CPython's
//! `ast_opt.c` limits: 128-bit integer results, 4096-item sequences).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_syntax::ast::{Operator, UnaryOp};

use crate::bytecode::Constant;

const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;
const EXACT_F64: i64 = 1 << 53;

/// Python truthiness of a constant.
pub fn truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Ellipsis => true,
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as i32)),
        _ => None,
    }
}

/// A number as f64 when the conversion is exact.
fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => {
            let i = as_int(c)?.to_i64()?;
            if i.abs() < EXACT_F64 {
                Some(i as f64)
            } else {
                None
            }
        }
    }
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => Some((as_float(c)?, 0.0)),
    }
}

fn is_number(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Int(_) | Constant::Bool(_) | Constant::Float(_) | Constant::Complex { .. }
    )
}

/// Folds a unary operator applied to a constant.
pub fn unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truthy(v)?)),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => Some(Constant::Int(-as_int(v)?)),
        },
        UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } => Some(v.clone()),
            _ => Some(Constant::Int(as_int(v)?)),
        },
        UnaryOp::Invert => {
            let i: BigInt = as_int(v)?;
            Some(Constant::Int(-(i + BigInt::from(1))))
        }
    }
}

fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let mut q = a / b;
    let mut r = a % b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q -= 1;
        r += b;
    }
    (q, r)
}

fn float_mod(vx: f64, wx: f64) -> f64 {
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    m
}

fn float_floordiv(vx: f64, wx: f64) -> f64 {
    let m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 && ((wx < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let mut fl = div.floor();
        if div - fl > 0.5 {
            fl += 1.0;
        }
        fl
    } else {
        0.0f64.copysign(vx / wx)
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

/// Folds `l op r` when safe.
pub fn binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    use Operator::*;
    // Sequences.
    match (op, l, r) {
        (Add, Constant::Str(a), Constant::Str(b)) => return Some(Constant::Str(format!("{a}{b}"))),
        (Add, Constant::Bytes(a), Constant::Bytes(b)) => {
            let mut v = a.clone();
            v.extend_from_slice(b);
            return Some(Constant::Bytes(v));
        }
        (Mult, Constant::Str(s), n) | (Mult, n, Constant::Str(s)) if as_int(n).is_some() => {
            let n = as_int(n)?.to_i64()?.max(0) as usize;
            if n > 0 && s.len() > MAX_STR_SIZE / n {
                return None;
            }
            return Some(Constant::Str(s.repeat(n)));
        }
        (Mult, Constant::Bytes(s), n) | (Mult, n, Constant::Bytes(s)) if as_int(n).is_some() => {
            let n = as_int(n)?.to_i64()?.max(0) as usize;
            if n > 0 && s.len() > MAX_STR_SIZE / n {
                return None;
            }
            return Some(Constant::Bytes(s.repeat(n)));
        }
        _ => {}
    }
    if !is_number(l) || !is_number(r) {
        return None;
    }
    let both_bool = matches!(l, Constant::Bool(_)) || matches!(r, Constant::Bool(_));
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        let res = match op {
            Add => a + b,
            Sub => a - b,
            Mult => {
                if !a.is_zero() && !b.is_zero() && bits(&a) + bits(&b) > MAX_INT_BITS {
                    return None;
                }
                a * b
            }
            FloorDiv | Mod => {
                if b.is_zero() {
                    return None;
                }
                let (q, r) = floor_divmod(&a, &b);
                if op == FloorDiv {
                    q
                } else {
                    r
                }
            }
            Div => {
                let (x, y) = (as_float(l)?, as_float(r)?);
                if y == 0.0 {
                    return None;
                }
                return Some(Constant::Float(x / y));
            }
            Pow => {
                if b.is_negative() {
                    return None;
                }
                let e = b.to_u64()?;
                if !a.is_zero() && e > 0 && bits(&a).saturating_mul(e) > MAX_INT_BITS {
                    return None;
                }
                num_traits::pow(a, e.min(u32::MAX as u64) as usize)
            }
            LShift => {
                if b.is_negative() {
                    return None;
                }
                let s = b.to_u64()?;
                if !a.is_zero() && (s > MAX_INT_BITS || bits(&a) > MAX_INT_BITS - s) {
                    return None;
                }
                a << s as usize
            }
            RShift => {
                if b.is_negative() {
                    return None;
                }
                let s = b.to_u64()?.min(1 << 20);
                a >> s as usize
            }
            BitAnd | BitOr | BitXor if both_bool => return None,
            BitAnd => a & b,
            BitOr => a | b,
            BitXor => a ^ b,
            MatMult => return None,
        };
        return Some(Constant::Int(res));
    }
    if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
        let (a, b) = as_complex(l)?;
        let (c, d) = as_complex(r)?;
        return match op {
            Add => Some(Constant::Complex {
                real: a + c,
                imag: b + d,
            }),
            Sub => Some(Constant::Complex {
                real: a - c,
                imag: b - d,
            }),
            _ => None,
        };
    }
    let (x, y) = (as_float(l)?, as_float(r)?);
    let v = match op {
        Add => x + y,
        Sub => x - y,
        Mult => x * y,
        Div if y != 0.0 => x / y,
        FloorDiv if y != 0.0 => float_floordiv(x, y),
        Mod if y != 0.0 => float_mod(x, y),
        _ => return None,
    };
    Some(Constant::Float(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Constant {
        Constant::Int(BigInt::from(i))
    }

    #[test]
    fn python_floor_semantics() {
        assert_eq!(binary(Operator::FloorDiv, &int(-7), &int(2)), Some(int(-4)));
        assert_eq!(binary(Operator::Mod, &int(-7), &int(2)), Some(int(1)));
        assert_eq!(binary(Operator::Mod, &int(7), &int(-2)), Some(int(-1)));
        assert_eq!(
            binary(Operator::Mod, &Constant::Float(-7.0), &Constant::Float(2.0)),
            Some(Constant::Float(1.0))
        );
        assert_eq!(binary(Operator::FloorDiv, &int(1), &int(0)), None);
    }

    #[test]
    fn limits() {
        assert!(binary(Operator::Pow, &int(2), &int(64)).is_some());
        assert_eq!(binary(Operator::Pow, &int(2), &int(100)), None);
        assert_eq!(binary(Operator::Pow, &int(2), &int(1000)), None);
        assert_eq!(
            binary(Operator::Mult, &Constant::Str("ab".into()), &int(3000)),
            None
        );
        assert_eq!(
            binary(
                Operator::BitAnd,
                &Constant::Bool(true),
                &Constant::Bool(true)
            ),
            None
        );
        assert_eq!(unary(UnaryOp::Invert, &Constant::Bool(true)), Some(int(-2)));
    }
}
