//! Choosing line breaks: total fit (Knuth–Plass style) over the break opportunities clreq allows, in em, so any
//! width and size re-breaks without re-shaping. Lines are scored by how evenly their gaps must stretch; line-end
//! punctuation is compressed before spacing out; the last line needs at least two characters (no 孤字), which is
//! achieved by re-breaking earlier lines.
//!
//! Owns break selection and line measures; it must not shape, pick fonts or position glyphs.

use crate::prepare::{Prepared, STRETCH_PER_GAP};

/// One line as broken: atoms `start..end` of the paragraph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineSpan {
    pub start: usize,
    pub end: usize,
    /// Natural width (em) of what is measured (trailing space and hanging marks excluded; line-end mark compressed).
    pub natural: f32,
    /// Total stretch weight and shrink (em) of the line's gaps.
    pub stretch: f32,
    pub shrink: f32,
    /// The width available to this line (em).
    pub width: f32,
    /// The paragraph's last line.
    pub last: bool,
    /// Wider than the measure even after compression (only when an unbreakable piece is wider than the line).
    pub overfull: bool,
}

/// What to break for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakParams {
    /// Line width in em.
    pub width: f32,
    /// First-line indent in em.
    pub indent: f32,
    /// Minimum characters on the last line (2: no 孤字).
    pub min_last_letters: u32,
}

const EPS: f32 = 1e-3;
/// Lines shorter than the measure by more than this (em) are only considered when nothing better exists.
const LOOSE_WINDOW: f32 = 4.0;

impl Prepared {
    /// Measures atoms `s..e` as one line. (Inlined: break_lines calls it a few times per start and break.)
    #[inline]
    pub fn measure(&self, s: usize, e: usize, width: f32) -> LineSpan {
        let mut last = e - 1;
        if self.atoms[last].is_space && last > s {
            last -= 1;
        }
        let a = &self.atoms[last];
        let natural = if a.may_hang {
            self.pos[last] - self.pos[s]
        } else {
            self.pos[last + 1] - self.pos[s] - a.gap - a.end_compress
        };
        LineSpan {
            start: s,
            end: e,
            natural,
            stretch: self.stretch[last] - self.stretch[s],
            shrink: self.shrink[last] - self.shrink[s],
            width,
            last: e == self.atoms.len(),
            overfull: natural - (self.shrink[last] - self.shrink[s]) > width + EPS,
        }
    }

    fn letters_between(&self, s: usize, e: usize) -> u32 {
        self.letters[e] - self.letters[s]
    }

    /// Breaks the paragraph into lines (total fit).
    pub fn break_lines(&self, params: &BreakParams) -> Vec<LineSpan> {
        let n = self.atoms.len();
        if n == 0 {
            return Vec::new();
        }
        let w = params.width.max(0.5);
        let w_first = (params.width - params.indent).max(0.5);
        let width_of = |s: usize| if s == 0 { w_first } else { w };
        let total_letters = self.letters[n];
        let mut cost = vec![f64::INFINITY; n + 1];
        let mut prev = vec![usize::MAX; n + 1];
        cost[0] = 0.0;
        let mut active: Vec<usize> = vec![0];
        let mut head = 0usize;

        let demerits = |m: &LineSpan| -> f64 {
            let slack = m.width - m.natural;
            let r = if slack >= -EPS {
                if slack <= EPS {
                    0.0
                } else if m.stretch > 0.0 {
                    f64::from(slack / (m.stretch * STRETCH_PER_GAP))
                } else {
                    10.0
                }
            } else if m.shrink > 0.0 {
                f64::from(-slack / m.shrink)
            } else {
                10.0
            };
            let badness = (100.0 * r * r * r).min(1e6);
            (10.0 + badness) * (10.0 + badness)
        };

        for k in 1..=n {
            if k < n && !self.atoms[k - 1].break_after {
                continue;
            }
            let is_last = k == n;
            // Drop starts whose line to here is hopelessly long (it only grows with k); remember the last one.
            let mut last_pruned = None;
            while head + 1 < active.len() {
                let s = active[head];
                let m = self.measure(s, k, width_of(s));
                if m.natural - m.shrink > m.width + 1.0 {
                    last_pruned = Some(s);
                    head += 1;
                } else {
                    break;
                }
            }
            let live = &active[head..];
            let mut best = (f64::INFINITY, usize::MAX);
            let consider = |s: usize, extra: f64, best: &mut (f64, usize)| {
                if !cost[s].is_finite() {
                    return;
                }
                let m = self.measure(s, k, width_of(s));
                if m.overfull {
                    return;
                }
                let mut d = if is_last { 0.0 } else { demerits(&m) };
                if is_last
                    && s > 0
                    && total_letters >= params.min_last_letters
                    && self.letters_between(s, k) < params.min_last_letters
                {
                    d += 1e12; // 孤字: only if nothing else is possible
                }
                let c = cost[s] + d + extra;
                if c < best.0 {
                    *best = (c, s);
                }
            };
            if is_last {
                for &s in live {
                    consider(s, 0.0, &mut best);
                }
            } else {
                let p =
                    live.partition_point(|&s| self.measure(s, k, width_of(s)).natural >= width_of(s) - LOOSE_WINDOW);
                for &s in &live[..p] {
                    consider(s, 0.0, &mut best);
                }
                if best.1 == usize::MAX {
                    for &s in &live[p..] {
                        consider(s, 0.0, &mut best);
                    }
                }
            }
            if best.1 == usize::MAX {
                // Nothing fits: an unbreakable piece is wider than the line. Take the overfull line from the
                // latest start rather than split what clreq keeps whole.
                let s = live.first().copied().or(last_pruned);
                if let Some(s) = s.filter(|&s| cost[s].is_finite()) {
                    best = (cost[s] + 1e9, s);
                }
            }
            if best.1 != usize::MAX {
                cost[k] = best.0;
                prev[k] = best.1;
                if k < n {
                    active.push(k);
                }
            }
        }
        // Walk back from the end.
        let mut ends = Vec::new();
        let mut k = n;
        while k > 0 {
            let s = prev[k];
            if s == usize::MAX {
                // Unreachable in practice; fall back to a single line so no text is lost.
                ends.clear();
                ends.push((0, n));
                break;
            }
            ends.push((s, k));
            k = s;
        }
        ends.reverse();
        ends.into_iter().map(|(s, e)| self.measure(s, e, width_of(s))).collect()
    }
}
