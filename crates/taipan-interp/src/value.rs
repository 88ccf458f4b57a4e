//! `Value`: one NaN-boxed machine word holding a float, a small int, a bool,
//! None, the NULL sentinel or a pointer to a heap object.
//!
//! Layout (top 16 bits): anything below `0xFFF9` is an `f64` stored as itself
//! (NaNs are canonicalised to `0x7FF8_0000_0000_0000`); `0xFFF9` small int
//! (48-bit signed payload), `0xFFFA` misc (None, NULL), `0xFFFB` bool,
//! `0xFFFC` heap pointer (48-bit address).

use crate::object::Header;

/// A Python value in one word. `Copy`; heap objects are owned by the heap.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(transparent)]
pub struct Value(pub u64);

const _: () = assert!(std::mem::size_of::<Value>() == 8);

const TAG_SHIFT: u32 = 48;
const TAG_INT: u64 = 0xFFF9;
const TAG_MISC: u64 = 0xFFFA;
const TAG_BOOL: u64 = 0xFFFB;
const TAG_PTR: u64 = 0xFFFC;
const PAYLOAD_MASK: u64 = (1 << 48) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest and largest ints stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    pub const NONE: Value = Value(TAG_MISC << TAG_SHIFT);
    /// The NULL sentinel: unbound locals and the calling convention's NULL.
    pub const NULL: Value = Value((TAG_MISC << TAG_SHIFT) | 1);
    pub const FALSE: Value = Value(TAG_BOOL << TAG_SHIFT);
    pub const TRUE: Value = Value((TAG_BOOL << TAG_SHIFT) | 1);

    #[inline(always)]
    fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0 < (TAG_INT << TAG_SHIFT)
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.0)
    }

    /// A small int; the caller guarantees the range.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }
    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
    }
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline(always)]
    pub fn as_small_int(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.tag() == TAG_PTR
    }
    #[inline(always)]
    pub fn ptr(p: *mut Header) -> Value {
        Value((TAG_PTR << TAG_SHIFT) | (p as u64 & PAYLOAD_MASK))
    }
    #[inline(always)]
    pub fn as_ptr(self) -> *mut Header {
        (self.0 & PAYLOAD_MASK) as *mut Header
    }
    /// Both operands small ints.
    #[inline(always)]
    pub fn both_small(a: Value, b: Value) -> bool {
        a.is_small_int() && b.is_small_int()
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_small_int() {
            write!(f, "Int({})", self.as_small_int())
        } else if self.is_bool() {
            write!(f, "Bool({})", *self == Value::TRUE)
        } else if self.is_none() {
            write!(f, "None")
        } else if self.is_null() {
            write!(f, "NULL")
        } else {
            write!(f, "Ptr({:#x})", self.as_ptr() as usize)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immediates_roundtrip() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345678901] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float());
            assert_eq!(v.as_small_int(), i);
        }
        for f in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
        ] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
        let nan = Value::float(f64::from_bits(0xFFFF_FFFF_FFFF_FFFF));
        assert!(nan.is_float() && nan.as_float().is_nan());
        assert!(!Value::NONE.is_float() && !Value::TRUE.is_float() && !Value::NULL.is_float());
        assert_ne!(Value::NONE, Value::NULL);
        assert!(Value::TRUE.is_bool() && Value::FALSE.is_bool());
    }
}
