//! CPython's `random` module, bit for bit: the MT19937 core of `Modules/_randommodule.c`
//! (seeding, `random()`, `getrandbits`, state) and the pure-Python algorithms of
//! `Lib/random.py` 3.11 on top of it, so every sequence matches CPython's.

use super::{SResult, SupportError};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

const TWOPI: f64 = 2.0 * std::f64::consts::PI;

/// A `random.Random` instance: Mersenne Twister state plus `gauss_next`.
#[derive(Clone)]
pub struct Random {
    mt: [u32; N],
    index: usize,
    /// The cached second normal deviate of `gauss()` (`None` after seeding).
    pub gauss_next: Option<f64>,
}

impl Default for Random {
    fn default() -> Self {
        let mut r = Random {
            mt: [0; N],
            index: N + 1,
            gauss_next: None,
        };
        r.seed_entropy();
        r
    }
}

impl std::fmt::Debug for Random {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Random {{ index: {} }}", self.index)
    }
}

impl Random {
    /// A generator seeded like `random.Random(n)` for an int `n`.
    pub fn with_seed(n: &BigInt) -> Self {
        let mut r = Random {
            mt: [0; N],
            index: N + 1,
            gauss_next: None,
        };
        r.seed_int(n);
        r
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            let prev = mt[i - 1];
            let kj = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(kj)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `seed(n)` for an int: uses `abs(n)` split into little-endian 32-bit words
    /// (`seed(0)` uses the key `[0]`). Resets `gauss_next`.
    pub fn seed_int(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `seed(s)` for str (its UTF-8 bytes) or bytes, version 2:
    /// `int.from_bytes(s + sha512(s).digest(), 'big')`.
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        let mut all = bytes.to_vec();
        all.extend_from_slice(&super::hashes::sha512(bytes));
        let n = BigInt::from_bytes_be(Sign::Plus, &all);
        self.seed_int(&n);
    }

    /// `seed(None)`: 624 words of OS entropy (falling back to time and pid).
    pub fn seed_entropy(&mut self) {
        use std::io::Read;
        let mut buf = vec![0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut buf))
            .is_ok();
        let key: Vec<u32> = if ok {
            buf.chunks(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        } else {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            vec![
                t as u32,
                (t >> 32) as u32,
                (t >> 64) as u32,
                std::process::id(),
            ]
        };
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `genrand_uint32`: the next tempered 32-bit output.
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.mt;
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a float in `[0.0, 1.0)` with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64` as a machine integer (same stream as the BigInt form).
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.genrand_u32() >> (32 - k)),
            _ => {
                let lo = u64::from(self.genrand_u32());
                let mut hi = self.genrand_u32();
                if k < 64 {
                    hi >>= 64 - k;
                }
                lo | (u64::from(hi) << 32)
            }
        }
    }

    /// `getrandbits(k)`: words are drawn least significant first, the last one
    /// shifted right to drop its surplus low bits.
    pub fn getrandbits(&mut self, k: i64) -> SResult<BigInt> {
        if k < 0 {
            return Err(SupportError::value("number of bits must be non-negative"));
        }
        if k <= 64 {
            return Ok(BigInt::from(self.getrandbits_u64(k as u32)));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut arr = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            arr.push(r);
            left -= 32;
        }
        Ok(BigInt::from_biguint(Sign::Plus, BigUint::new(arr)))
    }

    /// `_randbelow_with_getrandbits(n)` for `0 < n < 2**64`.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        let mut r = self.getrandbits_u64(k);
        while r >= n {
            r = self.getrandbits_u64(k);
        }
        r
    }

    /// `_randbelow_with_getrandbits(n)`: uniform in `[0, n)` for `n > 0` by rejection.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let k = n.bits() as i64;
        loop {
            let r = self.getrandbits(k).unwrap_or_default();
            if &r < n {
                return r;
            }
        }
    }

    /// `randrange(start)` (when `stop` is `None`) or `randrange(start, stop, step)`,
    /// on already-`__index__`ed ints, with random.py's errors.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
    ) -> SResult<BigInt> {
        let Some(stop) = stop else {
            if !step.is_one() {
                return Err(SupportError::type_error("Missing a non-None stop argument"));
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(SupportError::value("empty range for randrange()"));
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(SupportError::value(format!(
                "empty range for randrange() ({}, {}, {})",
                start, stop, width
            )));
        }
        let n = if step.is_positive() {
            (&width + step - BigInt::one()).div_floor(step)
        } else if step.is_negative() {
            (&width + step + BigInt::one()).div_floor(step)
        } else {
            return Err(SupportError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(SupportError::value("empty range for randrange()"));
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)` = `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> SResult<BigInt> {
        self.randrange(a, Some(&(b + 1)), &BigInt::one())
    }

    /// The index `choice(seq)` picks for a sequence of length `n`.
    pub fn choice_index(&mut self, n: usize) -> SResult<usize> {
        if n == 0 {
            return Err(SupportError::new(
                "IndexError",
                "Cannot choose from an empty sequence",
            ));
        }
        Ok(self.randbelow_u64(n as u64) as usize)
    }

    /// `shuffle(x)` in place (the same swaps as random.py).
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// The population indices `sample(population, k)` returns for `len(population) == n`,
    /// following both of random.py's branches (pool copy for small `n`, set otherwise).
    /// With `counts=`, call this with `n = total` and map each index through
    /// `bisect_right(cum_counts, i)`.
    pub fn sample_indices(&mut self, n: u64, k: i64) -> SResult<Vec<u64>> {
        if k < 0 || k as u64 > n {
            return Err(SupportError::value(
                "Sample larger than population or is negative",
            ));
        }
        let k = k as u64;
        let mut setsize: u128 = 21;
        if k > 5 {
            let e = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
            setsize = setsize.saturating_add(4u128.checked_pow(e).unwrap_or(u128::MAX));
        }
        let mut result = Vec::with_capacity(k as usize);
        if u128::from(n) <= setsize {
            let mut pool: Vec<u64> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64(n - i) as usize;
                result.push(pool[j]);
                pool[j] = pool[(n - i - 1) as usize];
            }
        } else {
            let mut selected = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = self.randbelow_u64(n);
                while selected.contains(&j) {
                    j = self.randbelow_u64(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// Indices picked by `choices(population, k=k)` without weights:
    /// `floor(random() * n)` each.
    pub fn choices_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let nf = n as f64;
        (0..k)
            .map(|_| (self.random() * nf).floor() as usize)
            .collect()
    }

    /// Indices picked by `choices(population, cum_weights=cum, k=k)` (weights must be
    /// accumulated by the caller): `bisect_right(cum, random() * total, 0, n - 1)`.
    pub fn choices_cum_weights(&mut self, n: usize, cum: &[f64], k: usize) -> SResult<Vec<usize>> {
        if cum.len() != n {
            return Err(SupportError::value(
                "The number of weights does not match the population",
            ));
        }
        let Some(&total) = cum.last() else {
            return Err(SupportError::new("IndexError", "list index out of range"));
        };
        if total <= 0.0 {
            return Err(SupportError::value(
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(SupportError::value("Total of weights must be finite"));
        }
        let hi = n - 1;
        Ok((0..k)
            .map(|_| {
                let x = self.random() * total;
                // bisect_right(cum, x, 0, hi)
                let (mut lo, mut h) = (0usize, hi);
                while lo < h {
                    let mid = (lo + h) / 2;
                    if x < cum[mid] {
                        h = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                lo
            })
            .collect())
    }

    /// `uniform(a, b)` = `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => {
                if high - low == 0.0 {
                    return low;
                }
                (m - low) / (high - low)
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let nv_magicconst = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = nv_magicconst * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)` (Box-Muller with the cached `gauss_next`).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `expovariate(lambd)` = `-log(1 - random()) / lambd` (ZeroDivisionError for 0).
    pub fn expovariate(&mut self, lambd: f64) -> SResult<f64> {
        let u = self.random();
        if lambd == 0.0 {
            return Err(SupportError::new(
                "ZeroDivisionError",
                "float division by zero",
            ));
        }
        Ok(-(1.0 - u).ln() / lambd)
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        if kappa <= 1e-6 {
            return TWOPI * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        if u3 > 0.5 {
            py_float_mod(mu + f.acos(), TWOPI)
        } else {
            py_float_mod(mu - f.acos(), TWOPI)
        }
    }

    /// `gammavariate(alpha, beta)`.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> SResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(SupportError::value(
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        if alpha > 1.0 {
            let log4 = 4.0f64.ln();
            let sg_magicconst = 1.0 + 4.5f64.ln();
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - log4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            let x = loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    p.powf(1.0 / alpha)
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= x.powf(alpha - 1.0) {
                        break x;
                    }
                } else if u1 <= (-x).exp() {
                    break x;
                }
            };
            Ok(x * beta)
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> SResult<f64> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            return Ok(y / (y + self.gammavariate(beta, 1.0)?));
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> f64 {
        let u = 1.0 - self.random();
        u.powf(-1.0 / alpha)
    }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> f64 {
        let u = 1.0 - self.random();
        alpha * (-u.ln()).powf(1.0 / beta)
    }

    /// `randbytes(n)` = `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let v = self.getrandbits(n as i64 * 8).unwrap_or_default();
        let mut b = v.magnitude().to_bytes_le();
        b.resize(n, 0);
        b
    }

    /// The `_random.Random.getstate()` tuple contents: 624 words then the index.
    pub fn getstate(&self) -> Vec<u32> {
        let mut v = self.mt.to_vec();
        v.push(self.index as u32);
        v
    }

    /// `_random.Random.setstate(state)` from 625 ints (each already range-checked by
    /// the caller as a C unsigned long).
    pub fn setstate(&mut self, state: &[BigInt]) -> SResult<()> {
        if state.len() != N + 1 {
            return Err(SupportError::value("state vector is the wrong size"));
        }
        let mut mt = [0u32; N];
        for (slot, v) in mt.iter_mut().zip(state) {
            *slot = v.to_u64().map(|x| x as u32).ok_or_else(|| {
                SupportError::overflow("Python int too large to convert to C unsigned long")
            })?;
        }
        let index = state[N].to_i64().unwrap_or(-1);
        if index < 0 || index > N as i64 {
            return Err(SupportError::value("invalid state"));
        }
        self.mt = mt;
        self.index = index as usize;
        Ok(())
    }
}

/// Python's float `%` (`float_rem`): the result takes the divisor's sign.
fn py_float_mod(x: f64, w: f64) -> f64 {
    let m = x % w;
    if m != 0.0 {
        if (w < 0.0) != (m < 0.0) {
            m + w
        } else {
            m
        }
    } else {
        0.0f64.copysign(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    enum Seed {
        Int(&'static str),
        Bytes(&'static [u8]),
    }

    fn rng(seed: i64) -> Random {
        Random::with_seed(&BigInt::from(seed))
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{:02x}", x)).collect()
    }

    // All expected values below come from CPython 3.11.7's random module.
    #[test]
    fn seeds_and_random() {
        let cases = vec![
            (
                Seed::Int("0"),
                vec![0.8444218515250481, 0.7579544029403025, 0.420571580830845],
            ),
            (
                Seed::Int("1"),
                vec![0.13436424411240122, 0.8474337369372327, 0.763774618976614],
            ),
            (
                Seed::Int("42"),
                vec![
                    0.6394267984578837,
                    0.025010755222666936,
                    0.27502931836911926,
                ],
            ),
            (
                Seed::Int("4294967296"),
                vec![0.11299430095636409, 0.41782886486292836, 0.0166763664992291],
            ),
            (
                Seed::Int("1267650600228229401496703217721"),
                vec![0.44487310994347073, 0.30211940106972124, 0.6943236571773822],
            ),
            (
                Seed::Int("-7"),
                vec![0.32383276483316237, 0.15084917392450192, 0.6509344730398537],
            ),
            (
                Seed::Bytes(b"hello"),
                vec![0.3537754404730722, 0.6631985810268619, 0.5476053663383964],
            ),
            (
                Seed::Bytes(b"abc"),
                vec![0.7720246314157545, 0.5581691373899791, 0.7095325359498886],
            ),
            (
                Seed::Bytes(b""),
                vec![0.9602256525641875, 0.595411957851699, 0.3880117152955401],
            ),
        ];
        for (seed, want) in cases {
            let mut r = rng(0);
            match seed {
                Seed::Int(s) => r.seed_int(&big(s)),
                Seed::Bytes(b) => r.seed_bytes(b),
            }
            let got: Vec<f64> = (0..want.len()).map(|_| r.random()).collect();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn getrandbits_words() {
        let mut r = rng(42);
        let want = [
            "1",
            "3",
            "53710184",
            "3184935163",
            "1181241943",
            "2574020394472462046",
            "20337446297558147241",
            "122436551213992682217031886515",
            "371721415204207650208384240819486502432213422455262737499241",
        ];
        for (k, w) in [1, 5, 31, 32, 33, 64, 65, 100, 200].iter().zip(want) {
            assert_eq!(r.getrandbits(*k).unwrap(), big(w), "k={}", k);
        }
        assert_eq!(
            r.getrandbits(-1).unwrap_err().msg,
            "number of bits must be non-negative"
        );
    }

    #[test]
    fn integer_helpers() {
        let mut r = rng(42);
        let got: Vec<BigInt> = (0..10)
            .map(|_| r.randint(&BigInt::from(1), &BigInt::from(100)).unwrap())
            .collect();
        let want: Vec<BigInt> = vec![82, 15, 4, 95, 36, 32, 29, 18, 95, 14]
            .into_iter()
            .map(BigInt::from)
            .collect();
        assert_eq!(got, want);

        let mut r = rng(7);
        let one = BigInt::one();
        let rr = L_RANDRANGE;
        assert_eq!(
            r.randrange(&BigInt::from(10), None, &one).unwrap(),
            big(rr[0])
        );
        assert_eq!(
            r.randrange(&BigInt::from(5), Some(&BigInt::from(50)), &BigInt::from(3))
                .unwrap(),
            big(rr[1])
        );
        assert_eq!(
            r.randrange(
                &BigInt::from(100),
                Some(&BigInt::from(0)),
                &BigInt::from(-7)
            )
            .unwrap(),
            big(rr[2])
        );
        assert_eq!(
            r.randrange(
                &-big("1000000000000000000000000000000"),
                Some(&big("1000000000000000000000000000000")),
                &one
            )
            .unwrap(),
            big(rr[3])
        );

        let mut r = rng(1);
        let got: Vec<usize> = (0..10).map(|_| r.choice_index(17).unwrap()).collect();
        assert_eq!(got, vec![4, 2, 8, 3, 15, 14, 15, 12, 6, 3]);

        let mut r = rng(2);
        let mut l: Vec<u32> = (0..20).collect();
        r.shuffle(&mut l);
        assert_eq!(
            l,
            vec![7, 6, 17, 8, 19, 15, 13, 0, 3, 9, 14, 4, 10, 12, 16, 5, 11, 18, 2, 1]
        );
    }

    #[test]
    fn randrange_errors() {
        let mut r = rng(0);
        let b = BigInt::from;
        let msg = |e: SupportError| format!("{}: {}", e.kind, e.msg);
        assert_eq!(
            msg(r.randrange(&b(0), None, &b(1)).unwrap_err()),
            "ValueError: empty range for randrange()"
        );
        assert_eq!(
            msg(r.randrange(&b(5), None, &b(2)).unwrap_err()),
            "TypeError: Missing a non-None stop argument"
        );
        assert_eq!(
            msg(r.randrange(&b(5), Some(&b(5)), &b(1)).unwrap_err()),
            "ValueError: empty range for randrange() (5, 5, 0)"
        );
        assert_eq!(
            msg(r.randrange(&b(0), Some(&b(5)), &b(0)).unwrap_err()),
            "ValueError: zero step for randrange()"
        );
        assert_eq!(
            msg(r.randrange(&b(0), Some(&b(5)), &b(-1)).unwrap_err()),
            "ValueError: empty range for randrange()"
        );
        assert_eq!(
            msg(r.choice_index(0).unwrap_err()),
            "IndexError: Cannot choose from an empty sequence"
        );
        assert_eq!(
            msg(r.sample_indices(3, 4).unwrap_err()),
            "ValueError: Sample larger than population or is negative"
        );
    }

    #[test]
    fn sampling() {
        let mut r = rng(3);
        assert_eq!(r.sample_indices(10, 5).unwrap(), vec![3, 8, 2, 7, 4]);
        let mut r = rng(3);
        assert_eq!(
            r.sample_indices(1000, 10).unwrap(),
            vec![243, 606, 557, 133, 378, 937, 618, 485, 640, 594]
        );
        let mut r = rng(4);
        assert_eq!(
            r.sample_indices(1_000_000_000_000, 3).unwrap(),
            vec![331726300631, 790717077191, 525687067305]
        );
        let mut r = rng(5);
        assert_eq!(r.choices_indices(10, 8), vec![6, 7, 7, 9, 7, 9, 0, 4]);
        let mut r = rng(5);
        assert_eq!(
            r.choices_cum_weights(4, &[1.0, 3.0, 6.0, 10.0], 8).unwrap(),
            vec![3, 3, 3, 3, 3, 3, 0, 2]
        );
    }

    #[test]
    fn distributions() {
        let mut r = rng(6);
        let got: Vec<f64> = (0..5).map(|_| r.gauss(0.0, 1.0)).collect();
        assert_eq!(
            got,
            vec![
                0.4996755931358105,
                -1.7893438594145739,
                -0.7754030106442085,
                0.07312695359072163,
                1.4745340600575176
            ]
        );
        let mut r = rng(6);
        let got: Vec<f64> = (0..5).map(|_| r.normalvariate(2.0, 3.0)).collect();
        assert_eq!(
            got,
            vec![
                1.8956896329782629,
                1.362844513319299,
                -0.8399471250937101,
                -3.9057025618937473,
                4.01847380386563
            ]
        );
        let mut r = rng(8);
        let got: Vec<f64> = (0..3).map(|_| r.uniform(1.0, 5.0)).collect();
        assert_eq!(
            got,
            vec![1.9068234375241953, 4.849180143337531, 1.5053235946034382]
        );
        let mut r = rng(8);
        let mut got: Vec<f64> = (0..5).map(|_| r.triangular(0.0, 10.0, Some(3.0))).collect();
        got.push(r.triangular(0.0, 1.0, None));
        assert_eq!(
            got,
            vec![
                2.6079063981346158,
                8.375393127063287,
                1.9467734741170544,
                5.454363037044485,
                1.5986112853106536,
                0.35173923930170564
            ]
        );
        let mut r = rng(9);
        let got: Vec<f64> = (0..3).map(|_| r.expovariate(2.0).unwrap()).collect();
        assert_eq!(
            got,
            vec![
                0.31088544313554606,
                0.23365318019011544,
                0.07456298638578711
            ]
        );
        let mut r = rng(9);
        let got: Vec<f64> = [0.5, 1.0, 3.0]
            .iter()
            .map(|a| r.gammavariate(*a, 2.0).unwrap())
            .collect();
        assert_eq!(
            got,
            vec![0.600986841355656, 0.29825194554314843, 6.029935153379521]
        );
        let mut r = rng(9);
        let got: Vec<f64> = (0..3).map(|_| r.betavariate(2.0, 5.0).unwrap()).collect();
        assert_eq!(
            got,
            vec![
                0.4030627312506165,
                0.019869168597969538,
                0.04627423120815725
            ]
        );
        let mut r = rng(10);
        let got: Vec<f64> = (0..3).map(|_| r.vonmisesvariate(1.0, 2.0)).collect();
        assert_eq!(
            got,
            vec![1.8289012373781217, 1.2343814163624283, 2.0506160191268057]
        );
        let mut r = rng(10);
        let got: Vec<f64> = (0..3).map(|_| r.lognormvariate(0.0, 1.0)).collect();
        assert_eq!(
            got,
            vec![1.2392200670823859, 1.1838194821270007, 1.3682353759939476]
        );
        let mut r = rng(10);
        let got: Vec<f64> = (0..3).map(|_| r.paretovariate(3.0)).collect();
        assert_eq!(
            got,
            vec![1.326325605918474, 1.2052944927236289, 1.3332978335382741]
        );
        let got: Vec<f64> = (0..3).map(|_| r.weibullvariate(1.0, 2.0)).collect();
        assert_eq!(
            got,
            vec![0.4804118477395594, 1.2955176807531867, 1.3171704735996785]
        );
        let mut r = rng(11);
        assert_eq!(
            r.randbytes(10),
            vec![109, 37, 207, 115, 76, 73, 161, 221, 77, 143]
        );
        let st = rng(12).getstate();
        assert_eq!(
            (st[0], st[1], st[623], st[624]),
            (2147483648, 1379001394, 2325210691, 624)
        );
    }

    #[test]
    fn state_roundtrip() {
        let mut a = rng(99);
        a.random();
        let st: Vec<BigInt> = a.getstate().into_iter().map(BigInt::from).collect();
        let mut b = rng(1);
        b.setstate(&st).unwrap();
        assert_eq!(a.random(), b.random());
        assert_eq!(
            b.setstate(&st[..3]).unwrap_err().msg,
            "state vector is the wrong size"
        );
    }

    #[test]
    fn sha512_vectors() {
        use crate::support::hashes::sha512;
        assert_eq!(hex(&sha512(b"")), "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
        assert_eq!(hex(&sha512(&b"abc".repeat(50))), "6548d3a70b4cdd421757e29302c5082d1aea38fceb868afd1ffcab13a239a2491d06a521108573f528c7359b19a82065cd69f7a21ede6f766783932dfe9f0333");
    }

    const L_RANDRANGE: [&str; 4] = ["5", "11", "58", "455079786296014644752646377515"];
}
