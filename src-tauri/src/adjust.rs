//! What a user can change on the boards — move a photo to another board, make it larger or smaller, set its crop
//! focal point, rewrite a text, pin a body size, step to another arrangement, choose the board size and theme, fill
//! in the exhibition details — expressed as an [`Adjustment`] and turned into an undoable [`Edit`] of the project's
//! stored settings. The next layout reads them back, so every adjustment survives re-layout. Used by the desktop
//! shell and `zhanban-cli adjust`; no Tauri here, no layout logic.

use serde::{Deserialize, Serialize};
use zhanban_frames::Source;
use zhanban_layout::{AddedGroup, Emphasis, ExhibitionDetails, Overrides, Split, TextEdit};
use zhanban_store::Project;

use crate::edits::Edit;
use crate::exhibition::{self, LayoutChoice, PipelineError};

/// One change the user asks for on the boards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Adjustment {
    /// Put a photo on another group of boards (group key as in the layout summary), optionally at a position.
    MovePhoto {
        photo: String,
        group: String,
        #[ts(type = "number | null")]
        position: Option<usize>,
    },
    /// Larger, smaller or back to normal.
    Emphasis {
        photo: String,
        #[ts(type = "\"normal\" | \"larger\" | \"smaller\"")]
        emphasis: Emphasis,
    },
    /// Crop focal point, 0–1 in each axis.
    Focal { photo: String, x: f64, y: f64 },
    /// A photo's caption.
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
    /// The exhibition's title, organiser, date, preface and closing (empty = automatic).
    Exhibition {
        title: String,
        organiser: String,
        date: String,
        preface: String,
        closing: String,
    },
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

/// The overrides edit that applies `change` to the project's current overrides.
fn overrides_edit(project: &Project, change: impl FnOnce(&mut Overrides)) -> Result<Edit, PipelineError> {
    let mut o = exhibition::overrides(project)?;
    change(&mut o);
    store_overrides(project, &o)
}

/// The edit that stores `o` as the project's overrides.
fn store_overrides(project: &Project, o: &Overrides) -> Result<Edit, PipelineError> {
    let value = serde_json::to_value(o).map_err(zhanban_store::StoreError::from)?;
    Ok(Edit::setting(project, exhibition::OVERRIDES_KEY, Some(value))?)
}

/// `order` with every deleted group of `series` (the groups in their current order, deleted ones included) put
/// back right after the group it followed.
fn keep_removed_in_place(mut order: Vec<String>, removed: &[String], series: &[String]) -> Vec<String> {
    for (i, key) in series.iter().enumerate() {
        if removed.contains(key) && !order.contains(key) && key != "preface" && key != "closing" {
            let at = series[..i]
                .iter()
                .rev()
                .find_map(|p| order.iter().position(|q| q == p))
                .map_or(0, |j| j + 1);
            order.insert(at, key.clone());
        }
    }
    order
}

/// Turns an adjustment into the edit that stores it (checked; nothing is written yet).
pub fn edit_for(project: &Project, adjustment: &Adjustment) -> Result<Edit, PipelineError> {
    let known_photo = |hash: &str| -> Result<(), PipelineError> {
        match project.photo(hash)? {
            Some(_) => Ok(()),
            None => Err(PipelineError::User(crate::messages::no_such_photo(hash))),
        }
    };
    match adjustment.clone() {
        Adjustment::MovePhoto { photo, group, position } => {
            known_photo(&photo)?;
            overrides_edit(project, |o| {
                let p = o.photos.entry(photo).or_default();
                p.group = Some(group);
                p.position = position;
            })
        }
        Adjustment::Emphasis { photo, emphasis } => {
            known_photo(&photo)?;
            overrides_edit(project, |o| o.photos.entry(photo).or_default().emphasis = emphasis)
        }
        Adjustment::Focal { photo, x, y } => {
            known_photo(&photo)?;
            let focal = (check_unit(x)?, check_unit(y)?);
            overrides_edit(project, |o| o.photos.entry(photo).or_default().focal = Some(focal))
        }
        Adjustment::Caption { photo, text } => Ok(Edit::caption(project, &photo, &text)?),
        Adjustment::Text { target, text } => overrides_edit(project, |o| {
            o.texts.retain(|e| e.target != target);
            if let Some(text) = text {
                o.texts.push(TextEdit { target, text });
            }
        }),
        Adjustment::PinSize { group, body_pt } => {
            if body_pt.is_some_and(|pt| !(pt.is_finite() && (6.0..=400.0).contains(&pt))) {
                return Err(PipelineError::User(crate::messages::bad_font_size()));
            }
            overrides_edit(project, |o| o.groups.entry(group).or_default().body_pt = body_pt)
        }
        Adjustment::Arrangement { board, n } => overrides_edit(project, |o| {
            if n == 0 {
                o.arrangements.remove(&board);
            } else {
                o.arrangements.insert(board, n);
            }
        }),
        Adjustment::Order { groups } => {
            // Deleted groups keep their place among the others (as they stood before this reorder), so restoring
            // brings them back there.
            let mut o = exhibition::overrides(project)?;
            let series: Vec<String> = if o.removed.is_empty() {
                Vec::new()
            } else {
                let all = Overrides {
                    removed: Vec::new(),
                    ..o.clone()
                };
                let material = exhibition::material(project)?;
                zhanban_layout::plan::plan(&material, &all)
                    .groups
                    .into_iter()
                    .map(|g| g.key)
                    .collect()
            };
            o.order = keep_removed_in_place(groups, &o.removed, &series);
            store_overrides(project, &o)
        }
        Adjustment::Merge { group } => overrides_edit(project, |o| {
            if !o.merges.contains(&group) {
                o.merges.push(group);
            }
        }),
        Adjustment::Split { group, before_block } => {
            // Splits name the group a write-up's section started as (a split group is `<key>/<block>`).
            let group = group.split('/').next().unwrap_or_default().to_string();
            overrides_edit(project, |o| {
                let split = Split { group, before_block };
                if !o.splits.contains(&split) {
                    o.splits.push(split);
                }
            })
        }
        Adjustment::AddBoard { after, title, text } => overrides_edit(project, |o| {
            let key = o.next_added_key();
            // An explicit order lists every group: the new one goes right after the one it follows.
            if !o.order.is_empty() {
                let at = after
                    .as_ref()
                    .and_then(|a| o.order.iter().position(|k| k == a))
                    .map_or(o.order.len(), |i| i + 1);
                let at = if after.as_deref() == Some("preface") { 0 } else { at };
                o.order.insert(at, key.clone());
            }
            o.added.push(AddedGroup {
                key,
                title: non_empty(&title).unwrap_or_else(|| crate::messages::new_board_title().to_string()),
                text: text.trim().to_string(),
                after,
            });
        }),
        Adjustment::RemoveBoard { group } => overrides_edit(project, |o| {
            if !o.is_removed(&group) {
                o.removed.push(group);
            }
        }),
        Adjustment::RestoreBoard { group } => overrides_edit(project, |o| o.removed.retain(|k| k != &group)),
        Adjustment::BoardStyle { group, size, theme } => {
            let spec = size.as_deref().map(exhibition::parse_size).transpose()?;
            if let Some(theme) = &theme {
                exhibition::check_theme(theme)?;
            }
            overrides_edit(project, |o| {
                let g = o.groups.entry(group).or_default();
                g.spec = spec;
                g.theme = theme;
            })
        }
        Adjustment::Layout { size, theme } => {
            let spec = exhibition::parse_size(&size)?;
            exhibition::check_theme(&theme)?;
            let choice = LayoutChoice {
                size: format!("{}x{}", spec.width, spec.height),
                theme,
            };
            let value = serde_json::to_value(&choice).map_err(zhanban_store::StoreError::from)?;
            Ok(Edit::setting(project, exhibition::LAYOUT_KEY, Some(value))?)
        }
        Adjustment::Exhibition {
            title,
            organiser,
            date,
            preface,
            closing,
        } => {
            let mut details: ExhibitionDetails = exhibition::exhibition_details(project)?;
            details.title = non_empty(&title);
            details.organiser = non_empty(&organiser);
            details.date = non_empty(&date);
            details.preface = non_empty(&preface);
            details.closing = non_empty(&closing);
            let value = serde_json::to_value(&details).map_err(zhanban_store::StoreError::from)?;
            Ok(Edit::setting(project, exhibition::EXHIBITION_KEY, Some(value))?)
        }
    }
}
