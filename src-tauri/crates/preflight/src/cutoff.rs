//! The check for a write-up whose printed text stops mid-sentence (issue 14): the last paragraph of a write-up on the
//! boards ends without terminal punctuation, as when a web page was copied only in part. Uses the writeup crate's one
//! test (`reads_cut_off`), so that the review and preflight agree. Owns only this check; it reads the frames alone.

use std::collections::BTreeMap;

use zhanban_frames::{BoardFrame, Frames, ItemKind, Source, TextRole};
use zhanban_writeup::reads_cut_off;

use crate::{block_text, excerpt, finding, messages, Finding, Kind, Severity};

/// Adds a warning, on its board, for each write-up whose last printed paragraph reads as cut off.
pub(crate) fn check_cut_off(frames: &Frames, out: &mut Vec<Finding>) {
    // per write-up: the highest block printed as body text and the last piece of it (boards and items in order)
    let mut last: BTreeMap<i64, (usize, &BoardFrame, &str, String)> = BTreeMap::new();
    for board in &frames.boards {
        for item in &board.items {
            let (ItemKind::Text(t), Source::Block { writeup, block }) = (&item.kind, &item.source) else {
                continue;
            };
            if t.role != TextRole::Body {
                continue;
            }
            let text = block_text(t);
            if text.trim().is_empty() {
                continue;
            }
            let later = last.get(writeup).is_none_or(|(b, ..)| *block >= *b);
            if later {
                last.insert(*writeup, (*block, board, item.id.as_str(), text));
            }
        }
    }
    for (_, board, id, text) in last.into_values() {
        if reads_cut_off(&text) {
            let end: String = {
                let chars: Vec<char> = text.trim_end().chars().collect();
                chars[chars.len().saturating_sub(12)..].iter().collect()
            };
            let mut f = finding(Kind::CutOff, Severity::Warning, Some(board), messages::cut_off(&end));
            f.item = Some(id.to_string());
            f.subject = Some(excerpt(&text));
            out.push(f);
        }
    }
}
