//! Reversible edits and the undo history. Every change a user makes — from the desktop app or `zhanban-cli` — is
//! stored as an [`Edit`] that carries its value before and after, and recorded on the history's "done" stack, which
//! lives in the project file (so an undo works after the app or the command-line tool closed the file, and the
//! CLI's `undo` walks back exactly what the app would). Writing an edit and recording it is one transaction.
//! Because layout is recomputed from what the edits store, an undo survives any number of re-layouts.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use zhanban_store::{Project, Stack, StoreError, WriteUpRecord};

/// One reversible change, with what it replaced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum Edit {
    /// A photo's caption (photo named by content hash).
    Caption {
        photo: String,
        before: String,
        after: String,
    },
    /// The project's settings document (see `settings`), whole.
    Settings { before: Value, after: Value },
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
    fn is_noop(&self) -> bool {
        match self {
            Edit::Caption { before, after, .. } => before == after,
            Edit::Settings { before, after } => before == after,
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
            Edit::Settings { before, after } => Edit::Settings {
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
            Edit::Settings { after, .. } => project.set_setting(crate::settings::KEY, after),
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
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
            Edit::Settings { .. } => EditTarget::Setting,
            Edit::WriteUp { .. } | Edit::WriteUpPresence { .. } => EditTarget::WriteUp,
        }
    }
}

/// How many edits can be undone; older ones are forgotten.
const DEPTH: usize = 500;

fn entry(edit: &Edit) -> Result<String, StoreError> {
    Ok(serde_json::to_string(edit)?)
}

fn top(project: &Project, stack: Stack) -> Result<Option<Edit>, StoreError> {
    match project.history_top(stack)? {
        Some(s) => Ok(Some(serde_json::from_str(&s)?)),
        None => Ok(None),
    }
}

/// Applies an edit to the project and records it; a new edit clears what could be redone. An edit that changes
/// nothing is not recorded (returns `false`).
pub fn apply(project: &Project, edit: &Edit) -> Result<bool, StoreError> {
    if edit.is_noop() {
        return Ok(false);
    }
    project.atomically(|| {
        edit.write(project)?;
        project.history_push(Stack::Done, &entry(edit)?)?;
        project.history_trim(Stack::Done, DEPTH)?;
        project.history_trim(Stack::Undone, 0)
    })?;
    Ok(true)
}

/// One step from the top of `from` onto `to`, writing the edit (`forward`) or its inverse.
fn step(project: &Project, from: Stack, to: Stack, forward: bool) -> Result<Option<EditTarget>, StoreError> {
    let Some(edit) = top(project, from)? else {
        return Ok(None);
    };
    project.atomically(|| {
        if forward {
            edit.write(project)?;
        } else {
            edit.clone().inverse().write(project)?;
        }
        project.history_drop_top(from)?;
        project.history_push(to, &entry(&edit)?)
    })?;
    Ok(Some(EditTarget::from(&edit)))
}

/// Undoes the last edit; `None` when there is nothing to undo.
pub fn undo(project: &Project) -> Result<Option<EditTarget>, StoreError> {
    step(project, Stack::Done, Stack::Undone, false)
}

/// Redoes the last undone edit; `None` when there is nothing to redo.
pub fn redo(project: &Project) -> Result<Option<EditTarget>, StoreError> {
    step(project, Stack::Undone, Stack::Done, true)
}

pub fn can_undo(project: &Project) -> Result<bool, StoreError> {
    Ok(project.history_len(Stack::Done)? > 0)
}

pub fn can_redo(project: &Project) -> Result<bool, StoreError> {
    Ok(project.history_len(Stack::Undone)? > 0)
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

    fn settings(p: &Project, v: i64) -> Edit {
        Edit::Settings {
            before: p.setting(crate::settings::KEY).unwrap().unwrap(),
            after: json!({ "v": v }),
        }
    }

    #[test]
    fn edits_undo_and_redo_in_order_across_reopening_and_a_new_edit_clears_redo() {
        let (d, p) = project();
        let first: Value = p.setting(crate::settings::KEY).unwrap().unwrap();
        for v in [1, 2, 3] {
            apply(&p, &settings(&p, v)).unwrap();
        }
        let read = |p: &Project| p.setting::<Value>(crate::settings::KEY).unwrap().unwrap();
        assert_eq!(read(&p), json!({ "v": 3 }));
        assert_eq!(undo(&p).unwrap(), Some(EditTarget::Setting));
        drop(p);
        // The history is in the file: a new opening (the CLI's next run) goes on where the last one stopped.
        let p = Project::open(&d.path().join("t.zhanban")).unwrap();
        assert_eq!(undo(&p).unwrap(), Some(EditTarget::Setting));
        assert_eq!(read(&p), json!({ "v": 1 }));
        undo(&p).unwrap();
        assert_eq!(
            read(&p),
            first,
            "undoing the first edit restores the document as it was"
        );
        assert_eq!(undo(&p).unwrap(), None);
        redo(&p).unwrap();
        redo(&p).unwrap();
        assert_eq!(read(&p), json!({ "v": 2 }));
        assert!(can_redo(&p).unwrap());
        apply(&p, &settings(&p, 9)).unwrap();
        assert!(!can_redo(&p).unwrap());
        assert_eq!(redo(&p).unwrap(), None);
        undo(&p).unwrap();
        assert_eq!(read(&p), json!({ "v": 2 }));
    }

    #[test]
    fn adding_and_removing_a_writeup_undo_and_redo_with_the_same_id_and_place() {
        let (_d, p) = project();
        let first = p
            .add_writeup("甲.txt", "甲", &json!({ "title": "甲", "blocks": [] }))
            .unwrap();
        let id = p
            .add_writeup("乙.txt", "乙", &json!({ "title": "乙", "blocks": [] }))
            .unwrap();
        let (record, position) = p.remove_writeup(id).unwrap();
        let add = Edit::WriteUpPresence {
            record,
            position,
            present: true,
        };
        apply(&p, &add).unwrap();
        let titles = |p: &Project| {
            p.writeups()
                .unwrap()
                .iter()
                .map(|w| (w.id, w.title.clone().unwrap()))
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(&p), vec![(first, "甲".to_string()), (id, "乙".to_string())]);
        assert_eq!(undo(&p).unwrap(), Some(EditTarget::WriteUp));
        assert_eq!(titles(&p), vec![(first, "甲".to_string())]);
        redo(&p).unwrap();
        assert_eq!(titles(&p), vec![(first, "甲".to_string()), (id, "乙".to_string())]);
        let remove = Edit::WriteUpPresence {
            record: p.writeup(first).unwrap(),
            position: p.writeup_position(first).unwrap(),
            present: false,
        };
        apply(&p, &remove).unwrap();
        assert_eq!(titles(&p), vec![(id, "乙".to_string())]);
        undo(&p).unwrap();
        assert_eq!(
            titles(&p),
            vec![(first, "甲".to_string()), (id, "乙".to_string())],
            "back in its place"
        );
    }

    #[test]
    fn a_noop_edit_is_not_recorded_and_a_failed_one_leaves_no_trace() {
        let (_d, p) = project();
        let same: Value = p.setting(crate::settings::KEY).unwrap().unwrap();
        let noop = Edit::Settings {
            before: same.clone(),
            after: same,
        };
        assert!(!apply(&p, &noop).unwrap());
        assert!(!can_undo(&p).unwrap());
        let bad = Edit::WriteUp {
            id: 99,
            before: json!({}),
            after: json!({ "title": "x" }),
        };
        assert!(apply(&p, &bad).is_err());
        assert!(
            !can_undo(&p).unwrap(),
            "nothing recorded for an edit that could not be written"
        );
    }
}
