//! The insertion-ordered dict in CPython's compact layout: a sparse index
//! table of `i32` pointing into a dense entry vector.

use crate::value::Value;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// NULL for a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// The dict payload. Deleted entries keep their place (key NULL) until the
/// next resize compacts them.
#[derive(Default)]
pub struct DictObj {
    pub indices: Vec<i32>,
    pub entries: Vec<Entry>,
    pub used: usize,
    /// Bumped on every mutation (inline caches and iteration checks).
    pub version: u64,
}

/// An equality test between a stored key and the probe key; may run Python code.
pub type EqFn<'a> = &'a mut dyn FnMut(Value, Value) -> crate::PyResult<bool>;

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    pub fn with_capacity(n: usize) -> DictObj {
        let mut d = DictObj::default();
        if n > 0 {
            let mut size = 8;
            while size * 2 < n * 3 {
                size *= 2;
            }
            d.indices = vec![EMPTY; size];
            d.entries.reserve(n);
        }
        d
    }

    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            if !e.key.is_null() {
                f(e.key);
                f(e.value);
            }
        }
    }

    /// Finds the entry index of `key`. `eq` is only called when hashes match
    /// and the keys are not identical.
    pub fn find(&self, key: Value, hash: i64, eq: EqFn<'_>) -> crate::PyResult<Option<usize>> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = match self.indices.get(i) {
                Some(&ix) => ix,
                None => return Ok(None),
            };
            if ix == EMPTY {
                return Ok(None);
            }
            if ix >= 0 {
                if let Some(e) = self.entries.get(ix as usize).copied() {
                    if e.hash == hash && !e.key.is_null() && (e.key == key || eq(e.key, key)?) {
                        return Ok(Some(ix as usize));
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    pub fn get(&self, key: Value, hash: i64, eq: EqFn<'_>) -> crate::PyResult<Option<Value>> {
        Ok(self.find(key, hash, eq)?.map(|i| self.entries[i].value))
    }

    fn slot_for_insert(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] < 0 {
                return i;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 < min_used * 3 + 1 {
            size *= 2;
        }
        self.entries.retain(|e| !e.key.is_null());
        self.indices = vec![EMPTY; size];
        for (n, e) in self.entries.iter().enumerate() {
            let mask = size - 1;
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = n as i32;
        }
    }

    /// Inserts or replaces.
    pub fn insert(
        &mut self,
        key: Value,
        hash: i64,
        value: Value,
        eq: EqFn<'_>,
    ) -> crate::PyResult<()> {
        if let Some(i) = self.find(key, hash, eq)? {
            if let Some(e) = self.entries.get_mut(i) {
                e.value = value;
                self.version += 1;
                return Ok(());
            }
        }
        self.insert_new(key, hash, value);
        Ok(())
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, key: Value, hash: i64, value: Value) {
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.resize((self.used + 1) * 3);
        }
        let slot = self.slot_for_insert(hash);
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version += 1;
    }

    /// Removes the entry at index `i` (from `find`), returning (key, value).
    pub fn remove_at(&mut self, i: usize) -> Option<(Value, Value)> {
        let e = *self.entries.get(i)?;
        if e.key.is_null() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut j = (e.hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[j];
            if ix == i as i32 {
                self.indices[j] = DUMMY;
                break;
            }
            if ix == EMPTY {
                break;
            }
            perturb >>= PERTURB_SHIFT;
            j = (j
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.entries[i].key = Value::NULL;
        self.entries[i].value = Value::NULL;
        self.used -= 1;
        self.version += 1;
        if self.used == 0 {
            self.clear();
        }
        Some((e.key, e.value))
    }

    pub fn remove(
        &mut self,
        key: Value,
        hash: i64,
        eq: EqFn<'_>,
    ) -> crate::PyResult<Option<Value>> {
        match self.find(key, hash, eq)? {
            Some(i) => Ok(self.remove_at(i).map(|(_, v)| v)),
            None => Ok(None),
        }
    }

    pub fn clear(&mut self) {
        self.indices.clear();
        self.entries.clear();
        self.used = 0;
        self.version += 1;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key, e.value))
    }

    /// Live entries with hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null()).copied()
    }

    /// The live entry at or after raw position `i`: (next position, entry).
    pub fn next_from(&self, mut i: usize) -> Option<(usize, Entry)> {
        while let Some(e) = self.entries.get(i) {
            if !e.key.is_null() {
                return Some((i + 1, *e));
            }
            i += 1;
        }
        None
    }

    /// Removes and returns the last inserted item.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(|e| !e.key.is_null())?;
        self.remove_at(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ident(a: Value, b: Value) -> crate::PyResult<bool> {
        Ok(a == b)
    }

    #[test]
    fn insertion_order_and_delete() {
        let mut d = DictObj::new();
        for i in 0..100 {
            d.insert(Value::small_int(i), i, Value::small_int(i * 2), &mut ident)
                .unwrap();
        }
        assert_eq!(d.len(), 100);
        for i in (0..100).step_by(2) {
            assert!(d
                .remove(Value::small_int(i), i, &mut ident)
                .unwrap()
                .is_some());
        }
        assert_eq!(d.len(), 50);
        let keys: Vec<i64> = d.iter().map(|(k, _)| k.as_small_int()).collect();
        assert_eq!(keys, (1..100).step_by(2).collect::<Vec<_>>());
        assert_eq!(
            d.get(Value::small_int(7), 7, &mut ident).unwrap(),
            Some(Value::small_int(14))
        );
        assert_eq!(d.get(Value::small_int(8), 8, &mut ident).unwrap(), None);
        d.insert(Value::small_int(8), 8, Value::NONE, &mut ident)
            .unwrap();
        assert_eq!(d.iter().last().unwrap().0, Value::small_int(8));
    }
}
