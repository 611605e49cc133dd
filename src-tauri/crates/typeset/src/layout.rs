//! Setting broken lines into frames: justification (space spread evenly over the line's gaps, never one gap),
//! alignment, first-line indent, baselines by line height, and glyph runs (`TextRun`) with per-glyph text and font
//! indices into a font table.
//!
//! Owns positioning in millimetres; it must not choose breaks or shape.

use zhanban_frames::{FontFace, Glyph, Point, TextRun, MM_PER_PT};

use crate::breaker::LineSpan;
use crate::prepare::{Prepared, STRETCH_PER_GAP};
use crate::style::{Align, ParagraphStyle};

/// A font table being built for a board or block: each distinct face once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FontTable {
    pub faces: Vec<FontFace>,
}

impl FontTable {
    /// Index of `face` in the table, adding it when new.
    pub fn index(&mut self, face: FontFace) -> usize {
        if let Some(i) = self.faces.iter().position(|f| *f == face) {
            return i;
        }
        self.faces.push(face);
        self.faces.len() - 1
    }
}

/// Per-gap extra space (em) for a line: (offset of the line start, extra per stretch weight, shrink ratio).
/// A line the breaker fitted by shrinking its gaps (the CJK–Latin quarter em) is shrunk whatever its alignment:
/// a centred caption or figure label must not run past its box either.
pub fn line_adjustment(line: &LineSpan, align: Align) -> (f32, f32, f32) {
    let slack = line.width - line.natural;
    match align {
        Align::Justify if !line.last && slack > 0.0 && line.stretch > 0.0 => (0.0, slack / line.stretch, 0.0),
        _ if slack < 0.0 && line.shrink > 0.0 => (0.0, 0.0, (-slack / line.shrink).min(1.0)),
        Align::Center if slack > 0.0 => (slack / 2.0, 0.0, 0.0),
        Align::Right if slack > 0.0 => (slack, 0.0, 0.0),
        _ => (0.0, 0.0, 0.0),
    }
}

/// The stretch ratio a justified line needs (1.0 = each gap a quarter em wider); for measuring quality.
pub fn stretch_ratio(line: &LineSpan) -> f32 {
    if line.last || line.stretch <= 0.0 {
        return 0.0;
    }
    ((line.width - line.natural) / (line.stretch * STRETCH_PER_GAP)).max(0.0)
}

impl Prepared {
    /// Positions `lines` at `size_pt`: the first baseline at `origin.y + ascent`, lines starting at `origin.x`.
    /// Returns the runs; faces are added to `fonts`.
    pub fn set_lines(
        &self,
        lines: &[LineSpan],
        style: &ParagraphStyle,
        size_pt: f64,
        origin: Point,
        fonts: &mut FontTable,
    ) -> Vec<TextRun> {
        let em = size_pt * MM_PER_PT;
        let pitch = style.line_height * em;
        let half_leading = (pitch - f64::from(self.ascender + self.descender) * em) / 2.0;
        let face_index: Vec<usize> = self
            .faces
            .iter()
            .map(|f| fonts.index(f.frame_face(style.weight >= 600 && f.weight < 600)))
            .collect();
        let mut runs = Vec::new();
        for (li, line) in lines.iter().enumerate() {
            let baseline = origin.y + li as f64 * pitch + half_leading + f64::from(self.ascender) * em;
            let indent = if line.start == 0 { style.indent_em } else { 0.0 };
            let (offset, per_weight, shrink_ratio) = line_adjustment(line, style.align);
            let mut last = line.end - 1;
            if self.atoms[last].is_space && last > line.start {
                last -= 1;
            }
            let mut x = indent + f64::from(offset);
            let mut run: Option<TextRun> = None;
            let mut run_face = usize::MAX;
            let mut run_x0 = 0.0;
            for ai in line.start..line.end {
                let a = &self.atoms[ai];
                let text = &self.text[a.start..a.end];
                let mut width = f64::from(a.width);
                let mut after = 0.0;
                if ai == last {
                    if !a.may_hang {
                        width -= f64::from(a.end_compress);
                    }
                } else if ai < last {
                    after = f64::from(a.gap + a.gap_stretch * per_weight - a.gap_shrink * shrink_ratio);
                } else {
                    // Trailing space: kept for the text, given no width.
                    width = 0.0;
                }
                let fi = face_index[usize::from(a.face)];
                if fi != run_face {
                    if let Some(r) = run.take() {
                        runs.push(r);
                    }
                    run_face = fi;
                    run_x0 = x;
                    run = Some(TextRun {
                        font: fi,
                        size_pt,
                        color: style.color,
                        origin: Point {
                            x: origin.x + x * em,
                            y: baseline,
                        },
                        glyphs: Vec::new(),
                    });
                }
                if let Some(r) = run.as_mut() {
                    let (g0, g1) = (a.glyphs.0 as usize, a.glyphs.1 as usize);
                    if g0 == g1 {
                        // No glyph of its own: keep the text with the previous glyph so nothing is lost.
                        match r.glyphs.last_mut() {
                            Some(g) => g.text.push_str(text),
                            None => r.glyphs.push(Glyph {
                                id: 0,
                                x: (x - run_x0) * em,
                                advance: 0.0,
                                text: text.to_string(),
                            }),
                        }
                    }
                    let shaped_total: f64 = self.glyphs[g0..g1].iter().map(|g| f64::from(g.advance)).sum();
                    for (k, g) in self.glyphs[g0..g1].iter().enumerate() {
                        let mut adv = f64::from(g.advance);
                        if k + 1 == g1 - g0 {
                            adv += width - shaped_total + after;
                        }
                        r.glyphs.push(Glyph {
                            id: g.id,
                            x: (x - run_x0 + f64::from(g.x)) * em,
                            advance: adv * em,
                            text: if k == 0 { text.to_string() } else { String::new() },
                        });
                    }
                }
                x += width + after;
            }
            if let Some(r) = run.take() {
                runs.push(r);
            }
        }
        runs
    }

    /// Height in mm of `lines` lines at `size_pt` (line pitch times the number of lines), without paragraph spacing.
    pub fn lines_height(lines: usize, style: &ParagraphStyle, size_pt: f64) -> f64 {
        lines as f64 * style.line_height * size_pt * MM_PER_PT
    }
}
