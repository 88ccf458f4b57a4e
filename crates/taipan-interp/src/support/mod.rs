//! Pure-Rust algorithms behind CPython runtime semantics (number formatting, parsing,
//! hashing, the Mersenne Twister, str/bytes methods, math, json, sorting), independent of
//! the object model.
//!
//! Every function here reproduces one documented piece of CPython 3.11 behaviour; errors
//! are returned as [`SupportError`] values carrying the Python exception type name and
//! CPython's exact message, never as panics. Where an algorithm must call back into
//! Python (str()/repr() of arbitrary objects, lookups, comparisons), it takes a trait or
//! a closure the interpreter implements.
//!
//! Map (what to call for which Python feature):
//! - `float_repr`: `repr(float)`, `PyOS_double_to_string` (`%e/%f/%g/%r`), `repr(complex)`.
//! - `format_spec`: `format(x, spec)` / f-string specs for int, float, str.
//! - `percent`: `str % args` via the `PercentArgs` trait.
//! - `str_format`: `str.format` / `str.format_map` via the `FormatArgs` trait.
//! - `numparse`: `int(str, base)`, `float(str)`, int<->float, `/ // % divmod ** pow()`,
//!   `round()`, `as_integer_ratio`, `float.hex/fromhex`, `int.to_bytes/from_bytes`,
//!   `bin/oct/hex`, `str(int)` with the 4300-digit limit.
//! - `complex`: complex `* / ** abs()` and `complex(str)`.
//! - `hash`: `hash()` of numbers, tuples, frozensets, identity hashes.
//! - `hashes`: `hashlib` digests (md5, sha1, sha224/256/384/512), `zlib.crc32/adler32`.
//! - `base64`: `base64.b64encode/b64decode` (binascii semantics).
//! - `math`: the `math` module (libm wrappers with CPython's error rules and its own
//!   gamma/lgamma/fsum/hypot/remainder...).
//! - `random`: `random.Random` (MT19937 + Lib/random.py algorithms), bit-exact.
//! - `strings`: `str` methods, predicates, case mapping, `repr`/`ascii` of str and bytes,
//!   `translate`/`maketrans`; `unicode_tables` holds the generated CPython tables.
//! - `bytes_ops`: `bytes`/`bytearray` methods, `hex()`/`fromhex()`.
//! - `codecs`: `str.encode` / `bytes.decode` for utf-8, ascii, latin-1.
//! - `json`: `json.dumps` (via `JsonEncodeHost`) and `json.loads`.
//! - `timsort`: `list.sort` / `sorted` with CPython's exact comparison sequence.
//! - `heapq`: the `_heapq` accelerator functions with CPython's comparison order, and
//!   the heap paths of `nlargest` / `nsmallest` (`Counter.most_common`).
//! - `bisect`: `bisect_left` / `bisect_right` with CPython's lo/hi rules.
//! - `structmod`: the `struct` module (pack/unpack/calcsize, x86-64 native layout).
//!
//! Tests are tables of CPython 3.11.7 results; the generators (`gen_*.py`) beside the
//! modules rebuild the data files in `testdata/`.

pub mod base64;
pub mod bisect;
pub mod bytes_ops;
pub mod codecs;
pub mod complex;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod hashes;
pub mod heapq;
pub mod json;
pub mod math;
pub mod numparse;
pub mod percent;
pub mod random;
pub mod str_format;
pub mod strings;
pub mod structmod;
pub mod timsort;
pub mod unicode_tables;

/// A Python-level error produced by a support algorithm: the exception type's name
/// (e.g. `"ValueError"`) and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportError {
    /// The Python exception class name, e.g. `"ValueError"`, `"OverflowError"`.
    pub kind: &'static str,
    /// The exception message, exactly as CPython formats it.
    pub msg: String,
}

impl SupportError {
    /// Builds an error of exception type `kind` with message `msg`.
    pub fn new(kind: &'static str, msg: impl Into<String>) -> Self {
        SupportError {
            kind,
            msg: msg.into(),
        }
    }
    /// A `ValueError` with the given message.
    pub fn value(msg: impl Into<String>) -> Self {
        Self::new("ValueError", msg)
    }
    /// A `TypeError` with the given message.
    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new("TypeError", msg)
    }
    /// An `OverflowError` with the given message.
    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new("OverflowError", msg)
    }
}

impl std::fmt::Display for SupportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for SupportError {}

/// Largest result (in characters) these algorithms will try to build; beyond it they
/// raise `MemoryError` as CPython's allocator eventually would, instead of aborting.
pub const MAX_RESULT_LEN: usize = 1 << 36;

/// `MemoryError` unless `n <= MAX_RESULT_LEN`.
pub fn check_len(n: u128) -> SResult<()> {
    if n > MAX_RESULT_LEN as u128 {
        Err(SupportError::new("MemoryError", ""))
    } else {
        Ok(())
    }
}

/// Result alias for support algorithms.
pub type SResult<T> = Result<T, SupportError>;

#[cfg(test)]
mod test_util {
    //! Helpers shared by the table-driven tests of several support modules.

    /// Decodes the `\xNN`, `\uNNNN`, `\UNNNNNNNN`, `\t`, `\n` escapes used in the
    /// CPython-generated test data files.
    pub(crate) fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let width = match it.next() {
                Some('x') => 2,
                Some('u') => 4,
                Some('U') => 8,
                Some('t') => {
                    out.push('\t');
                    continue;
                }
                Some('n') => {
                    out.push('\n');
                    continue;
                }
                Some(other) => {
                    out.push(other);
                    continue;
                }
                None => break,
            };
            let h: String = it.by_ref().take(width).collect();
            out.push(char::from_u32(u32::from_str_radix(&h, 16).unwrap()).unwrap());
        }
        out
    }
}

#[cfg(test)]
mod robustness {
    //! Extreme inputs must give a value or a Python error, never a Rust panic.
    use super::*;
    use num_bigint::BigInt;

    #[test]
    fn extreme_inputs_do_not_panic() {
        let big: BigInt = BigInt::from(10).pow(500);
        let floats = [
            0.0,
            -0.0,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        for &x in &floats {
            let _ = float_repr::float_repr(x);
            for spec in [
                "",
                "99999999999999",
                ".0",
                ".400f",
                "e",
                "%",
                "_",
                "z=+#099,.3g",
            ] {
                let _ = format_spec::format_float(x, spec, "float");
            }
            let _ = numparse::float_to_int(x);
            let _ = numparse::round_float(x, i64::MIN);
            let _ = numparse::round_float(x, i64::MAX);
            let _ = numparse::round_float_to_int(x);
            let _ = numparse::float_as_integer_ratio(x);
            let _ = numparse::float_pow(x, x);
            let _ = numparse::float_divmod(x, x);
            let _ = math::gamma(x);
            let _ = math::lgamma(x);
            let _ = math::ldexp(x, &big);
            let _ = math::ldexp(x, &-big.clone());
            let _ = math::hypot(&[x, x, 1.0]);
            let _ = math::fsum([x, 1.0, -x]);
            let _ = hash::hash_float(x, 0);
        }
        for n in [
            BigInt::from(i64::MIN),
            BigInt::from(i64::MAX),
            big.clone(),
            -big.clone(),
        ] {
            for spec in ["", "99999999999999", "c", "#_x", ",", "e", "n"] {
                let _ = format_spec::format_int(&n, spec, "int");
            }
            let _ = numparse::round_int(&n, i64::MIN);
            let _ = numparse::round_int(&n, -400);
            let _ = numparse::int_to_float(&n);
            let _ = numparse::int_true_divide(&n, &BigInt::from(3));
            let _ = numparse::int_to_decimal(&n, 4300);
            let _ = numparse::int_to_bytes(&n, i64::MAX, true, true);
            let _ = numparse::int_pow(&n, &n);
            let _ = numparse::int_pow_mod(&n, &n, &BigInt::from(97));
            let _ = math::log(math::LogArg::Int(&n), Some(math::LogArg::Int(&n)));
            let _ = math::isqrt(&n);
            let _ = math::comb(&n, &BigInt::from(3));
            let _ = hash::hash_int(&n);
        }
        for s in [
            "",
            "\u{0}",
            "9".repeat(5000).as_str(),
            "0x1p-99999999999999999999999",
            "-_1",
            "1e999999999999",
        ] {
            let _ = numparse::int_from_str(s, 0, 4300);
            let _ = numparse::float_from_str(s);
            let _ = numparse::float_fromhex(s);
            let _ = strings::center(s, i64::MAX, '*');
            let _ = strings::expandtabs(s, i64::MAX);
            let _ = strings::find(s, "", Some(i64::MIN), Some(i64::MAX));
            let _ = strings::count(s, "", Some(i64::MAX), Some(i64::MIN));
            let _ = format_spec::format_str(s, ".99999999999999999999", "str");
        }
        for doc in [
            "[".repeat(5000),
            "{\"a\":".repeat(3000),
            "\"\\u".to_string(),
            "-".to_string(),
        ] {
            let _ = json::loads(&doc, 4300);
        }
        for s in ["(", ")", "j(", "((1j))", "1e999999999j", "-_j"] {
            let _ = complex::complex_from_str(s);
        }
        let _ = complex::pow((f64::MAX, f64::MAX), (f64::INFINITY, f64::NAN));
        let _ = complex::div((1.0, 1.0), (0.0, -0.0));
        let _ = bytes_ops::center(b"ab", i64::MAX, b' ');
        let _ = bytes_ops::fromhex("\u{1F600}0");
        let _ = bytes_ops::hex(b"abc", Some(""), i64::MIN);
        let _ = codecs::decode(&[0xf0, 0x9f, 0x98], "utf-8", "strict");
        let mut v: Vec<u8> = (0..200).map(|i| (i * 37 % 101) as u8).collect();
        let mut calls = 0;
        let _ = timsort::list_sort(&mut v, false, |a, b| {
            calls += 1;
            // An inconsistent comparison must not break the sort's bookkeeping.
            Ok((a ^ b ^ calls as u8) & 1 == 1)
        });
        for fmt in [
            "99999999999999999999i",
            "9999999999999999999x",
            "@q99999999999d",
            "3",
            "\u{e9}",
            "<P",
        ] {
            let _ = structmod::calcsize(fmt);
            let _ = structmod::unpack(fmt, &[0u8; 8]);
        }
        let mut r = random::Random::with_seed(&BigInt::from(1));
        let _ = r.getrandbits(i64::MIN);
        let _ = r.sample_indices(u64::MAX, 3);
        let _ = r.randrange(&big, Some(&-big.clone()), &BigInt::from(-1));
        let _ = r.choices_cum_weights(0, &[], 3);
    }
}
