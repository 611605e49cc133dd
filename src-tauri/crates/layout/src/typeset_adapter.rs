//! [`TextSetter`] on the real typesetter (`zhanban-typeset`): clreq breaking and justification, font fallback.
//! Prepared (shaped) paragraphs are kept per (text, font, weight, spacing) so a size or width change only re-breaks.
//!
//! Owns the translation between the two crates' types; it must not make layout decisions.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use zhanban_frames::Point;
use zhanban_typeset::{FontTable, ParagraphStyle, Prepared, Typesetter};

use crate::error::LayoutError;
use crate::memo::Memo;
use crate::text::{Align, SetLine, SetText, TextSetter, TextStyle};

/// Prepared paragraphs by (text, font, weight, letter spacing bits); forgotten when layouts no longer use them.
type PreparedMemo = Memo<(String, String, u16, u64), Arc<Prepared>>;

/// The production setter.
pub struct TypesetSetter {
    ts: Arc<Typesetter>,
    prepared: PreparedMemo,
    /// Layouts ended, for the shaped paragraphs' generations.
    layouts: AtomicUsize,
}

/// How many layouts a generation of shaped paragraphs lasts: one per paragraph text, far fewer than set texts (one per
/// width and size tried), and the costly part to make again.
const SHAPED_LAYOUTS: usize = 8;

impl TypesetSetter {
    pub fn new(ts: Arc<Typesetter>) -> Self {
        TypesetSetter {
            ts,
            prepared: Memo::new(),
            layouts: AtomicUsize::new(0),
        }
    }

    /// Uses the fonts found the usual way (bundled, beside the program, system fonts on Windows).
    pub fn discover() -> Result<Self, LayoutError> {
        let ts = Typesetter::new().map_err(|e| LayoutError::Typeset(e.to_string()))?;
        Ok(Self::new(Arc::new(ts)))
    }

    fn paragraph_style(style: &TextStyle) -> ParagraphStyle {
        ParagraphStyle {
            font: style.font.clone(),
            size_pt: style.size_pt,
            weight: style.weight,
            line_height: style.line_height,
            indent_em: style.indent_em,
            space_before_em: 0.0,
            space_after_em: 0.0,
            align: match style.align {
                Align::Justify => zhanban_typeset::Align::Justify,
                Align::Left => zhanban_typeset::Align::Left,
                Align::Center => zhanban_typeset::Align::Center,
                Align::Right => zhanban_typeset::Align::Right,
            },
            color: style.color,
            letter_spacing_em: style.letter_spacing_em,
            hanging_punctuation: false,
        }
    }
}

impl TextSetter for TypesetSetter {
    fn set(&self, text: &str, style: &TextStyle, width_mm: f64) -> Result<Arc<SetText>, LayoutError> {
        let ps = Self::paragraph_style(style);
        let key = (
            text.to_string(),
            style.font.clone(),
            style.weight,
            style.letter_spacing_em.to_bits(),
        );
        let cached = self.prepared.get(&key);
        let prepared = match cached {
            Some(p) => p,
            None => {
                let p = Arc::new(
                    self.ts
                        .prepare(text, &ps)
                        .map_err(|e| LayoutError::Typeset(e.to_string()))?,
                );
                self.prepared.insert(key, p.clone());
                p
            }
        };
        let spans = prepared.break_at(width_mm, style.size_pt, &ps);
        let pitch = style.line_height * style.em();
        let metrics = spans.iter().map(|span| (pitch, span.start >= span.end)).collect();
        // The glyph runs only when asked for (the candidate kept): set_lines gives a line with no atoms no runs.
        let size_pt = style.size_pt;
        let build = move || {
            let mut fonts = FontTable::default();
            let lines = spans
                .iter()
                .map(|span| SetLine {
                    runs: prepared.set_lines(std::slice::from_ref(span), &ps, size_pt, Point::default(), &mut fonts),
                    height: pitch,
                })
                .collect();
            (lines, fonts.faces)
        };
        Ok(Arc::new(SetText::deferred(metrics, Arc::new(build))))
    }

    fn retire(&self) {
        if self.layouts.fetch_add(1, Ordering::Relaxed) % SHAPED_LAYOUTS == SHAPED_LAYOUTS - 1 {
            self.prepared.retire();
        }
    }
}
