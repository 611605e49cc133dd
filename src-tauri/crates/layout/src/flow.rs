//! Text in columns: paragraphs set at the column width (through [`TextSetter`]) and poured line by line into one
//! or more columns, a heading kept with the first lines of what follows it. Returns one piece per paragraph per
//! column, or `None` when the text does not fit. A piece only points at its lines; the runs are copied out for the
//! one arrangement that is kept ([`Placed::block`]), since a board tries hundreds of pours.
//!
//! Owns column geometry and line placement; it must not choose sizes or break lines itself.

use std::ops::Range;
use std::sync::Arc;

use zhanban_frames::{FontFace, Point, Rect, Source, TextBlock, TextRole};

use crate::error::LayoutError;
use crate::text::{SetText, TextSetter, TextStyle};

/// A paragraph to pour.
#[derive(Clone, Debug)]
pub struct FlowPara<'a> {
    pub text: &'a str,
    pub style: TextStyle,
    pub role: TextRole,
    pub min_size_pt: f64,
    /// Space after the paragraph in mm (dropped at a column's end).
    pub space_after: f64,
    /// A heading: never the last thing in a column.
    pub keep_with_next: bool,
    pub source: Source,
}

/// A placed piece of a paragraph: lines `lines` of its set text, stacked from the top left of `rect`.
#[derive(Clone, Debug)]
pub struct Placed {
    pub rect: Rect,
    pub role: TextRole,
    pub min_size_pt: f64,
    pub source: Source,
    set: Arc<SetText>,
    lines: Range<usize>,
}

impl Placed {
    /// Faces the block's runs refer to (run.font indexes this list; the board remaps them).
    pub fn fonts(&self) -> &[FontFace] {
        self.set.fonts()
    }

    /// Lines of text in the piece.
    pub fn line_count(&self) -> usize {
        self.lines.clone().filter(|&i| !self.set.line_blank(i)).count()
    }

    /// The piece as a text block, its runs placed on the board.
    pub fn block(&self) -> TextBlock {
        let mut y = self.rect.y;
        let mut runs = Vec::new();
        for line in &self.set.lines()[self.lines.clone()] {
            for r in &line.runs {
                let mut r = r.clone();
                r.origin = Point {
                    x: r.origin.x + self.rect.x,
                    y: r.origin.y + y,
                };
                runs.push(r);
            }
            y += line.height;
        }
        TextBlock {
            rect: self.rect,
            role: self.role,
            min_size_pt: self.min_size_pt,
            runs,
        }
    }
}

/// The poured text and how much of the columns it fills (0–1).
#[derive(Clone, Debug)]
pub struct Flowed {
    pub blocks: Vec<Placed>,
    pub fill: f64,
}

/// Column width in whole millimetres (widths are quantised so a re-layout finds its settings in the memo).
pub fn column_width(region: Rect, columns: usize, gutter: f64) -> f64 {
    ((region.w - gutter * (columns as f64 - 1.0)) / columns as f64).floor()
}

/// `columns` equal columns across `region`; the gutters take up what the whole-millimetre widths leave, so the
/// outer edges of the first and last column are the region's (the grid's edges).
pub fn columns(region: Rect, columns: usize, gutter: f64) -> Vec<Rect> {
    let w = column_width(region, columns, gutter);
    let gutter = if columns > 1 {
        (region.w - w * columns as f64) / (columns as f64 - 1.0)
    } else {
        gutter
    };
    (0..columns)
        .map(|c| Rect::new(region.x + c as f64 * (w + gutter), region.y, w, region.h))
        .collect()
}

/// Pours `paras` into `cols` (columns of equal width, possibly of different heights), in order.
pub fn pour(paras: &[FlowPara<'_>], cols: &[Rect], setter: &dyn TextSetter) -> Result<Option<Flowed>, LayoutError> {
    let Some(first) = cols.first() else { return Ok(None) };
    let col_w = first.w;
    if col_w <= 0.0 {
        return Ok(None);
    }
    let sets = paras
        .iter()
        .map(|p| setter.set(p.text, &p.style, col_w))
        .collect::<Result<Vec<_>, _>>()?;
    let mut col = 0;
    let mut y = first.y;
    let bottom = |c: usize| cols.get(c).map_or(f64::MIN, |r| r.bottom() + 1e-6);
    let top = |c: usize| cols.get(c).map_or(0.0, |r| r.y);
    let mut blocks = Vec::new();
    let mut used = 0.0;
    for (i, (p, set)) in paras.iter().zip(&sets).enumerate() {
        if p.keep_with_next {
            // The heading, any headings right under it, and the first two lines of what follows must share a
            // column (a level-1 heading was left alone at a column's foot, its level-2 heading atop the next).
            let mut need = 0.0;
            let mut j = i;
            while j < paras.len() && paras[j].keep_with_next {
                need += sets[j].height() + paras[j].space_after;
                j += 1;
            }
            match sets.get(j) {
                Some(next) => need += (0..next.line_count().min(2)).map(|l| next.line_height(l)).sum::<f64>(),
                None => need -= paras[j - 1].space_after,
            }
            if y + need > bottom(col) && y > top(col) {
                col += 1;
                y = top(col);
            }
        }
        let mut li = 0;
        while li < set.line_count() {
            if col >= cols.len() {
                return Ok(None);
            }
            let (x, y0, l0) = (cols[col].x, y, li);
            while li < set.line_count() && y + set.line_height(li) <= bottom(col) {
                y += set.line_height(li);
                li += 1;
            }
            if y > y0 {
                used += y - y0;
                blocks.push(Placed {
                    rect: Rect::new(x, y0, col_w, y - y0),
                    role: p.role,
                    min_size_pt: p.min_size_pt,
                    source: p.source.clone(),
                    set: set.clone(),
                    lines: l0..li,
                });
            }
            if li < set.line_count() {
                col += 1;
                y = top(col);
            }
        }
        if y > top(col) {
            y += p.space_after;
        }
    }
    let capacity: f64 = cols.iter().map(|c| c.h).sum();
    Ok(Some(Flowed {
        blocks,
        fill: (used / capacity).min(1.0),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Align, MonoSetter};
    use zhanban_frames::Color;

    fn body(text: &str) -> FlowPara<'_> {
        FlowPara {
            text,
            style: TextStyle {
                font: "x".into(),
                weight: 400,
                size_pt: 28.0,
                line_height: 1.5,
                indent_em: 2.0,
                align: Align::Justify,
                color: Color::BLACK,
                letter_spacing_em: 0.0,
            },
            role: TextRole::Body,
            min_size_pt: 28.0,
            space_after: 5.0,
            keep_with_next: false,
            source: Source::Theme,
        }
    }

    #[test]
    fn pours_into_columns_and_refuses_overflow() {
        let text = "机关党建".repeat(80);
        let paras = [body(&text)];
        let region = Rect::new(0.0, 0.0, 410.0, 200.0);
        let f = pour(&paras, &columns(region, 2, 10.0), &MonoSetter).unwrap().unwrap();
        assert_eq!(f.blocks.len(), 2, "the paragraph continues in the second column");
        assert!(!f.blocks[0].rect.overlaps(&f.blocks[1].rect));
        let chars: usize = f
            .blocks
            .iter()
            .flat_map(|b| b.block().runs)
            .map(|r| r.text().chars().count())
            .sum();
        assert_eq!(chars, 320);
        assert!(pour(
            &paras,
            &columns(Rect::new(0.0, 0.0, 200.0, 100.0), 1, 10.0),
            &MonoSetter
        )
        .unwrap()
        .is_none());
        // A shortened second column (a photo below it) takes fewer lines.
        let mut cols = columns(region, 2, 10.0);
        cols[1].h = 40.0;
        assert!(pour(&paras, &cols, &MonoSetter).unwrap().is_none());
    }

    #[test]
    fn a_heading_over_a_heading_goes_with_it_to_the_next_column() {
        // A look at never-seen pages (A0): "二、主要做法及成效" stood alone at the foot of the first column, its
        // "（一）加强组织领导…" atop the second. Both go where the text they head begins.
        let (first, after) = ("机关党建".repeat(40), "机关党建".repeat(10));
        let heading = |t| FlowPara {
            keep_with_next: true,
            ..body(t)
        };
        let paras = [
            body(&first),
            heading("二、主要做法"),
            heading("（一）加强组织领导"),
            body(&after),
        ];
        let cols = columns(Rect::new(0.0, 0.0, 410.0, 200.0), 2, 10.0);
        let f = pour(&paras, &cols, &MonoSetter).unwrap().unwrap();
        let at: Vec<(f64, f64)> = f.blocks.iter().map(|b| (b.rect.x, b.rect.y)).collect();
        assert_eq!(at.len(), 4, "{at:?}");
        assert!(
            at[1].0 > 100.0 && at[2].0 > 100.0,
            "both headings in the second column: {at:?}"
        );
    }

    #[test]
    fn a_pour_builds_no_glyph_runs_until_a_block_is_asked_for() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        // Mono-set text whose runs are built on first use, counting the builds.
        struct Deferred(Arc<AtomicUsize>);
        impl TextSetter for Deferred {
            fn set(&self, text: &str, style: &TextStyle, w: f64) -> Result<Arc<SetText>, LayoutError> {
                let set = MonoSetter.set(text, style, w)?;
                let metrics = set.lines().iter().map(|l| (l.height, l.runs.is_empty())).collect();
                let (lines, fonts, builds) = (set.lines().to_vec(), set.fonts().to_vec(), self.0.clone());
                let build = move || {
                    builds.fetch_add(1, Ordering::Relaxed);
                    (lines.clone(), fonts.clone())
                };
                Ok(Arc::new(SetText::deferred(metrics, Arc::new(build))))
            }
        }
        let builds = Arc::new(AtomicUsize::new(0));
        let text = "机关党建".repeat(80);
        let paras = [body(&text)];
        let cols = columns(Rect::new(0.0, 0.0, 410.0, 200.0), 2, 10.0);
        let f = pour(&paras, &cols, &Deferred(builds.clone())).unwrap().unwrap();
        let eager = pour(&paras, &cols, &MonoSetter).unwrap().unwrap();
        let lines = |f: &Flowed| f.blocks.iter().map(Placed::line_count).sum::<usize>();
        assert_eq!(lines(&f), lines(&eager));
        assert_eq!(builds.load(Ordering::Relaxed), 0, "measuring a pour builds no runs");
        for (a, b) in f.blocks.iter().zip(&eager.blocks) {
            assert_eq!(a.block(), b.block());
        }
        assert_eq!(builds.load(Ordering::Relaxed), 1, "built once, then kept");
    }
}
