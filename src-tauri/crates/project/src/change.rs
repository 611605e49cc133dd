//! Everything a user can change in a project, as one typed [`Change`]: a photo's caption, the boards (move a photo,
//! put photos in an order, take a photo off the boards, 不是同一张, larger/smaller, crop focal point, rewrite a text, pin a body size, another arrangement, order, split, merge,
//! add/remove/restore a board, a group's own size and theme), the board size and theme, the 活动剪影 boards on or off,
//! the exhibition details,
//! and the write-ups (correct, accept, remove). [`edit_for`] checks a change and turns it into the reversible
//! [`Edit`] that stores it; the session applies that edit. The front ends (CLI, desktop shell) only build
//! `Change`s — this is the one place where what a change means is decided.

use serde::{Deserialize, Serialize};
use zhanban_frames::Source;
use zhanban_layout::{Emphasis, Overrides, TextEdit};
use zhanban_store::Project;

use crate::history::Edit;
use crate::pipeline::{self, PipelineError};
use crate::review::{self, Draft, WriteupOp};
use crate::settings::{self, Settings};

/// One change the user asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Change {
    /// Put a photo on another group of boards (group key as in the layout summary), optionally at a position.
    MovePhoto {
        photo: String,
        group: String,
        #[ts(type = "number | null")]
        position: Option<usize>,
    },
    /// Put each listed group's photos in this order (group key, photo hashes): a swap dragged on the canvas, as one
    /// change. Every photo named is pinned to its group at its place.
    OrderPhotos { orders: Vec<(String, Vec<String>)> },
    /// Take a photo off the boards (Delete on the canvas; it stays in the project and the library), or put it back
    /// (放回展板: then it is wanted — placed even where selection left it out as a copy or a burst shot).
    HidePhoto { photo: String, hidden: bool },
    /// 不是同一张: the user says two photos import found to be the same picture (or one burst) are not (`false`: they
    /// are, after all). Selection then keeps both.
    NotSame {
        photo: String,
        other: String,
        not_same: bool,
    },
    /// Larger, smaller or back to normal.
    Emphasis {
        photo: String,
        #[ts(type = "\"normal\" | \"larger\" | \"smaller\"")]
        emphasis: Emphasis,
    },
    /// Crop focal point, 0–1 in each axis.
    Focal { photo: String, x: f64, y: f64 },
    /// A photo's caption (trimmed; empty clears it).
    Caption { photo: String, text: String },
    /// Replace a text the layout drew (a write-up block, an exhibition field); `None` returns to the original.
    Text {
        #[ts(type = "{ kind: string; writeup?: number; block?: number; hash?: string; field?: string }")]
        target: Source,
        text: Option<String>,
    },
    /// Pin the body size of a group of boards (points), or let layout choose again.
    PinSize { group: String, body_pt: Option<f64> },
    /// Show the n-th best arrangement of a board (0 = the automatic choice).
    Arrangement {
        board: String,
        #[ts(type = "number")]
        n: usize,
    },
    /// Put the groups of boards in this order (group keys; unlisted groups follow in their own order).
    Order { groups: Vec<String> },
    /// Join a group's content onto the previous group's boards (its title becomes a heading there).
    Merge { group: String },
    /// Start a new group of boards at a write-up block (a paragraph or heading of `group`).
    Split {
        group: String,
        #[ts(type = "number")]
        before_block: usize,
    },
    /// Add a board of the user's own after a group (`"preface"`: first; `None`: after the last section). Its title
    /// and text are edited on the canvas like any other text; photos are moved onto it.
    AddBoard {
        after: Option<String>,
        title: String,
        text: String,
    },
    /// Take a group of boards out of the series (kept in the project: it can be restored as it was).
    RemoveBoard { group: String },
    /// Bring a deleted group of boards back to its place.
    RestoreBoard { group: String },
    /// One group of boards in another size or theme than the exhibition's (`None`: as the exhibition).
    BoardStyle {
        group: String,
        size: Option<String>,
        theme: Option<String>,
    },
    /// Board size ("WxH" in mm) and theme of the exhibition.
    Layout { size: String, theme: String },
    /// 活动剪影: the photos no section chose go onto gallery boards at the end of the exhibition (`true`, the
    /// default), or stay in the library as unused (`false`).
    Gallery { on: bool },
    /// 展标: a title board opens the exhibition (`true`), or not (`false`, the default).
    TitleBoard { on: bool },
    /// The exhibition's title, organiser, date, preface and closing (trimmed; empty = automatic).
    Exhibition {
        title: String,
        organiser: String,
        date: String,
        preface: String,
        closing: String,
    },
    /// A correction of a stored write-up (a row's kind or text, delete, restore a dropped line, 繁→简).
    WriteupEdit {
        #[ts(type = "number")]
        id: i64,
        op: WriteupOp,
    },
    /// 确认使用: store a reviewed draft as a new write-up (at the end of the list).
    WriteupAdd { draft: Draft },
    /// Take a stored write-up out of the project.
    WriteupRemove {
        #[ts(type = "number")]
        id: i64,
    },
}

/// A photo named by its content hash or (the first imported of that name) by its file name.
pub fn find_photo(project: &Project, photo: &str) -> Result<zhanban_store::PhotoRow, PipelineError> {
    if let Some(row) = project.photo(photo)? {
        return Ok(row);
    }
    let row = project.photos()?.into_iter().find(|p| p.file_name == photo);
    Ok(row.ok_or_else(|| zhanban_store::StoreError::NoSuchPhoto(photo.to_string()))?)
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

fn check_unit(v: f64) -> Result<f64, PipelineError> {
    if v.is_finite() && (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(PipelineError::User(crate::messages::bad_focal_point()))
    }
}

/// The settings edit that applies `change` to the project's current settings. Its "before" is the document as
/// stored (so an undo restores it byte for byte); a change that changes nothing is a no-op edit.
fn settings_edit(project: &Project, change: impl FnOnce(&mut Settings)) -> Result<Edit, PipelineError> {
    let current = settings::load(project)?;
    let mut after = current.clone();
    change(&mut after);
    let before = match project.setting::<serde_json::Value>(settings::KEY)? {
        Some(stored) => stored,
        None => settings::to_value(&current)?,
    };
    let after = if after == current {
        before.clone()
    } else {
        settings::to_value(&after)?
    };
    Ok(Edit::Settings { before, after })
}

fn overrides_edit(project: &Project, change: impl FnOnce(&mut Overrides)) -> Result<Edit, PipelineError> {
    settings_edit(project, |s| change(&mut s.overrides))
}

/// Checks a change and turns it into the edit that stores it; for a write-up added, also its new id. Nothing is
/// written yet.
pub fn edit_for(project: &Project, change: &Change) -> Result<(Edit, Option<i64>), PipelineError> {
    let known_photo = |hash: &str| -> Result<(), PipelineError> {
        match project.photo(hash)? {
            Some(_) => Ok(()),
            None => Err(PipelineError::User(crate::messages::no_such_photo(hash))),
        }
    };
    // The 前言 and 结束语 boards are text panels: a photo moved there would be ignored (layout assigns photos before
    // it builds them), so the move is refused and the user told why.
    let text_board = |group: &str| -> Result<(), PipelineError> {
        match group {
            "preface" | "closing" => Err(PipelineError::User(crate::messages::no_photo_on_text_board())),
            _ => Ok(()),
        }
    };
    let edit = match change.clone() {
        Change::MovePhoto { photo, group, position } => {
            known_photo(&photo)?;
            text_board(&group)?;
            overrides_edit(project, |o| {
                let p = o.photos.entry(photo).or_default();
                p.group = Some(group);
                p.position = position;
            })?
        }
        Change::OrderPhotos { orders } => {
            for (group, photos) in &orders {
                text_board(group)?;
                for hash in photos {
                    known_photo(hash)?;
                }
            }
            overrides_edit(project, |o| {
                for (group, photos) in orders {
                    for (i, hash) in photos.into_iter().enumerate() {
                        let p = o.photos.entry(hash).or_default();
                        p.group = Some(group.clone());
                        p.position = Some(i);
                    }
                }
            })?
        }
        Change::HidePhoto { photo, hidden } => {
            known_photo(&photo)?;
            overrides_edit(project, |o| {
                let p = o.photos.entry(photo).or_default();
                p.hidden = hidden;
                p.wanted = !hidden;
            })?
        }
        Change::NotSame { photo, other, not_same } => {
            known_photo(&photo)?;
            known_photo(&other)?;
            overrides_edit(project, |o| {
                // Stored on one side; taking the word back clears both sides.
                if not_same {
                    o.photos.entry(photo).or_default().not_same.insert(other);
                } else {
                    for (a, b) in [(&photo, &other), (&other, &photo)] {
                        if let Some(p) = o.photos.get_mut(a) {
                            p.not_same.remove(b);
                        }
                    }
                }
            })?
        }
        Change::Emphasis { photo, emphasis } => {
            known_photo(&photo)?;
            overrides_edit(project, |o| o.photos.entry(photo).or_default().emphasis = emphasis)?
        }
        Change::Focal { photo, x, y } => {
            known_photo(&photo)?;
            let focal = (check_unit(x)?, check_unit(y)?);
            overrides_edit(project, |o| o.photos.entry(photo).or_default().focal = Some(focal))?
        }
        Change::Caption { photo, text } => {
            let row = find_photo(project, &photo)?;
            Edit::Caption {
                photo: row.hash,
                before: row.caption,
                after: text.trim().to_string(),
            }
        }
        Change::Text { target, text } => overrides_edit(project, |o| {
            o.texts.retain(|e| e.target != target);
            if let Some(text) = text {
                o.texts.push(TextEdit { target, text });
            }
        })?,
        Change::PinSize { group, body_pt } => {
            if body_pt.is_some_and(|pt| !(pt.is_finite() && (6.0..=400.0).contains(&pt))) {
                return Err(PipelineError::User(crate::messages::bad_font_size()));
            }
            overrides_edit(project, |o| o.groups.entry(group).or_default().body_pt = body_pt)?
        }
        Change::Arrangement { board, n } => overrides_edit(project, |o| {
            if n == 0 {
                o.arrangements.remove(&board);
            } else {
                o.arrangements.insert(board, n);
            }
        })?,
        Change::Order { groups } => {
            let material = pipeline::material(project)?;
            let spec = pipeline::parse_size(&settings::load(project)?.layout.size)?;
            overrides_edit(project, |o| o.reorder(groups, &material, spec))?
        }
        Change::Merge { group } => overrides_edit(project, |o| {
            if !o.merges.contains(&group) {
                o.merges.push(group);
            }
        })?,
        Change::Split { group, before_block } => overrides_edit(project, |o| o.split(&group, before_block))?,
        Change::AddBoard { after, title, text } => overrides_edit(project, |o| {
            let title = non_empty(&title).unwrap_or_else(|| crate::messages::new_board_title().to_string());
            o.add_board(after, title, text.trim().to_string());
        })?,
        Change::RemoveBoard { group } => overrides_edit(project, |o| {
            if !o.is_removed(&group) {
                o.removed.push(group);
            }
        })?,
        Change::RestoreBoard { group } => overrides_edit(project, |o| o.removed.retain(|k| k != &group))?,
        Change::BoardStyle { group, size, theme } => {
            let spec = size.as_deref().map(pipeline::parse_size).transpose()?;
            if let Some(theme) = &theme {
                pipeline::check_theme(theme)?;
            }
            overrides_edit(project, |o| {
                let g = o.groups.entry(group).or_default();
                g.spec = spec;
                g.theme = theme;
            })?
        }
        Change::Layout { size, theme } => {
            let spec = pipeline::parse_size(&size)?;
            pipeline::check_theme(&theme)?;
            settings_edit(project, |s| {
                s.layout.size = format!("{}x{}", spec.width, spec.height);
                s.layout.theme = theme;
            })?
        }
        Change::Gallery { on } => settings_edit(project, |s| {
            // Stored only when it differs from the default, so a project that never changed it reads as before.
            s.exhibition.gallery = (!on).then_some(false);
        })?,
        Change::TitleBoard { on } => settings_edit(project, |s| {
            s.exhibition.title_board = on.then_some(true);
        })?,
        Change::Exhibition {
            title,
            organiser,
            date,
            preface,
            closing,
        } => settings_edit(project, |s| {
            let d = &mut s.exhibition;
            d.title = non_empty(&title);
            d.organiser = non_empty(&organiser);
            d.date = non_empty(&date);
            d.preface = non_empty(&preface);
            d.closing = non_empty(&closing);
        })?,
        Change::WriteupEdit { id, op } => {
            let before = project.writeup(id)?.structure;
            let after = review::apply_to_structure(&before, &op)?;
            Edit::WriteUp { id, before, after }
        }
        Change::WriteupAdd { draft } => {
            review::parse(&draft.structure)?;
            // Stored and taken out again to learn its id and place; the edit puts the same row back.
            let id = project.add_writeup(&draft.source_name, &draft.source_text, &draft.structure)?;
            let (record, position) = project.remove_writeup(id)?;
            let edit = Edit::WriteUpPresence {
                record,
                position,
                present: true,
            };
            return Ok((edit, Some(id)));
        }
        Change::WriteupRemove { id } => Edit::WriteUpPresence {
            record: project.writeup(id)?,
            position: project.writeup_position(id)?,
            present: false,
        },
    };
    Ok((edit, None))
}
