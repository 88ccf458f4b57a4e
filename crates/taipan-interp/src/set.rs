//! set / frozenset storage following CPython's setobject.c (linear probes of 9
//! then perturbed probing, the same resize policy), so iteration order matches.

use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone, Copy)]
pub struct SetEntry {
    /// NULL for unused; DUMMY marks a deleted slot.
    pub key: Value,
    pub hash: i64,
}

/// The marker of a deleted slot (never a valid Value of Python code).
pub const DUMMY: Value = Value(0xFFFA_0000_0000_0002);

pub struct SetObj {
    pub table: Vec<SetEntry>,
    pub fill: usize,
    pub used: usize,
    pub frozen: bool,
    pub hash: i64,
}

pub type EqFn<'a> = &'a mut dyn FnMut(Value, Value) -> crate::PyResult<bool>;

impl SetObj {
    pub fn new(frozen: bool) -> SetObj {
        SetObj {
            table: vec![
                SetEntry {
                    key: Value::NULL,
                    hash: 0
                };
                MINSIZE
            ],
            fill: 0,
            used: 0,
            frozen,
            hash: -1,
        }
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.table {
            if !e.key.is_null() && e.key != DUMMY {
                f(e.key);
            }
        }
    }

    /// Active keys in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = SetEntry> + '_ {
        self.table
            .iter()
            .filter(|e| !e.key.is_null() && e.key != DUMMY)
            .copied()
    }

    /// The active entry at or after raw position `i`.
    pub fn next_from(&self, mut i: usize) -> Option<(usize, Value)> {
        while let Some(e) = self.table.get(i) {
            if !e.key.is_null() && e.key != DUMMY {
                return Some((i + 1, e.key));
            }
            i += 1;
        }
        None
    }

    /// Index of the entry holding `key`, if present.
    pub fn find(&self, key: Value, hash: i64, eq: EqFn<'_>) -> crate::PyResult<Option<usize>> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = match self.table.get(j) {
                    Some(e) => *e,
                    None => return Ok(None),
                };
                if e.key.is_null() {
                    return Ok(None);
                }
                if e.hash == hash && e.key != DUMMY && (e.key == key || eq(e.key, key)?) {
                    return Ok(Some(j));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn contains(&self, key: Value, hash: i64, eq: EqFn<'_>) -> crate::PyResult<bool> {
        Ok(self.find(key, hash, eq)?.is_some())
    }

    /// CPython's set_add_entry.
    pub fn add(&mut self, key: Value, hash: i64, eq: EqFn<'_>) -> crate::PyResult<()> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut freeslot: Option<usize> = None;
        let found_unused: usize;
        'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = match self.table.get(j) {
                    Some(e) => *e,
                    None => return Ok(()),
                };
                if e.hash == 0 && e.key.is_null() {
                    found_unused = j;
                    break 'outer;
                }
                if e.hash == hash && e.key != DUMMY {
                    if e.key == key || eq(e.key, key)? {
                        return Ok(());
                    }
                } else if e.key == DUMMY {
                    // CPython 3.11 keeps the last dummy seen before the free slot.
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = SetEntry { key, hash };
            return Ok(());
        }
        self.fill += 1;
        self.used += 1;
        self.table[found_unused] = SetEntry { key, hash };
        if self.fill * 5 < mask * 3 {
            return Ok(());
        }
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
        Ok(())
    }

    fn insert_clean(table: &mut [SetEntry], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            if table[i].key.is_null() {
                table[i] = SetEntry { key, hash };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for e in table[i + 1..=i + LINEAR_PROBES].iter_mut() {
                    if e.key.is_null() {
                        *e = SetEntry { key, hash };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// CPython's set_table_resize.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(
            &mut self.table,
            vec![
                SetEntry {
                    key: Value::NULL,
                    hash: 0
                };
                newsize
            ],
        );
        self.fill = self.used;
        for e in old {
            if !e.key.is_null() && e.key != DUMMY {
                Self::insert_clean(&mut self.table, e.key, e.hash);
            }
        }
    }

    /// Removes `key`; true when it was present.
    pub fn discard(&mut self, key: Value, hash: i64, eq: EqFn<'_>) -> crate::PyResult<bool> {
        match self.find(key, hash, eq)? {
            Some(i) => {
                self.table[i] = SetEntry {
                    key: DUMMY,
                    hash: -1,
                };
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// CPython's set_merge (`self |= other` for another set).
    pub fn merge(&mut self, other: &SetObj, eq: EqFn<'_>) -> crate::PyResult<()> {
        if other.used == 0 || std::ptr::eq(self, other) {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table.copy_from_slice(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for e in other.iter() {
                Self::insert_clean(&mut self.table, e.key, e.hash);
            }
            return Ok(());
        }
        let entries: Vec<SetEntry> = other.iter().collect();
        for e in entries {
            self.add(e.key, e.hash, eq)?;
        }
        Ok(())
    }

    /// Removes and returns an arbitrary element (CPython's set_pop order).
    pub fn pop(&mut self, finger: &mut usize) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = *finger & mask;
        loop {
            let e = self.table[i];
            if !e.key.is_null() && e.key != DUMMY {
                self.table[i] = SetEntry {
                    key: DUMMY,
                    hash: -1,
                };
                self.used -= 1;
                *finger = i + 1;
                return Some(e.key);
            }
            i = (i + 1) & mask;
        }
    }

    pub fn clear(&mut self) {
        *self = SetObj {
            frozen: self.frozen,
            ..SetObj::new(self.frozen)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ident(a: Value, b: Value) -> crate::PyResult<bool> {
        Ok(a == b)
    }

    #[test]
    fn small_int_order_matches_cpython() {
        // {3, 1, 2} iterates 1, 2, 3; {100, 5, 33} iterates 33, 100, 5 in CPython.
        let mut s = SetObj::new(false);
        for k in [100i64, 5, 33] {
            s.add(Value::small_int(k), k, &mut ident).unwrap();
        }
        let order: Vec<i64> = s.iter().map(|e| e.hash).collect();
        assert_eq!(order, vec![33, 100, 5]);
        let mut s = SetObj::new(false);
        for k in 0..20i64 {
            s.add(Value::small_int(k * 7), k * 7, &mut ident).unwrap();
        }
        assert_eq!(s.len(), 20);
        assert!(s.discard(Value::small_int(14), 14, &mut ident).unwrap());
        assert!(!s.contains(Value::small_int(14), 14, &mut ident).unwrap());
        assert!(s.contains(Value::small_int(21), 21, &mut ident).unwrap());
    }
}
