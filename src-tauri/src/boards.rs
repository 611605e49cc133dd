//! What the desktop app's boards view receives after every layout: the frames its canvas draws, the layout summary,
//! the print problems preflight finds in them, the current board size, theme and exhibition details, the choices
//! the settings panel offers, and whether undo and redo are possible. Plain data built from a layout result; no Tauri here.

use serde::Serialize;
use zhanban_frames::Frames;
use zhanban_layout::{LayoutResult, Summary, Theme, PRESETS};
use zhanban_preflight::PreflightReport;
use zhanban_store::Project;

use crate::edits::EditTarget;
use crate::exhibition::{self, PipelineError};

/// A board size the settings panel offers.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SizeOption {
    /// "WxH" in mm, as `Adjustment::Layout` takes it.
    pub id: String,
    pub label: String,
}

/// The exhibition details as the settings panel edits them (empty = automatic).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ExhibitionFields {
    pub title: String,
    pub organiser: String,
    pub date: String,
    pub preface: String,
    pub closing: String,
    /// The title layout uses when `title` is empty (the first write-up's).
    pub automatic_title: String,
}

/// Everything the boards view shows after a layout.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct BoardsPayload {
    #[ts(type = "import(\"../boards/frames\").Frames")]
    pub frames: Frames,
    #[ts(type = "import(\"../boards/frames\").Summary")]
    pub summary: Summary,
    /// Print problems of these boards (badges on the outline and items; shown before export).
    #[ts(type = "import(\"../boards/frames\").PreflightReport")]
    pub preflight: PreflightReport,
    pub size: String,
    pub theme: String,
    pub exhibition: ExhibitionFields,
    pub sizes: Vec<SizeOption>,
    pub themes: Vec<String>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// What the last undo/redo changed (so the UI refreshes captions or write-ups too).
    pub changed: Option<EditTarget>,
}

/// The payload for `result`, laid out from `project`.
pub fn payload(
    project: &Project,
    result: LayoutResult,
    can_undo: bool,
    can_redo: bool,
    changed: Option<EditTarget>,
) -> Result<BoardsPayload, PipelineError> {
    let choice = exhibition::layout_choice(project)?;
    let details = exhibition::exhibition_details(project)?;
    let automatic_title = exhibition::material(project)?.title();
    let preflight = exhibition::check(project, &result)?;
    Ok(BoardsPayload {
        preflight,
        frames: result.frames,
        summary: result.summary,
        size: choice.size,
        theme: choice.theme,
        exhibition: ExhibitionFields {
            title: details.title.unwrap_or_default(),
            organiser: details.organiser.unwrap_or_default(),
            date: details.date.unwrap_or_default(),
            preface: details.preface.unwrap_or_default(),
            closing: details.closing.unwrap_or_default(),
            automatic_title,
        },
        sizes: PRESETS
            .iter()
            .map(|p| SizeOption {
                id: format!("{}x{}", p.width, p.height),
                label: p.name.to_string(),
            })
            .collect(),
        themes: Theme::builtin().into_iter().map(|t| t.id).collect(),
        can_undo,
        can_redo,
        changed,
    })
}
