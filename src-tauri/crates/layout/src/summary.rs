//! The summary of a layout that `zhanban-cli layout` prints (text or JSON): boards in order, what went where, and
//! everything unplaced or open. Owns the report's shape and its text rendering; it must not lay anything out.

use serde::{Deserialize, Serialize};

pub use crate::plan::RemovedGroup;
use crate::select::LeftOut;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Summary {
    pub boards: Vec<BoardSummary>,
    /// Content that could not be placed on any board (never dropped silently).
    pub unplaced: Vec<Unplaced>,
    /// Captions waiting for a photo (kept, not printed).
    pub open_slots: Vec<OpenSlotSummary>,
    /// Photos printed below the resolution print needs (under 100 ppi; under 72 ppi only to keep the minimum
    /// photo area): for preflight and the UI to warn.
    #[serde(default)]
    pub low_resolution: Vec<LowResolution>,
    /// Other things the user should know (missing closing, overrides that no longer apply…).
    pub notes: Vec<String>,
    /// Groups of boards the user deleted, in series order (to restore them).
    #[serde(default)]
    pub removed: Vec<RemovedGroup>,
    /// Photos not laid out (copies of a picture used elsewhere, burst shots, taken off by the user, too low a
    /// resolution), with reasons.
    #[serde(default)]
    pub left_out: Vec<LeftOut>,
}

impl Summary {
    /// How many photos the boards show.
    pub fn photos_shown(&self) -> usize {
        self.boards.iter().map(|b| b.photos.len()).sum()
    }
}

/// A photo placed at a size its pixels do not cover well.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct LowResolution {
    /// Board id (group key, `#2`… on （续） boards) and number.
    pub board: String,
    pub number: usize,
    pub file_name: String,
    pub hash: String,
    /// Effective resolution at printed size (pixels per inch, the weaker axis).
    pub ppi: f64,
    /// Below 72 ppi: unfit for print (an error), else a warning.
    pub error: bool,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BoardSummary {
    pub number: usize,
    pub id: String,
    /// The group key overrides refer to (the board's id starts with it): the first group on the board.
    pub group: String,
    /// Every group with content on this board, in reading order (a short section shares its board with the next
    /// section of its write-up); at least the board's own `group`.
    #[serde(default)]
    pub groups: Vec<BoardGroup>,
    pub name: String,
    pub width: f64,
    pub height: f64,
    pub theme: String,
    pub paragraphs: usize,
    pub characters: usize,
    /// Photo file names in reading order.
    pub photos: Vec<String>,
    pub body_pt: f64,
    pub coverage: Option<f64>,
    pub mean_crop: Option<f64>,
    /// Share of the board's body (below the title band) covered by text, photos, captions and key figures.
    #[serde(default)]
    pub fill: f64,
    /// The lowest effective resolution of the board's photos (ppi), None without photos.
    #[serde(default)]
    pub min_ppi: Option<f64>,
    pub arrangement: usize,
    pub arrangements: usize,
}

/// One group with content on a board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BoardGroup {
    pub key: String,
    /// The group's title (its first board's name).
    pub title: String,
    /// Content hashes of this group's photos on the board.
    pub photos: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Unplaced {
    Text {
        group: String,
        text: String,
        reason: String,
    },
    Photo {
        group: String,
        file_name: String,
        hash: String,
        reason: String,
    },
    Figures {
        group: String,
        count: usize,
        reason: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct OpenSlotSummary {
    pub group: String,
    pub text: String,
    pub reason: String,
}

fn short(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

impl Summary {
    /// The human-readable report (zh-CN).
    pub fn to_text(&self) -> String {
        let mut out = format!("共 {} 块展板\n", self.boards.len());
        if self.boards.is_empty() {
            out.push_str(crate::messages::NOTHING_TO_LAY_OUT);
            out.push('\n');
        }
        for b in &self.boards {
            out.push_str(&format!(
                "{:>2}. {}  {}×{} 毫米  {}  正文 {:.0} 磅  {} 段 {} 字  照片 {} 张",
                b.number,
                b.name,
                b.width,
                b.height,
                b.theme,
                b.body_pt,
                b.paragraphs,
                b.characters,
                b.photos.len()
            ));
            if let (Some(c), Some(k)) = (b.coverage, b.mean_crop) {
                out.push_str(&format!("（图区填满 {:.0}%，平均裁切 {:.0}%）", c * 100.0, k * 100.0));
            }
            out.push_str(&format!("  版式 {}/{}\n", b.arrangement + 1, b.arrangements));
            for p in &b.photos {
                out.push_str(&format!("      · {p}\n"));
            }
        }
        if !self.unplaced.is_empty() {
            out.push_str("未能放置：\n");
            for u in &self.unplaced {
                match u {
                    Unplaced::Text { text, reason, .. } => {
                        out.push_str(&format!("  · 文字“{}”：{reason}\n", short(text, 20)))
                    }
                    Unplaced::Photo { file_name, reason, .. } => {
                        out.push_str(&format!("  · 照片 {file_name}：{reason}\n"))
                    }
                    Unplaced::Figures { reason, .. } => out.push_str(&format!("  · {reason}\n")),
                }
            }
        }
        if !self.low_resolution.is_empty() {
            out.push_str("分辨率不足的照片：\n");
            for l in &self.low_resolution {
                out.push_str(&format!("  · 第 {} 块 {}：{}\n", l.number, l.file_name, l.reason));
            }
        }
        if !self.left_out.is_empty() {
            out.push_str(crate::messages::LEFT_OUT_HEADING);
            for l in &self.left_out {
                out.push_str(&format!("  · {}：{}\n", l.file_name, l.reason));
            }
        }
        if !self.open_slots.is_empty() {
            out.push_str("待配照片的图片说明：\n");
            for s in &self.open_slots {
                out.push_str(&format!("  · [{}] {}\n", s.group, short(&s.text, 30)));
            }
        }
        if !self.removed.is_empty() {
            out.push_str("已删除的展板（可恢复）：\n");
            for r in &self.removed {
                out.push_str(&format!("  · [{}] {}\n", r.key, r.title));
            }
        }
        for n in &self.notes {
            out.push_str(&format!("注意：{n}\n"));
        }
        out
    }
}
