//! What the desktop app's boards view receives after every layout: the frames its canvas draws, the layout summary,
//! the print problems preflight finds in them, the current board size, theme and exhibition details, the choices
//! the settings panel offers, and whether undo and redo are possible. Plain data built from a layout result.
//!
//! Each board travels with a key, a hash of its frame: the UI says which keys it holds, and a board it holds is sent
//! as `null` (after a one-word edit the payload shrinks from every board's glyphs to the one board that changed).

use std::hash::Hasher;
use std::io::Write;

use serde::Serialize;
use zhanban_frames::BoardFrame;
use zhanban_layout::{LayoutResult, Summary, Theme, PRESETS};
use zhanban_preflight::PreflightReport;
use zhanban_store::Project;

use crate::history::EditTarget;
use crate::pipeline::{self, Engine, PipelineError};
use crate::settings;

/// A board size the settings panel offers.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SizeOption {
    /// "WxH" in mm, as `Change::Layout` takes it.
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
    /// When `preface` is empty: a 前言 drafted from the write-ups' lead sentences, offered for the user to adopt and
    /// edit (empty when a preface is set or nothing can be drafted).
    pub draft_preface: String,
}

/// The boards' frames in order, as sent: `None` for a board the UI said it holds (its key is among `known`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SentFrames {
    pub boards: Vec<Option<BoardFrame>>,
}

/// Everything the boards view shows after a layout.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct BoardsPayload {
    /// Every board's frame, or `null` where the UI already holds a board with the same key.
    #[ts(type = "{ boards: Array<import(\"../boards/frames\").BoardFrame | null> }")]
    pub frames: SentFrames,
    /// Each board's key, in the same order: a hash of its whole frame (equal keys, equal frames).
    pub keys: Vec<String>,
    #[ts(type = "import(\"../boards/frames\").Summary")]
    pub summary: Summary,
    /// Print problems of these boards (badges on the outline and items; shown before export).
    #[ts(type = "import(\"../boards/frames\").PreflightReport")]
    pub preflight: PreflightReport,
    pub size: String,
    pub theme: String,
    /// The 活动剪影 boards are on: the photos no section chose go there (`Change::Gallery`).
    pub gallery: bool,
    /// A title board (展标) opens the exhibition (`Change::TitleBoard`).
    pub title_board: bool,
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
        faces: false,
        ..Default::default()
    };
    zhanban_photos::process(original, file_name, &opts)
        .ok()
        .map(|p| p.thumb.jpeg)
}

/// A board's key: a hash of its frame as serialised (the JSON the UI would receive), in hex.
pub fn board_key(board: &BoardFrame) -> String {
    struct Hashing(std::collections::hash_map::DefaultHasher);
    impl Write for Hashing {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.write(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, Hashing(Default::default()));
    // Writing into a hasher cannot fail, and a frame is plain data.
    let _ = serde_json::to_writer(&mut out, board);
    let _ = out.flush();
    format!("{:016x}", out.into_parts().0 .0.finish())
}

/// The frames to send and every board's key, in order: a board whose key is in `known` is left out (`None`).
pub fn sent_frames(boards: Vec<BoardFrame>, known: &[String]) -> (SentFrames, Vec<String>) {
    let keys: Vec<String> = boards.iter().map(board_key).collect();
    (sent(boards, &keys, known), keys)
}

/// The boards whose key is not in `known`, in order (`None` for the others).
fn sent(boards: Vec<BoardFrame>, keys: &[String], known: &[String]) -> SentFrames {
    let boards = (boards.into_iter().zip(keys))
        .map(|(board, key)| (!known.contains(key)).then_some(board))
        .collect();
    SentFrames { boards }
}

/// The payload for `result`, laid out from `project` by `engine` (whose font licences preflight reuses). Boards whose
/// key is in `known` (the UI holds them) are sent as `None`.
pub fn payload(
    project: &Project,
    result: LayoutResult,
    engine: &mut Engine,
    changed: Option<EditTarget>,
    known: &[String],
) -> Result<BoardsPayload, PipelineError> {
    let s = settings::load(project)?;
    let material = pipeline::material(project)?;
    let automatic_title = material.title();
    let keys = pipeline::board_keys(engine, &result);
    // Only the boards this layout changed are checked again (their findings are kept by key).
    let preflight = pipeline::check_kept(project, &result, &keys, engine)?;
    let frames = sent(result.frames.boards, &keys, known);
    let details = s.exhibition;
    let draft_preface = if details.preface.as_deref().is_none_or(|p| p.trim().is_empty()) {
        zhanban_layout::preface::draft_preface(&material, result.summary.photos_shown())
    } else {
        String::new()
    };
    Ok(BoardsPayload {
        preflight,
        frames,
        keys,
        summary: result.summary,
        size: s.layout.size,
        theme: s.layout.theme,
        gallery: details.gallery_on(),
        title_board: details.title_board_on(),
        exhibition: ExhibitionFields {
            title: details.title.unwrap_or_default(),
            organiser: details.organiser.unwrap_or_default(),
            date: details.date.unwrap_or_default(),
            preface: details.preface.unwrap_or_default(),
            closing: details.closing.unwrap_or_default(),
            automatic_title,
            draft_preface,
        },
        sizes: PRESETS
            .iter()
            .map(|p| SizeOption {
                id: format!("{}x{}", p.width, p.height),
                label: p.name.to_string(),
            })
            .collect(),
        themes: Theme::builtin().into_iter().map(|t| t.id).collect(),
        can_undo: crate::history::can_undo(project)?,
        can_redo: crate::history::can_redo(project)?,
        changed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(id: &str, x: f64) -> BoardFrame {
        serde_json::from_value(serde_json::json!({
            "id": id, "number": 1, "name": id, "width": 1200.0, "height": 900.0, "bleed": 3.0, "safe": 20.0,
            "background": { "r": 255, "g": 255, "b": 255 }, "fonts": [],
            "items": [{ "id": "r", "source": { "kind": "theme" }, "type": "rect",
                "rect": { "x": x, "y": 0.0, "w": 10.0, "h": 10.0 }, "fill": null, "stroke": null, "radius": 0.0 }]
        }))
        .expect("a board frame")
    }

    #[test]
    fn boards_the_ui_holds_are_sent_as_keys_only_and_any_change_gives_a_new_key() {
        let (a, b, c) = (board("a", 1.0), board("b", 1.0), board("c", 1.0));
        assert_eq!(board_key(&a), board_key(&a.clone()));
        assert_ne!(board_key(&a), board_key(&board("a", 1.001)), "an item moved");
        assert_ne!(board_key(&a), board_key(&b), "another board");

        let (all, keys) = sent_frames(vec![a.clone(), b.clone(), c.clone()], &[]);
        assert_eq!(all.boards, vec![Some(a.clone()), Some(b.clone()), Some(c.clone())]);
        let changed = board("b", 2.0);
        let (sent, new_keys) = sent_frames(vec![a, changed.clone(), c], &keys);
        assert_eq!(sent.boards, vec![None, Some(changed), None]);
        assert_eq!(
            (new_keys[0] == keys[0], new_keys[1] == keys[1], new_keys[2] == keys[2]),
            (true, false, true)
        );
    }

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
