//! A memo that forgets what layout no longer uses. Each layout ends a generation ([`Memo::retire`]): an entry the
//! last layout did not touch is dropped when the next one ends, so an open project's memo holds about one layout's
//! working set — a re-layout after an edit still finds every text and board it set before — instead of every text
//! and board ever set (in the desktop app the memos grew with each edit and candidate: issue #20's memory).
//!
//! Owns that policy only; what is memoised, and under which key, is the caller's.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

pub struct Memo<K, V> {
    gens: Mutex<Generations<K, V>>,
}

/// Keys are hashed with foldhash (std's SipHash was 2.5 % of a re-layout: thousands of set-text look-ups per edit).
type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

struct Generations<K, V> {
    current: Map<K, V>,
    previous: Map<K, V>,
}

impl<K: Hash + Eq, V: Clone> Default for Memo<K, V> {
    fn default() -> Self {
        Memo {
            gens: Mutex::new(Generations {
                current: Map::default(),
                previous: Map::default(),
            }),
        }
    }
}

impl<K: Hash + Eq, V: Clone> Memo<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Generations<K, V>> {
        self.gens.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The value under `key`, kept for the current generation.
    pub fn get(&self, key: &K) -> Option<V> {
        let mut g = self.lock();
        if let Some(v) = g.current.get(key) {
            return Some(v.clone());
        }
        let (k, v) = g.previous.remove_entry(key)?;
        g.current.insert(k, v.clone());
        Some(v)
    }

    pub fn insert(&self, key: K, value: V) {
        self.lock().current.insert(key, value);
    }

    /// Ends a generation: what was not used since the previous call is forgotten.
    pub fn retire(&self) {
        let mut g = self.lock();
        g.previous = std::mem::take(&mut g.current);
    }

    pub fn clear(&self) {
        let mut g = self.lock();
        g.current.clear();
        g.previous.clear();
    }

    /// Entries held (both generations).
    pub fn len(&self) -> usize {
        let g = self.lock();
        g.current.len() + g.previous.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_unused_for_a_whole_generation_is_forgotten_and_a_used_one_kept() {
        let m = Memo::new();
        m.insert("a", 1);
        m.insert("b", 2);
        m.retire(); // the layout that set a and b ends
        assert_eq!(m.get(&"a"), Some(1), "the next layout finds what the last one set");
        m.retire(); // that layout used a only
        assert_eq!(m.get(&"b"), None, "b was not used by the last layout");
        assert_eq!(m.get(&"a"), Some(1));
        assert_eq!(m.len(), 1);
    }
}
