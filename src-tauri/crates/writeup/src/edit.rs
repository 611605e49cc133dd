//! Corrections a user makes to a structured write-up: a row's kind or text, delete, restore a dropped line, several
//! rows at once, traditional → simplified. Each correction keeps every row's source lines (header fields included),
//! so the review can show where any row came from, and nothing is ever lost: a deleted row goes to `dropped`.
//!
//! This module owns the edit rules and [`RowKind::of`], the one mapping of a block's (kind, level) to what the user
//! sees; it must not detect structure (that is `structure`'s) or store anything.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Block, BlockKind, Dropped, WriteUp};
use crate::{convert::to_simplified, figures, messages, normalize, structure::mark_cut_off};

/// What a row of the review is; the user can change it (except on pictures).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RowKind {
    Kicker,
    Title,
    Subtitle,
    Heading1,
    Heading2,
    Paragraph,
    Caption,
    Photo,
}

impl RowKind {
    /// What a block is, as the user sees it: the one mapping of the write-up model's (kind, level).
    pub fn of(b: &Block) -> RowKind {
        match (b.kind, b.level) {
            (BlockKind::Heading, Some(2)) => RowKind::Heading2,
            (BlockKind::Heading, _) => RowKind::Heading1,
            (BlockKind::Paragraph, _) => RowKind::Paragraph,
            (BlockKind::Caption, _) => RowKind::Caption,
            (BlockKind::Photo, _) => RowKind::Photo,
        }
    }
}

/// Which row: one of the three header fields, or a block by its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RowKey {
    Kicker,
    Title,
    Subtitle,
    Block(usize),
}

/// A correction the user makes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "snake_case")]
#[ts(export)]
pub enum WriteupOp {
    SetKind {
        row: RowKey,
        kind: RowKind,
    },
    SetText {
        row: RowKey,
        text: String,
    },
    Delete {
        row: RowKey,
    },
    Restore {
        dropped: usize,
    },
    Simplify,
    /// Several rows set aside at once (a range, or everything above or below a line); pictures among them stay.
    DeleteRows {
        rows: Vec<RowKey>,
    },
    /// Several dropped lines back at once, each in its place.
    RestoreMany {
        dropped: Vec<usize>,
    },
    /// Several rows made one kind at once (a heading, paragraph or caption kind; a header field takes one row).
    SetKinds {
        rows: Vec<RowKey>,
        kind: RowKind,
    },
}

/// Why a correction was not made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("这篇文稿刚刚已有改动，这一步没有做。请再试一次。")]
    Changed,
    #[error("图片的位置不能改成文字；要去掉图片，请在照片库中处理。")]
    PhotoFixed,
    #[error("标题、副标题和引题只能由一行担任：请只选一行再改。")]
    OneRowForHeader,
}

/// A header field's text and source lines.
fn field(w: &mut WriteUp, row: RowKey) -> Option<(&mut Option<String>, &mut Vec<usize>)> {
    match row {
        RowKey::Kicker => Some((&mut w.kicker, &mut w.kicker_lines)),
        RowKey::Title => Some((&mut w.title, &mut w.title_lines)),
        RowKey::Subtitle => Some((&mut w.subtitle, &mut w.subtitle_lines)),
        RowKey::Block(_) => None,
    }
}

/// Takes a row out of the write-up: its text and lines, and where a block stood (header fields stand before
/// every block).
fn take(w: &mut WriteUp, row: RowKey) -> Result<(String, Vec<usize>, usize), EditError> {
    if let Some((text, lines)) = field(w, row) {
        let t = text.take().ok_or(EditError::Changed)?;
        return Ok((t, std::mem::take(lines), 0));
    }
    let RowKey::Block(i) = row else {
        unreachable!("header fields are taken above")
    };
    match w.blocks.get(i) {
        None => Err(EditError::Changed),
        Some(b) if b.kind == BlockKind::Photo => Err(EditError::PhotoFixed),
        Some(_) => {
            let b = w.blocks.remove(i);
            Ok((b.text, b.lines, i))
        }
    }
}

fn block_of(kind: RowKind, text: String, lines: Vec<usize>) -> Option<Block> {
    let (k, level) = match kind {
        RowKind::Heading1 => (BlockKind::Heading, Some(1)),
        RowKind::Heading2 => (BlockKind::Heading, Some(2)),
        RowKind::Paragraph => (BlockKind::Paragraph, None),
        RowKind::Caption => (BlockKind::Caption, None),
        RowKind::Kicker | RowKind::Title | RowKind::Subtitle | RowKind::Photo => return None,
    };
    Some(Block::new(k, level, text, lines))
}

fn deleted(text: String, lines: Vec<usize>) -> Dropped {
    Dropped {
        text,
        reason: messages::DELETED_BY_USER.to_string(),
        lines,
    }
}

/// Applies a correction. Key figures are found again afterwards (their block indices move).
pub fn apply(w: &mut WriteUp, op: &WriteupOp) -> Result<(), EditError> {
    match op {
        WriteupOp::SetKind { row, kind } => set_kind(w, *row, *kind)?,
        WriteupOp::SetText { row, text } => {
            let text = text.trim().to_string();
            if text.is_empty() {
                return apply(w, &WriteupOp::Delete { row: *row });
            }
            let slot = match *row {
                RowKey::Block(i) => w
                    .blocks
                    .get_mut(i)
                    .filter(|b| b.kind != BlockKind::Photo)
                    .map(|b| &mut b.text),
                header => field(w, header).and_then(|(t, _)| t.as_mut()),
            };
            *slot.ok_or(EditError::Changed)? = text;
        }
        WriteupOp::Delete { row } => {
            let (text, lines, _) = take(w, *row)?;
            w.dropped.push(deleted(text, lines));
        }
        WriteupOp::Restore { dropped } => {
            if *dropped >= w.dropped.len() {
                return Err(EditError::Changed);
            }
            let d = w.dropped.remove(*dropped);
            let text = normalize::clean(&d.text, false);
            let at = match d.lines.first() {
                Some(&n) => w
                    .blocks
                    .iter()
                    .position(|b| b.lines.first().is_some_and(|m| *m > n))
                    .unwrap_or(w.blocks.len()),
                None => 0,
            };
            let text = if text.is_empty() {
                d.text.trim().to_string()
            } else {
                text
            };
            w.blocks
                .insert(at, Block::new(BlockKind::Paragraph, None, text, d.lines));
        }
        WriteupOp::DeleteRows { rows } => delete_rows(w, rows)?,
        WriteupOp::RestoreMany { dropped } => {
            let mut idx = dropped.clone();
            idx.sort_unstable();
            idx.dedup();
            // from the last so that the indices still to restore do not move
            for i in idx.into_iter().rev() {
                apply(w, &WriteupOp::Restore { dropped: i })?;
            }
        }
        WriteupOp::SetKinds { rows, kind } => {
            let header = matches!(kind, RowKind::Kicker | RowKind::Title | RowKind::Subtitle);
            if header && rows.len() > 1 {
                return Err(EditError::OneRowForHeader);
            }
            // block rows change in place (no index moves); header fields become blocks last
            let (blocks, fields): (Vec<RowKey>, Vec<RowKey>) = rows.iter().partition(|r| matches!(r, RowKey::Block(_)));
            for row in blocks.into_iter().chain(fields) {
                if let RowKey::Block(i) = row {
                    if w.blocks.get(i).is_some_and(|b| b.kind == BlockKind::Photo) {
                        continue;
                    }
                }
                set_kind(w, row, *kind)?;
            }
        }
        WriteupOp::Simplify => {
            for t in [&mut w.title, &mut w.subtitle, &mut w.kicker].into_iter().flatten() {
                *t = to_simplified(t);
            }
            let b = &mut w.byline;
            for t in [&mut b.source, &mut b.author, &mut b.reporter, &mut b.correspondent]
                .into_iter()
                .flatten()
            {
                *t = to_simplified(t);
            }
            for b in &mut w.blocks {
                b.text = to_simplified(&b.text);
            }
            w.simplified = true;
        }
    }
    w.key_figures = figures::find(&w.blocks);
    mark_cut_off(&mut w.blocks);
    Ok(())
}

/// Sets several rows aside in reading order; picture blocks in the selection stay.
fn delete_rows(w: &mut WriteUp, rows: &[RowKey]) -> Result<(), EditError> {
    let mut taken = Vec::new();
    for field in [RowKey::Kicker, RowKey::Title, RowKey::Subtitle] {
        if rows.contains(&field) {
            taken.push(take(w, field)?);
        }
    }
    let mut blocks: Vec<usize> = rows
        .iter()
        .filter_map(|r| match r {
            RowKey::Block(i) => Some(*i),
            _ => None,
        })
        .collect();
    blocks.sort_unstable();
    blocks.dedup();
    if blocks.last().is_some_and(|i| *i >= w.blocks.len()) {
        return Err(EditError::Changed);
    }
    let mut gone = Vec::new();
    for i in blocks.into_iter().rev() {
        if w.blocks[i].kind != BlockKind::Photo {
            gone.push(take(w, RowKey::Block(i))?);
        }
    }
    taken.extend(gone.into_iter().rev());
    for (text, lines, _) in taken {
        w.dropped.push(deleted(text, lines));
    }
    Ok(())
}

fn set_kind(w: &mut WriteUp, row: RowKey, kind: RowKind) -> Result<(), EditError> {
    if kind == RowKind::Photo {
        return Err(EditError::PhotoFixed);
    }
    // A block changing between block kinds stays where it is.
    if let (RowKey::Block(i), Some(b)) = (row, block_of(kind, String::new(), Vec::new())) {
        let cur = w.blocks.get_mut(i).ok_or(EditError::Changed)?;
        if cur.kind == BlockKind::Photo {
            return Err(EditError::PhotoFixed);
        }
        cur.kind = b.kind;
        cur.level = b.level;
        return Ok(());
    }
    let (text, lines, at) = take(w, row)?;
    let target = match kind {
        RowKind::Kicker => RowKey::Kicker,
        RowKind::Title => RowKey::Title,
        RowKind::Subtitle => RowKey::Subtitle,
        _ => RowKey::Block(at),
    };
    match field(w, target) {
        Some((slot, slot_lines)) => {
            // The field's previous text is not lost: it becomes the first paragraph, with its lines.
            let old_lines = std::mem::replace(slot_lines, lines);
            if let Some(old) = slot.replace(text) {
                w.blocks
                    .insert(0, Block::new(BlockKind::Paragraph, None, old, old_lines));
            }
        }
        None => {
            let b = block_of(kind, text, lines).ok_or(EditError::Changed)?;
            w.blocks.insert(at.min(w.blocks.len()), b);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{structure_text, Options};

    const ARTICLE: &str = "创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”\n\n\
——青岛市模范机关建设工作成果展示\n\n\
今年以来，全市机关各级党组织深入学习宣传贯彻党的二十大精神，以模范机关建设优异成绩奋力书写中国式现代化青岛篇章。\n\n\
坚决把牢政治方向\n\n\
上下同欲者胜。今年，市委市直机关工委评选出108个模范机关建设突出集体，推动机关党建工作提质增效。\n";

    #[test]
    fn header_fields_keep_their_source_lines_through_every_edit() {
        let mut w = structure_text(ARTICLE, &Options::default());
        assert_eq!(w.title_lines, vec![1], "the title's line is kept by the parser");
        assert_eq!(w.subtitle_lines, vec![3]);
        // the subtitle becomes a paragraph: its line goes with it
        apply(
            &mut w,
            &WriteupOp::SetKind {
                row: RowKey::Subtitle,
                kind: RowKind::Paragraph,
            },
        )
        .unwrap();
        assert!(w.subtitle.is_none() && w.subtitle_lines.is_empty());
        assert_eq!(w.blocks[0].lines, vec![3]);
        // a paragraph made the title: the old title becomes the first paragraph with its own line
        let heading = w.blocks.iter().position(|b| b.text == "坚决把牢政治方向").unwrap();
        apply(
            &mut w,
            &WriteupOp::SetKind {
                row: RowKey::Block(heading),
                kind: RowKind::Title,
            },
        )
        .unwrap();
        assert_eq!(w.title.as_deref(), Some("坚决把牢政治方向"));
        assert_eq!(w.title_lines, vec![7]);
        assert_eq!(w.blocks[0].lines, vec![1]);
        // the title's text edited: its line stays; deleted: the line goes to the dropped line
        apply(
            &mut w,
            &WriteupOp::SetText {
                row: RowKey::Title,
                text: "新的标题".into(),
            },
        )
        .unwrap();
        assert_eq!(w.title_lines, vec![7]);
        apply(&mut w, &WriteupOp::Delete { row: RowKey::Title }).unwrap();
        assert_eq!(w.dropped.last().unwrap().lines, vec![7]);
        assert_eq!(w.dropped.last().unwrap().reason, messages::DELETED_BY_USER);
    }

    #[test]
    fn a_picture_stays_a_picture_and_a_stale_row_is_refused() {
        let mut w = structure_text(ARTICLE, &Options::default());
        w.blocks.push(Block::new(BlockKind::Photo, None, String::new(), vec![]));
        let last = w.blocks.len() - 1;
        let op = WriteupOp::SetKind {
            row: RowKey::Block(last),
            kind: RowKind::Paragraph,
        };
        assert_eq!(apply(&mut w, &op), Err(EditError::PhotoFixed));
        let op = WriteupOp::Delete { row: RowKey::Block(99) };
        assert_eq!(apply(&mut w, &op), Err(EditError::Changed));
        let op = WriteupOp::SetKinds {
            rows: vec![RowKey::Block(0), RowKey::Block(1)],
            kind: RowKind::Title,
        };
        assert_eq!(apply(&mut w, &op), Err(EditError::OneRowForHeader));
    }
}
