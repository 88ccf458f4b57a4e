//! The `bisect` module's C accelerator (Modules/_bisectmodule.c, CPython 3.11):
//! `bisect_left` / `bisect_right` with `lo`/`hi` handling and the same comparisons
//! (`a[mid] < x` for left, `x < a[mid]` for right). `insort_*` are these plus
//! `list.insert`.

use super::{SResult, SupportError};

fn bounds(lo: i64, hi: Option<i64>, len: usize) -> SResult<(usize, usize)> {
    if lo < 0 {
        return Err(SupportError::value("lo must be non-negative"));
    }
    let hi = match hi {
        None => len as i64,
        Some(h) => h,
    };
    Ok((lo as usize, hi.max(0) as usize))
}

/// `bisect.bisect_left(a, x, lo, hi)`; `elem_lt_x(i)` is `key(a[i]) < x` for the element at
/// index `i` (the interpreter applies `key=` and bounds-checks `a[i]`, raising
/// IndexError as `PySequence_GetItem` would when `hi` exceeds `len(a)`).
pub fn bisect_left<F>(lo: i64, hi: Option<i64>, len: usize, mut elem_lt_x: F) -> SResult<usize>
where
    F: FnMut(usize) -> SResult<bool>,
{
    let (mut lo, mut hi) = bounds(lo, hi, len)?;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if elem_lt_x(mid)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// `bisect.bisect_right(a, x, lo, hi)`; `x_lt_elem(i)` is `x < key(a[i])`.
pub fn bisect_right<F>(lo: i64, hi: Option<i64>, len: usize, mut x_lt_elem: F) -> SResult<usize>
where
    F: FnMut(usize) -> SResult<bool>,
{
    let (mut lo, mut hi) = bounds(lo, hi, len)?;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if x_lt_elem(mid)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_python_bisect() {
        // python3: bisect.bisect_left/right on [1, 2, 2, 2, 3, 5] for x in 0..=6.
        let a = [1, 2, 2, 2, 3, 5];
        let left = [0, 0, 1, 4, 5, 5, 6];
        let right = [0, 1, 4, 5, 5, 6, 6];
        for x in 0..=6 {
            let l = bisect_left(0, None, a.len(), |i| Ok(a[i] < x)).unwrap();
            let r = bisect_right(0, None, a.len(), |i| Ok(x < a[i])).unwrap();
            assert_eq!((l, r), (left[x as usize], right[x as usize]), "x={x}");
        }
        // bisect.bisect_left([1,2,2,2,3,5], 2, 2, 4) == 2; bisect_right(..., 2, 0, 2) == 2
        assert_eq!(bisect_left(2, Some(4), 6, |i| Ok(a[i] < 2)).unwrap(), 2);
        assert_eq!(bisect_right(0, Some(2), 6, |i| Ok(2 < a[i])).unwrap(), 2);
        // hi < lo returns lo; negative hi behaves like an empty range.
        assert_eq!(bisect_left(3, Some(1), 6, |i| Ok(a[i] < 9)).unwrap(), 3);
        assert_eq!(bisect_right(0, Some(-5), 6, |i| Ok(9 < a[i])).unwrap(), 0);
        assert_eq!(
            bisect_left(-1, None, 6, |_| Ok(true)).unwrap_err().msg,
            "lo must be non-negative"
        );
    }
}
