//! CPython 3.11's hash algorithms for numbers and immutable containers
//! (Python/pyhash.c, Objects/longobject.c, tupleobject.c, setobject.c,
//! complexobject.c), so `hash(x)` and set/dict iteration orders match CPython.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// `_PyHASH_BITS`.
pub const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS` = 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `_PyHASH_INF`.
pub const HASH_INF: i64 = 314_159;
/// `_PyHASH_IMAG`.
pub const HASH_IMAG: u64 = 1_000_003;

fn fix_minus_one(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// `hash(n)` for an int (and bool): `n mod (2**61 - 1)` carrying n's sign, `-1 -> -2`.
pub fn hash_int(n: &BigInt) -> i64 {
    if let Some(v) = n.to_i64() {
        return hash_i64(v);
    }
    let m = (n.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
    fix_minus_one(if n.is_negative() { -m } else { m })
}

/// `hash(n)` for a machine-sized int.
pub fn hash_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if v < 0 { -m } else { m })
}

/// `_Py_HashPointer(p)`: the identity hash of an object at address/id `id`
/// (`object.__hash__`, and `hash(nan)` in 3.11).
pub fn hash_pointer(id: u64) -> i64 {
    fix_minus_one(id.rotate_right(4) as i64)
}

/// `_Py_HashDouble(inst, v)`: equal to `hash_int` for integral floats; NaN hashes by
/// identity (`nan_id` is the float object's id).
pub fn hash_float(v: f64, nan_id: u64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return hash_pointer(nan_id);
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    fix_minus_one((x as i64).wrapping_mul(sign))
}

/// C `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (or `m == 0`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// `hash(complex(real, imag))`.
pub fn hash_complex(real: f64, imag: f64, nan_id: u64) -> i64 {
    let hr = hash_float(real, nan_id) as u64;
    let hi = hash_float(imag, nan_id) as u64;
    let combined = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi));
    fix_minus_one(combined as i64)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(tuple)` from its items' hashes (3.8+'s xxHash-based `tuplehash`).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &h in item_hashes {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(frozenset)` from its elements' hashes (order-independent).
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    let mut hash: u64 = 0;
    for &h in item_hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (item_hashes.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `kind args... hash` lines produced by CPython 3.11.7's `hash()`.
    const CASES: &str = include_str!("testdata/hash_cases.txt");

    fn f(bits: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(bits, 16).unwrap())
    }

    fn list(s: &str) -> Vec<i64> {
        if s.is_empty() {
            Vec::new()
        } else {
            s.split(',').map(|x| x.parse().unwrap()).collect()
        }
    }

    #[test]
    fn cpython_hashes() {
        let mut n = 0;
        for line in CASES.lines() {
            let p: Vec<&str> = line.split(' ').collect();
            let want: i64 = p[p.len() - 1].parse().unwrap();
            let got = match p[0] {
                "int" => hash_int(&p[1].parse().unwrap()),
                "float" => hash_float(f(p[1]), 0),
                "ptr" => hash_pointer(p[1].parse().unwrap()),
                "tuple" => hash_tuple(&list(p[1])),
                "frozenset" => hash_frozenset(&list(p[1])),
                "complex" => hash_complex(f(p[1]), f(p[2]), 0),
                other => panic!("unknown kind {other}"),
            };
            assert_eq!(got, want, "{line}");
            n += 1;
        }
        assert!(n > 100);
    }

    #[test]
    fn nan_hashes_by_identity() {
        assert_eq!(hash_float(f64::NAN, 0x1000), hash_pointer(0x1000));
        assert_ne!(hash_float(f64::NAN, 0x1000), hash_float(f64::NAN, 0x2000));
    }
}
