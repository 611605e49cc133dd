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

/// Long edge of the canvas's sharp preview of a photo (shown when zoomed in; the stored thumbnail has 512 px).
pub const LARGE_PREVIEW: u32 = 2048;

/// An upright JPEG preview of a photo's original bytes with a long edge of [`LARGE_PREVIEW`] pixels (never
/// enlarged), for the canvas at high zoom. Decoding is the slow part: call it without holding the project.
pub fn large_preview(original: &[u8], file_name: &str) -> Option<Vec<u8>> {
    let opts = zhanban_photos::ProcessOptions {
        thumbs: zhanban_photos::ThumbOptions {
            long_edge: LARGE_PREVIEW,
            small_long_edge: 16,
            quality: 85,
        },
        ..Default::default()
    };
    zhanban_photos::process(original, file_name, &opts)
        .ok()
        .map(|p| p.thumb.jpeg)
}

/// The payload for `result`, laid out from `project`; `fonts` remembers font licences between payloads.
pub fn payload(
    project: &Project,
    result: LayoutResult,
    fonts: &mut dyn zhanban_preflight::FontLicences,
    can_undo: bool,
    can_redo: bool,
    changed: Option<EditTarget>,
) -> Result<BoardsPayload, PipelineError> {
    let choice = exhibition::layout_choice(project)?;
    let details = exhibition::exhibition_details(project)?;
    let automatic_title = exhibition::material(project)?.title();
    let preflight = exhibition::check_with(project, &result, fonts)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_preview_is_upright_and_2048_pixels_on_its_long_edge() {
        fn find(dir: &std::path::Path) -> Option<std::path::PathBuf> {
            for e in std::fs::read_dir(dir).ok()?.flatten() {
                let p = e.path();
                let big = std::fs::metadata(&p).is_ok_and(|m| m.is_file() && m.len() > 500_000);
                if p.is_dir() {
                    if let Some(f) = find(&p) {
                        return Some(f);
                    }
                } else if big && p.extension().is_some_and(|x| x.eq_ignore_ascii_case("jpg")) {
                    let bytes = std::fs::read(&p).unwrap_or_default();
                    let large = zhanban_photos::probe(&bytes, "x", u64::MAX)
                        .is_ok_and(|info| info.width.max(info.height) > 2 * LARGE_PREVIEW);
                    if large {
                        return Some(p);
                    }
                }
            }
            None
        }
        let photo =
            find(std::path::Path::new("/usr/share/backgrounds")).expect("scripts/setup installs wallpaper photos");
        let bytes = std::fs::read(&photo).unwrap();
        let info = zhanban_photos::probe(&bytes, "x", u64::MAX).unwrap();
        let jpeg = large_preview(&bytes, "x.jpg").unwrap();
        let small = zhanban_photos::probe(&jpeg, "preview", u64::MAX).unwrap();
        assert_eq!(
            small.width.max(small.height),
            LARGE_PREVIEW.min(info.width.max(info.height))
        );
        assert_eq!(small.width > small.height, info.width > info.height, "same orientation");
        assert!(large_preview(b"not a photo", "x.jpg").is_none());
    }
}
