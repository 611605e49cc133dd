//! The undo history kept in the project file: two stacks ("done" and "undone") of opaque JSON entries. What an
//! entry means is the application layer's business; the store only pushes, pops, clears and trims.

use rusqlite::OptionalExtension;

use crate::{Project, Result};

/// Which stack of the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stack {
    /// Edits that can be undone (newest on top).
    Done,
    /// Edits that were undone and can be redone (newest on top).
    Undone,
}

impl Stack {
    fn name(self) -> &'static str {
        match self {
            Stack::Done => "done",
            Stack::Undone => "undone",
        }
    }
}

impl Project {
    /// Puts an entry on top of a stack.
    pub fn history_push(&self, stack: Stack, entry: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO history(id, stack, entry)
             VALUES ((SELECT coalesce(max(id), 0) + 1 FROM history), ?1, ?2)",
            (stack.name(), entry),
        )?;
        Ok(())
    }

    /// The entry on top of a stack, without taking it off.
    pub fn history_top(&self, stack: Stack) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT entry FROM history WHERE stack = ?1 ORDER BY id DESC LIMIT 1",
                [stack.name()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Takes the top entry off a stack (nothing when it is empty).
    pub fn history_drop_top(&self, stack: Stack) -> Result<()> {
        self.conn().execute(
            "DELETE FROM history WHERE id = (SELECT max(id) FROM history WHERE stack = ?1)",
            [stack.name()],
        )?;
        Ok(())
    }

    /// How many entries a stack holds.
    pub fn history_len(&self, stack: Stack) -> Result<usize> {
        let n: i64 = self
            .conn()
            .query_row("SELECT count(*) FROM history WHERE stack = ?1", [stack.name()], |r| {
                r.get(0)
            })?;
        Ok(n as usize)
    }

    /// Keeps only the newest `keep` entries of a stack (`0`: empties it).
    pub fn history_trim(&self, stack: Stack, keep: usize) -> Result<()> {
        self.conn().execute(
            "DELETE FROM history WHERE stack = ?1 AND id NOT IN
               (SELECT id FROM history WHERE stack = ?1 ORDER BY id DESC LIMIT ?2)",
            (stack.name(), keep as i64),
        )?;
        Ok(())
    }

    /// Runs `f` as one transaction: everything it writes is stored, or (when it fails) nothing.
    pub fn atomically<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let tx = self.conn().unchecked_transaction()?;
        let out = f()?;
        tx.commit()?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacks_push_take_and_trim_in_order_and_format_2_has_no_overrides_table() {
        let dir = tempfile::tempdir().unwrap();
        let p = Project::create(&dir.path().join("t.zhanban")).unwrap();
        for e in ["1", "2", "3"] {
            p.history_push(Stack::Done, e).unwrap();
        }
        p.history_push(Stack::Undone, "x").unwrap();
        assert_eq!(p.history_top(Stack::Done).unwrap().as_deref(), Some("3"));
        p.history_drop_top(Stack::Done).unwrap();
        assert_eq!(p.history_top(Stack::Done).unwrap().as_deref(), Some("2"));
        p.history_trim(Stack::Done, 1).unwrap();
        assert_eq!(p.history_len(Stack::Done).unwrap(), 1);
        assert_eq!(
            p.history_top(Stack::Done).unwrap().as_deref(),
            Some("2"),
            "the newest is kept"
        );
        assert_eq!(p.history_len(Stack::Undone).unwrap(), 1, "the other stack is untouched");
        let failed: Result<()> = p.atomically(|| {
            p.history_push(Stack::Undone, "y")?;
            Err(crate::StoreError::NoSuchWriteUp(1))
        });
        assert!(failed.is_err());
        assert_eq!(
            p.history_len(Stack::Undone).unwrap(),
            1,
            "a failed transaction leaves nothing"
        );
        let tables: i64 = p
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'overrides'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 0);
    }
}
