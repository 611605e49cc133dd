//! Fitting for the layout engine: how tall a text is at a width and size, the largest size between a minimum and
//! a maximum that fits a box, and setting a whole block into frames. Works on prepared (shaped) paragraphs, so it
//! only re-breaks.
//!
//! Owns sizing and stacking of paragraphs; it must not shape or choose fonts.

use zhanban_frames::{Point, Rect, TextBlock, TextRole, TextRun, MM_PER_PT};

use crate::error::Error;
use crate::layout::FontTable;
use crate::prepare::Prepared;
use crate::style::ParagraphStyle;

/// A paragraph ready for fitting: its prepared text and its style (the style's size is the reference size).
#[derive(Clone, Copy, Debug)]
pub struct SetBlock<'a> {
    pub prepared: &'a Prepared,
    pub style: &'a ParagraphStyle,
}

/// The result of fitting.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    /// The chosen scale (1.0 = the styles' own sizes).
    pub scale: f64,
    /// Height used in mm.
    pub height: f64,
}

/// Height in mm of the paragraphs stacked at `width_mm`, every style's size multiplied by `scale`.
/// Paragraph spacing is counted between paragraphs, not before the first or after the last.
pub fn text_height(paras: &[SetBlock<'_>], width_mm: f64, scale: f64) -> f64 {
    let mut h = 0.0;
    for (i, p) in paras.iter().enumerate() {
        let size = p.style.size_pt * scale;
        let em = size * MM_PER_PT;
        let lines = p.prepared.break_at(width_mm, size, p.style).len();
        if i > 0 {
            h += p.style.space_before_em * em;
        }
        h += Prepared::lines_height(lines, p.style, size);
        if i + 1 < paras.len() {
            h += p.style.space_after_em * em;
        }
    }
    h
}

/// The largest scale in `[min_scale, max_scale]` (to 1 %) at which the paragraphs fit `height_mm`; for one style
/// this is "the largest size between min and max": scale = size / style.size_pt.
pub fn fit_scale(
    paras: &[SetBlock<'_>],
    width_mm: f64,
    height_mm: f64,
    min_scale: f64,
    max_scale: f64,
) -> Result<Fitted, Error> {
    if !(width_mm > 0.0 && height_mm > 0.0 && min_scale > 0.0 && max_scale >= min_scale) {
        return Err(Error::InvalidParameter {
            what: format!("宽 {width_mm} 毫米、高 {height_mm} 毫米、缩放 {min_scale}–{max_scale}"),
        });
    }
    let h_max = text_height(paras, width_mm, max_scale);
    if h_max <= height_mm {
        return Ok(Fitted {
            scale: max_scale,
            height: h_max,
        });
    }
    let h_min = text_height(paras, width_mm, min_scale);
    if h_min > height_mm {
        let min_pt = paras.first().map_or(0.0, |p| p.style.size_pt * min_scale);
        return Err(Error::DoesNotFit {
            min_pt,
            needed_mm: h_min,
            available_mm: height_mm,
        });
    }
    // Binary search; height is nearly monotone in size, the final answer is checked to fit.
    let (mut lo, mut hi) = (min_scale, max_scale);
    let mut best = Fitted {
        scale: min_scale,
        height: h_min,
    };
    while hi - lo > 0.01 * min_scale.max(0.01) {
        let mid = (lo + hi) / 2.0;
        let h = text_height(paras, width_mm, mid);
        if h <= height_mm {
            best = Fitted { scale: mid, height: h };
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(best)
}

/// Sets the paragraphs into `rect` at `scale`, returning the frames block; faces go into `fonts`.
pub fn set_block(
    paras: &[SetBlock<'_>],
    rect: Rect,
    scale: f64,
    role: TextRole,
    min_size_pt: f64,
    fonts: &mut FontTable,
) -> TextBlock {
    let mut runs: Vec<TextRun> = Vec::new();
    let mut y = rect.y;
    for (i, p) in paras.iter().enumerate() {
        let size = p.style.size_pt * scale;
        let em = size * MM_PER_PT;
        if i > 0 {
            y += p.style.space_before_em * em;
        }
        let lines = p.prepared.break_at(rect.w, size, p.style);
        runs.extend(
            p.prepared
                .set_lines(&lines, p.style, size, Point { x: rect.x, y }, fonts),
        );
        y += Prepared::lines_height(lines.len(), p.style, size) + p.style.space_after_em * em;
    }
    TextBlock {
        rect,
        role,
        min_size_pt,
        runs,
    }
}
