//! Undoable edits of an open project. Every change a user makes in the desktop app — a caption, a write-up's
//! corrected structure, the exhibition details, the board size and theme, a layout override — is applied through
//! [`History::apply`] as an [`Edit`] that carries its value before and after, so Ctrl+Z / Ctrl+Y can walk back and
//! forth. Edits are written to the project file at once (nothing waits for a "save"); the history itself lives in
//! memory for as long as the project is open. Because layout is recomputed from what the edits store, an undo
//! survives any number of re-layouts. No Tauri here.

use serde_json::Value;
use zhanban_store::{Project, StoreError, WriteUpRecord};

/// One reversible change, with what it replaced.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A photo's caption (photo named by content hash).
    Caption {
        photo: String,
        before: String,
        after: String,
    },
    /// A project setting stored as JSON (`None` = not set).
    Setting {
        key: String,
        before: Option<Value>,
        after: Option<Value>,
    },
    /// A write-up's structure (the JSON the write-up crate made, as the user corrected it).
    WriteUp { id: i64, before: Value, after: Value },
    /// A whole write-up added (accepted after review) or removed: `present` says which way this edit goes.
    WriteUpPresence {
        record: WriteUpRecord,
        position: i64,
        present: bool,
    },
}

impl Edit {
    /// A caption edit, reading the current caption as its "before".
    pub fn caption(project: &Project, photo_hash: &str, after: &str) -> Result<Edit, StoreError> {
        let row = project
            .photo(photo_hash)?
            .ok_or_else(|| StoreError::NoSuchPhoto(photo_hash.to_string()))?;
        Ok(Edit::Caption {
            photo: row.hash,
            before: row.caption,
            after: after.trim().to_string(),
        })
    }

    /// A setting edit, reading the current value as its "before".
    pub fn setting(project: &Project, key: &str, after: Option<Value>) -> Result<Edit, StoreError> {
        Ok(Edit::Setting {
            key: key.to_string(),
            before: project.setting(key)?,
            after,
        })
    }

    /// A write-up structure edit, reading the stored structure as its "before".
    pub fn writeup(project: &Project, id: i64, after: Value) -> Result<Edit, StoreError> {
        Ok(Edit::WriteUp {
            id,
            before: project.writeup(id)?.structure,
            after,
        })
    }

    /// Adds a write-up (as accepted after review) as an undoable edit; returns the edit and the new id.
    pub fn add_writeup(
        project: &Project,
        source_name: &str,
        source_text: &str,
        structure: &Value,
    ) -> Result<(Edit, i64), StoreError> {
        // Stored now to get its id and place; the edit re-adds the same row on redo.
        let id = project.add_writeup(source_name, source_text, structure)?;
        let (record, position) = project.remove_writeup(id)?;
        Ok((
            Edit::WriteUpPresence {
                record,
                position,
                present: true,
            },
            id,
        ))
    }

    /// Removes a write-up as an undoable edit.
    pub fn remove_writeup(project: &Project, id: i64) -> Result<Edit, StoreError> {
        Ok(Edit::WriteUpPresence {
            record: project.writeup(id)?,
            position: project.writeup_position(id)?,
            present: false,
        })
    }

    fn is_noop(&self) -> bool {
        match self {
            Edit::Caption { before, after, .. } => before == after,
            Edit::Setting { before, after, .. } => before == after,
            Edit::WriteUp { before, after, .. } => before == after,
            Edit::WriteUpPresence { .. } => false,
        }
    }

    fn inverse(self) -> Edit {
        match self {
            Edit::Caption { photo, before, after } => Edit::Caption {
                photo,
                before: after,
                after: before,
            },
            Edit::Setting { key, before, after } => Edit::Setting {
                key,
                before: after,
                after: before,
            },
            Edit::WriteUp { id, before, after } => Edit::WriteUp {
                id,
                before: after,
                after: before,
            },
            Edit::WriteUpPresence {
                record,
                position,
                present,
            } => Edit::WriteUpPresence {
                record,
                position,
                present: !present,
            },
        }
    }

    /// Writes the edit's "after" into the project.
    fn write(&self, project: &Project) -> Result<(), StoreError> {
        match self {
            Edit::Caption { photo, after, .. } => project.set_caption(photo, after).map(|_| ()),
            Edit::Setting {
                key, after: Some(v), ..
            } => project.set_setting(key, v),
            Edit::Setting { key, after: None, .. } => project.remove_setting(key),
            Edit::WriteUp { id, after, .. } => project.update_writeup(*id, after),
            Edit::WriteUpPresence {
                record,
                position,
                present: true,
            } => project.restore_writeup(record, *position),
            Edit::WriteUpPresence {
                record, present: false, ..
            } => project.remove_writeup(record.id).map(|_| ()),
        }
    }
}

/// What an undo or redo changed, so the UI knows what to refresh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EditTarget {
    Caption,
    Setting,
    WriteUp,
}

impl From<&Edit> for EditTarget {
    fn from(e: &Edit) -> Self {
        match e {
            Edit::Caption { .. } => EditTarget::Caption,
            Edit::Setting { .. } => EditTarget::Setting,
            Edit::WriteUp { .. } | Edit::WriteUpPresence { .. } => EditTarget::WriteUp,
        }
    }
}

/// The undo and redo stacks of one open project.
#[derive(Debug, Default)]
pub struct History {
    done: Vec<Edit>,
    undone: Vec<Edit>,
}

/// How many edits can be undone; older ones are forgotten.
const DEPTH: usize = 500;

impl History {
    /// Applies an edit to the project and records it; a new edit clears what could be redone.
    /// An edit that changes nothing is not recorded.
    pub fn apply(&mut self, project: &Project, edit: Edit) -> Result<(), StoreError> {
        if edit.is_noop() {
            return Ok(());
        }
        edit.write(project)?;
        self.done.push(edit);
        if self.done.len() > DEPTH {
            self.done.remove(0);
        }
        self.undone.clear();
        Ok(())
    }

    /// Undoes the last edit; `None` when there is nothing to undo.
    pub fn undo(&mut self, project: &Project) -> Result<Option<EditTarget>, StoreError> {
        let Some(edit) = self.done.pop() else { return Ok(None) };
        if let Err(e) = edit.clone().inverse().write(project) {
            self.done.push(edit);
            return Err(e);
        }
        let target = EditTarget::from(&edit);
        self.undone.push(edit);
        Ok(Some(target))
    }

    /// Redoes the last undone edit; `None` when there is nothing to redo.
    pub fn redo(&mut self, project: &Project) -> Result<Option<EditTarget>, StoreError> {
        let Some(edit) = self.undone.pop() else { return Ok(None) };
        if let Err(e) = edit.write(project) {
            self.undone.push(edit);
            return Err(e);
        }
        let target = EditTarget::from(&edit);
        self.done.push(edit);
        Ok(Some(target))
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn project() -> (tempfile::TempDir, Project) {
        let dir = tempfile::tempdir().unwrap();
        let p = Project::create(&dir.path().join("t.zhanban")).unwrap();
        (dir, p)
    }

    #[test]
    fn settings_undo_and_redo_in_order_and_a_new_edit_clears_redo() {
        let (_d, p) = project();
        let mut h = History::default();
        for v in [1, 2, 3] {
            let e = Edit::setting(&p, "overrides", Some(json!({ "v": v }))).unwrap();
            h.apply(&p, e).unwrap();
        }
        let read = |p: &Project| p.setting::<Value>("overrides").unwrap();
        assert_eq!(read(&p), Some(json!({ "v": 3 })));
        assert_eq!(h.undo(&p).unwrap(), Some(EditTarget::Setting));
        assert_eq!(h.undo(&p).unwrap(), Some(EditTarget::Setting));
        assert_eq!(read(&p), Some(json!({ "v": 1 })));
        h.undo(&p).unwrap();
        assert_eq!(read(&p), None, "undoing the first edit removes the setting again");
        assert_eq!(h.undo(&p).unwrap(), None);
        h.redo(&p).unwrap();
        h.redo(&p).unwrap();
        assert_eq!(read(&p), Some(json!({ "v": 2 })));
        assert!(h.can_redo());
        h.apply(&p, Edit::setting(&p, "overrides", Some(json!({ "v": 9 }))).unwrap())
            .unwrap();
        assert!(!h.can_redo());
        assert_eq!(h.redo(&p).unwrap(), None);
        h.undo(&p).unwrap();
        assert_eq!(read(&p), Some(json!({ "v": 2 })));
    }

    #[test]
    fn adding_and_removing_a_writeup_undo_and_redo_with_the_same_id_and_place() {
        let (_d, p) = project();
        let mut h = History::default();
        let first = p
            .add_writeup("甲.txt", "甲", &json!({ "title": "甲", "blocks": [] }))
            .unwrap();
        let (edit, id) = Edit::add_writeup(&p, "乙.txt", "乙", &json!({ "title": "乙", "blocks": [] })).unwrap();
        h.apply(&p, edit).unwrap();
        let titles = |p: &Project| {
            p.writeups()
                .unwrap()
                .iter()
                .map(|w| (w.id, w.title.clone().unwrap()))
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(&p), vec![(first, "甲".to_string()), (id, "乙".to_string())]);
        assert_eq!(h.undo(&p).unwrap(), Some(EditTarget::WriteUp));
        assert_eq!(titles(&p), vec![(first, "甲".to_string())]);
        h.redo(&p).unwrap();
        assert_eq!(titles(&p), vec![(first, "甲".to_string()), (id, "乙".to_string())]);

        h.apply(&p, Edit::remove_writeup(&p, first).unwrap()).unwrap();
        assert_eq!(titles(&p), vec![(id, "乙".to_string())]);
        h.undo(&p).unwrap();
        assert_eq!(
            titles(&p),
            vec![(first, "甲".to_string()), (id, "乙".to_string())],
            "back in its place"
        );
    }

    #[test]
    fn a_noop_edit_is_not_recorded() {
        let (_d, p) = project();
        let mut h = History::default();
        h.apply(&p, Edit::setting(&p, "layout", None).unwrap()).unwrap();
        assert!(!h.can_undo());
    }
}
