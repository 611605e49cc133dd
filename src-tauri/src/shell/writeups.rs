//! The write-up commands of the desktop shell: list, understand a paste, correct a draft, accept it, open and
//! correct a stored write-up. Logic lives in `crate::writeups`; every change to a stored write-up goes through the
//! project's undo history (`crate::edits`). Locks are taken project first, then history, as everywhere in the shell.

use serde_json::Value;
use tauri::State;

use super::{current, history, lock, AppState, CommandResult};
use crate::edits::Edit;
use crate::payloads::CommandError;
use crate::writeups::{self, Draft, EditError, Review, WriteupOp};
use zhanban_store::WriteUpRow;

impl From<EditError> for CommandError {
    fn from(e: EditError) -> Self {
        CommandError::User(e.0)
    }
}

fn stored_review(project: &zhanban_store::Project, id: i64) -> CommandResult<Review> {
    let rec = project.writeup(id)?;
    Ok(writeups::review(
        Some(id),
        Draft {
            source_name: rec.source_name,
            source_text: rec.source_text,
            structure: rec.structure,
        },
    )?)
}

/// The project's write-ups in order.
#[tauri::command]
pub(super) fn writeup_list(state: State<'_, AppState>) -> CommandResult<Vec<WriteUpRow>> {
    let guard = lock(&state)?;
    let project = current(&guard)?;
    Ok(project.writeups()?)
}

/// Understands pasted text (the clipboard's HTML when it has one): a draft to review, nothing stored yet.
#[tauri::command]
pub(super) fn writeup_paste(html: Option<String>, text: String) -> CommandResult<Review> {
    let draft = writeups::understand_paste(html.as_deref(), &text)?;
    Ok(writeups::review(None, draft)?)
}

/// Applies a correction to a draft (not stored; no history needed).
#[tauri::command]
pub(super) fn writeup_draft_edit(draft: Draft, op: WriteupOp) -> CommandResult<Review> {
    Ok(writeups::review(None, writeups::apply_to_draft(draft, &op)?)?)
}

/// 确认使用: stores a reviewed draft and returns it as stored.
#[tauri::command]
pub(super) fn writeup_accept(state: State<'_, AppState>, draft: Draft) -> CommandResult<Review> {
    writeups::parse(&draft.structure)?;
    let guard = lock(&state)?;
    let project = current(&guard)?;
    let (edit, id) = Edit::add_writeup(project, &draft.source_name, &draft.source_text, &draft.structure)?;
    history(&state)?.apply(project, edit)?;
    stored_review(project, id)
}

/// Removes a stored write-up (undoable: Ctrl+Z puts it back in its place); returns the list as it now is.
#[tauri::command]
pub(super) fn writeup_remove(state: State<'_, AppState>, id: i64) -> CommandResult<Vec<WriteUpRow>> {
    let guard = lock(&state)?;
    let project = current(&guard)?;
    history(&state)?.apply(project, Edit::remove_writeup(project, id)?)?;
    Ok(project.writeups()?)
}

/// A stored write-up, for review and editing.
#[tauri::command]
pub(super) fn writeup_open(state: State<'_, AppState>, id: i64) -> CommandResult<Review> {
    let guard = lock(&state)?;
    let project = current(&guard)?;
    stored_review(project, id)
}

/// Applies a correction to a stored write-up through the undo history.
#[tauri::command]
pub(super) fn writeup_edit(state: State<'_, AppState>, id: i64, op: WriteupOp) -> CommandResult<Review> {
    let guard = lock(&state)?;
    let project = current(&guard)?;
    let current: Value = project.writeup(id)?.structure;
    let after = writeups::apply_to_structure(&current, &op)?;
    history(&state)?.apply(project, Edit::writeup(project, id, after)?)?;
    stored_review(project, id)
}
