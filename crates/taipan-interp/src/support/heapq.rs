//! The `heapq` module's C accelerator (Modules/_heapqmodule.c, CPython 3.11):
//! heappush/heappop/heapify/heapreplace/heappushpop and the `_max` variants, with the
//! same comparisons in the same order, so tie-breaking (and `__lt__` side effects)
//! match CPython exactly.

use super::{SResult, SupportError};

fn index_error() -> SupportError {
    SupportError::new("IndexError", "index out of range")
}

/// Sifts `heap[pos]` towards the root (`_siftdown`). `lt(a, b)` is `a < b`; for the max
/// variants the caller passes the flipped comparison.
fn siftdown<T: Clone, F>(heap: &mut [T], startpos: usize, mut pos: usize, lt: &mut F) -> SResult<()>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    if pos >= heap.len() {
        return Err(SupportError::new("IndexError", "list index out of range"));
    }
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        if !lt(&heap[pos], &heap[parentpos])? {
            break;
        }
        heap.swap(pos, parentpos);
        pos = parentpos;
    }
    Ok(())
}

fn siftup<T: Clone, F>(heap: &mut [T], mut pos: usize, lt: &mut F) -> SResult<()>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    let endpos = heap.len();
    let startpos = pos;
    if pos >= endpos {
        return Err(SupportError::new("IndexError", "list index out of range"));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos && !lt(&heap[childpos], &heap[childpos + 1])? {
            childpos += 1;
        }
        heap.swap(childpos, pos);
        pos = childpos;
    }
    siftdown(heap, startpos, pos, lt)
}

fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

fn heapify_with<T: Clone, F>(heap: &mut [T], lt: &mut F) -> SResult<()>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    let n = heap.len();
    if n > 2500 {
        // cache_friendly_heapify: same heap, CPython's traversal order.
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let mut sift_chain = |heap: &mut [T], i: usize| -> SResult<()> {
            let mut j = i;
            loop {
                siftup(heap, j, lt)?;
                if j & 1 == 0 {
                    break;
                }
                j >>= 1;
            }
            Ok(())
        };
        for i in (mhalf..leftmost).rev() {
            sift_chain(heap, i)?;
        }
        for i in (leftmost..m).rev() {
            sift_chain(heap, i)?;
        }
        return Ok(());
    }
    for i in (0..n >> 1).rev() {
        siftup(heap, i, lt)?;
    }
    Ok(())
}

/// `heapq.heappush(heap, item)`.
pub fn heappush<T: Clone, F>(heap: &mut Vec<T>, item: T, mut lt: F) -> SResult<()>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    heap.push(item);
    let last = heap.len() - 1;
    siftdown(heap, 0, last, &mut lt)
}

/// `heapq.heappop(heap)`.
pub fn heappop<T: Clone, F>(heap: &mut Vec<T>, mut lt: F) -> SResult<T>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    let last = heap.pop().ok_or_else(index_error)?;
    if heap.is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut heap[0], last);
    siftup(heap, 0, &mut lt)?;
    Ok(ret)
}

/// `heapq.heapreplace(heap, item)`: pop then push, `IndexError` on an empty heap.
pub fn heapreplace<T: Clone, F>(heap: &mut [T], item: T, mut lt: F) -> SResult<T>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    if heap.is_empty() {
        return Err(index_error());
    }
    let ret = std::mem::replace(&mut heap[0], item);
    siftup(heap, 0, &mut lt)?;
    Ok(ret)
}

/// `heapq.heappushpop(heap, item)`: push then pop, returning `item` itself when it is
/// not larger than the top.
pub fn heappushpop<T: Clone, F>(heap: &mut [T], item: T, mut lt: F) -> SResult<T>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    if heap.is_empty() {
        return Ok(item);
    }
    if !lt(&heap[0], &item)? {
        return Ok(item);
    }
    let ret = std::mem::replace(&mut heap[0], item);
    siftup(heap, 0, &mut lt)?;
    Ok(ret)
}

/// `heapq.heapify(x)`.
pub fn heapify<T: Clone, F>(heap: &mut [T], mut lt: F) -> SResult<()>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    heapify_with(heap, &mut lt)
}

/// `heapq._heapify_max(x)`.
pub fn heapify_max<T: Clone, F>(heap: &mut [T], mut lt: F) -> SResult<()>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    let mut flipped = |a: &T, b: &T| lt(b, a);
    heapify_with(heap, &mut flipped)
}

/// `heapq._heappop_max(heap)`.
pub fn heappop_max<T: Clone, F>(heap: &mut Vec<T>, mut lt: F) -> SResult<T>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    heappop(heap, |a: &T, b: &T| lt(b, a))
}

/// `heapq._heapreplace_max(heap, item)`.
pub fn heapreplace_max<T: Clone, F>(heap: &mut [T], item: T, mut lt: F) -> SResult<T>
where
    F: FnMut(&T, &T) -> SResult<bool>,
{
    heapreplace(heap, item, |a: &T, b: &T| lt(b, a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(s: &str) -> Vec<i64> {
        if s.is_empty() {
            Vec::new()
        } else {
            s.split(',').map(|x| x.parse().unwrap()).collect()
        }
    }

    /// testdata/heapq_cases.txt: operation scripts run by CPython 3.11.7's `heapq`,
    /// with the final heap, the returned items and the exact number of `<` calls.
    #[test]
    fn matches_cpython_heapq() {
        let data = include_str!("testdata/heapq_cases.txt");
        let mut n = 0;
        for line in data.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let mut cmps = 0usize;
            let mut next = 0i64;
            let mut heap: Vec<i64> = Vec::new();
            let mut out: Vec<i64> = Vec::new();
            {
                let mut lt = |a: &i64, b: &i64| -> SResult<bool> {
                    cmps += 1;
                    Ok(a % 7 < b % 7)
                };
                for op in f[0].split(' ') {
                    let mut fresh = || {
                        next += 1;
                        next
                    };
                    let r = match &op[..1] {
                        "h" | "H" => {
                            let k: usize = op[1..].parse().unwrap();
                            heap = (0..k).map(|_| fresh()).collect();
                            if op.starts_with('H') {
                                heapify_max(&mut heap, &mut lt)
                            } else {
                                heapify(&mut heap, &mut lt)
                            }
                        }
                        "u" => heappush(&mut heap, fresh(), &mut lt),
                        "o" => heappop(&mut heap, &mut lt).map(|v| out.push(v)),
                        "r" => heapreplace(&mut heap, fresh(), &mut lt).map(|v| out.push(v)),
                        "p" => heappushpop(&mut heap, fresh(), &mut lt).map(|v| out.push(v)),
                        "O" => heappop_max(&mut heap, &mut lt).map(|v| out.push(v)),
                        "R" => heapreplace_max(&mut heap, fresh(), &mut lt).map(|v| out.push(v)),
                        other => panic!("unknown op {other}"),
                    };
                    if let Err(e) = r {
                        assert_eq!(e.kind, "IndexError");
                        out.push(-1);
                    }
                }
            }
            assert_eq!(heap, ids(f[1]), "heap for {}", f[0]);
            assert_eq!(out, ids(f[2]), "results for {}", f[0]);
            assert_eq!(
                cmps,
                f[3].parse::<usize>().unwrap(),
                "comparisons for {}",
                f[0]
            );
            n += 1;
        }
        assert!(n >= 100);
    }
}
