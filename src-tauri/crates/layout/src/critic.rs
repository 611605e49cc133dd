//! The design critic: scores a board as a designer would look at it — the largest empty rectangle inside the body
//! (below the title band, inside the safe margin) as a share of the body, how much of the body is used, whether the
//! outer edges of blocks line up with the safe area or with each other (within [`ALIGN_TOLERANCE`]), thin （续）
//! boards, the measure of the body text, the photos' share and the key-figure tiles.
//!
//! Used three ways: [`crate::compose`] adds [`hole_penalty`] to every candidate arrangement's score, preflight warns
//! about half-empty and thin boards from [`critique`], and the `design` benchmark prints the scores over the corpus.
//! Owns these measures only; it must not place anything.

use serde::{Deserialize, Serialize};
use zhanban_frames::{BoardFrame, ItemKind, Rect, Source, TextRole};

/// The largest empty rectangle of a content board should be at most this share of its body (median)...
pub const HOLE_GOAL: f64 = 0.08;
/// ... and never more than this.
pub const HOLE_MAX: f64 = 0.15;
/// A board whose largest empty rectangle is this share of its body or more is "half-empty" (preflight warns).
pub const HALF_EMPTY: f64 = 0.30;
/// A （续） board needs at least this many characters ...
pub const THIN_CHARS: usize = 150;
/// ... or at least this many photos (a deliberate gallery).
pub const THIN_PHOTOS: usize = 3;
/// Outer edges within this many millimetres of each other (or of the safe area) are aligned.
pub const ALIGN_TOLERANCE: f64 = 1.0;
/// Empty strips narrower than this (mm) are gutters, not holes: the largest empty rectangle must be at least this
/// wide and tall.
pub const MIN_HOLE_SIDE: f64 = 25.0;

/// The critic's view of one board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Critique {
    /// The body: below the title band, inside the safe margin.
    pub body: Rect,
    /// The largest empty rectangle inside the body and its share of the body.
    pub hole: Rect,
    pub hole_share: f64,
    /// Share of the body covered by content (text blocks, photos, captions, key figures, panels and tiles).
    pub fill: f64,
    /// Outer left/right edges of content blocks, and those aligned neither with the safe area nor with the edge of
    /// another block that is itself on the grid — on the safe area, a text column or such a block (within
    /// [`ALIGN_TOLERANCE`]); the largest distance of a misaligned edge to its nearest partner.
    pub edges: usize,
    pub misaligned: usize,
    pub worst_offset: f64,
    /// The misaligned edges: the kind of block (`photo`, `body`, `heading`, `figure`, `panel`), its side (`L`/`R`)
    /// and its offset in mm, e.g. `photo R 31.5` — what the design benchmark prints per board.
    #[serde(default)]
    pub misaligned_at: Vec<String>,
    /// Characters of body text and headings, photos.
    pub characters: usize,
    pub photos: usize,
    /// A （续） board (its id carries `#n`).
    pub continued: bool,
    /// A （续） board with under [`THIN_CHARS`] characters and under [`THIN_PHOTOS`] photos.
    pub thin: bool,
    /// Mean characters per line of body text (the measure), 0 without body text.
    pub chars_per_line: f64,
    /// Photos' share of the body.
    pub photo_share: f64,
    /// Key figures shown.
    pub figure_tiles: usize,
    /// Photos standing short in their row ([`stepped_photos`]): level with a neighbour at one edge (top or bottom)
    /// but not at the other, the strip beside the neighbour empty — a row of unequal heights.
    #[serde(default)]
    pub stepped: usize,
}

/// The gap between title band and body, and between blocks, on a board of this size (mm).
pub fn block_gap(width: f64, height: f64) -> f64 {
    (0.025 * width.min(height)).clamp(8.0, 20.0)
}

fn is_band(role: TextRole) -> bool {
    matches!(
        role,
        TextRole::ExhibitionTitle | TextRole::Organiser | TextRole::BoardTitle
    )
}

/// The body of a composed board: from the bottom of the title band (its text, logo, band fill or rule) plus the
/// block gap down to the safe area's bottom (above the stand's base on roll-ups), inside the safe margin.
pub fn body_of(frame: &BoardFrame) -> Rect {
    let safe = frame.safe_area();
    let mut band: f64 = safe.y;
    for i in &frame.items {
        match &i.kind {
            ItemKind::Text(t) if is_band(t.role) => band = band.max(t.rect.bottom()),
            ItemKind::Image(img) if i.id == "logo" => band = band.max(img.rect.bottom()),
            // The band's fill and rule start at the top edge and span the board.
            ItemKind::Rect(r)
                if i.source == Source::Theme
                    && r.rect.y <= 0.0
                    && r.rect.w >= frame.width
                    && r.rect.bottom() < frame.height * 0.5 =>
            {
                band = band.max(r.rect.bottom())
            }
            _ => {}
        }
    }
    let top = band + block_gap(frame.width, frame.height);
    let bottom = crate::presets::content_bottom(frame.width, frame.height, frame.safe);
    Rect::new(safe.x, top, safe.w, (bottom - top).max(0.0))
}

/// Content rectangles of a board inside `body` (band items excluded), with whether each is a caption, a photo, a
/// key figure value or label.
fn content(frame: &BoardFrame, body: Rect) -> Vec<(Rect, Part)> {
    let mut out = Vec::new();
    for i in &frame.items {
        // A theme's dressing (a photo's frame, a heading's tab, a panel's rules) belongs to what it dresses.
        if i.id.starts_with(crate::dress::PREFIX) {
            continue;
        }
        let part = match (&i.kind, &i.source) {
            (ItemKind::Text(t), _) if is_band(t.role) => continue,
            (ItemKind::Text(t), _) => match t.role {
                TextRole::Caption => (t.rect, Part::Caption),
                TextRole::KeyFigure => (t.rect, Part::Figure),
                TextRole::KeyFigureLabel => (t.rect, Part::FigureLabel),
                TextRole::Body => (t.rect, Part::Body),
                _ => (t.rect, Part::Heading),
            },
            (ItemKind::Image(_), _) if i.id == "logo" => continue,
            (ItemKind::Image(img), Source::Photo { .. }) => (img.rect, Part::Photo),
            // Theme shapes inside the body (panels, tiles) are designed blocks; the band, rules and background
            // are not.
            (ItemKind::Rect(r), Source::Theme) if body.contains(&r.rect) => (r.rect, Part::Panel),
            _ => continue,
        };
        out.push(part);
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Body,
    Heading,
    Caption,
    Photo,
    Figure,
    FigureLabel,
    Panel,
}

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Body => "body",
            Part::Heading => "heading",
            Part::Caption => "caption",
            Part::Photo => "photo",
            Part::Figure => "figure",
            Part::FigureLabel => "label",
            Part::Panel => "panel",
        }
    }
}

/// Scores a composed board (its body found by [`body_of`]).
pub fn critique(frame: &BoardFrame) -> Critique {
    critique_in(frame, body_of(frame))
}

/// Scores a composed board whose body is `body`.
pub fn critique_in(frame: &BoardFrame, body: Rect) -> Critique {
    critique_with(frame, body, true)
}

/// The outer edges of a composed board aligned with nothing, any block's edge a partner (the loose count;
/// [`Critique::misaligned`] asks the partner to be on the grid).
pub fn misaligned_loosely(frame: &BoardFrame) -> usize {
    critique_with(frame, body_of(frame), false).misaligned
}

fn critique_with(frame: &BoardFrame, body: Rect, grounded: bool) -> Critique {
    let parts = content(frame, body);
    let rects: Vec<Rect> = parts.iter().map(|(r, _)| *r).collect();
    let hole = largest_empty(body, &rects);
    let area = body.area().max(1e-9);
    // Blocks do not overlap, except what lies on a panel.
    let panels: Vec<Rect> = parts
        .iter()
        .filter(|(_, p)| *p == Part::Panel)
        .map(|(r, _)| *r)
        .collect();
    // What lies on a panel or tile (a 前言's text, a pull quote and its bar): the panel is the block, counted once.
    let on_panel = |r: &Rect, p: Part| {
        panels
            .iter()
            .any(|q| q.contains(r) && (p != Part::Panel || q.area() > r.area() + 1e-6))
    };
    let covered: f64 = parts
        .iter()
        .filter(|(r, p)| !on_panel(r, *p))
        .map(|(r, _)| clip(*r, body).area())
        .sum();
    let photo_area: f64 = parts
        .iter()
        .filter(|(_, p)| *p == Part::Photo)
        .map(|(r, _)| clip(*r, body).area())
        .sum();
    // Edges: captions follow their photos and labels their figures, so they do not count on their own; nor does
    // what lies on a panel.
    // A caption set beside its photo (a small photo in a wide cell) is a block of its own: its far edge is the
    // block's.
    let photo_rects: Vec<Rect> = parts
        .iter()
        .filter(|(_, p)| *p == Part::Photo)
        .map(|(r, _)| *r)
        .collect();
    let (blocks, kinds): (Vec<Rect>, Vec<Part>) = parts
        .iter()
        .filter(|(r, p)| match p {
            Part::Caption => is_beside(r, &photo_rects) && !on_panel(r, *p),
            Part::FigureLabel => false,
            _ => !on_panel(r, *p),
        })
        .copied()
        .unzip();
    let columns: Vec<bool> = kinds.iter().map(|k| *k == Part::Body).collect();
    let columns = grounded.then_some(columns.as_slice());
    let al = alignment(
        frame.safe_area(),
        &blocks,
        columns,
        block_gap(frame.width, frame.height),
    );
    let misaligned_at = al
        .at
        .iter()
        .map(|&(k, side, d)| format!("{} {side} {d:.1}", kinds[k].name()))
        .collect();
    let (mut characters, mut photos, mut figure_tiles) = (0, 0, 0);
    let (mut lines, mut body_chars) = (0usize, 0usize);
    for i in &frame.items {
        match (&i.kind, &i.source) {
            (ItemKind::Text(t), _) if matches!(t.role, TextRole::Body | TextRole::Heading1 | TextRole::Heading2) => {
                let n: usize = t.runs.iter().map(|r| r.text().chars().count()).sum();
                characters += n;
                if t.role == TextRole::Body {
                    body_chars += n;
                    let mut ys: Vec<i64> = t.runs.iter().map(|r| (r.origin.y * 100.0).round() as i64).collect();
                    ys.sort_unstable();
                    ys.dedup();
                    lines += ys.len();
                }
            }
            (ItemKind::Text(t), _) if t.role == TextRole::KeyFigure => figure_tiles += 1,
            (ItemKind::Image(_), Source::Photo { .. }) if i.id != "logo" => photos += 1,
            _ => {}
        }
    }
    let continued = frame.id.contains('#');
    Critique {
        body,
        hole,
        hole_share: hole.area() / area,
        fill: (covered / area).min(1.0),
        edges: al.edges,
        misaligned: al.misaligned,
        worst_offset: al.worst,
        misaligned_at,
        characters,
        photos,
        continued,
        thin: continued && characters < THIN_CHARS && photos < THIN_PHOTOS,
        chars_per_line: if lines > 0 {
            body_chars as f64 / lines as f64
        } else {
            0.0
        },
        photo_share: photo_area / area,
        figure_tiles,
        stepped: stepped_photos(&photo_rects, &rects, block_gap(frame.width, frame.height)),
    }
}

/// Photos of a row of unequal heights: side by side with a neighbour (at most three gaps apart), level with it at
/// the bottom (within [`ALIGN_TOLERANCE`]) but shorter, with a void over it up to the neighbour's top — empty, or
/// wider than a block gap under whatever stands there (`blocks`: every content block of the body). A stack beside a
/// lead photo fills that strip; a photo at its limit standing on the row's baseline under a void does not.
pub fn stepped_photos(photos: &[Rect], blocks: &[Rect], gap: f64) -> usize {
    let t = ALIGN_TOLERANCE;
    let overlaps = |r: &Rect, x0: f64, x1: f64| r.x < x1 - t && x0 + t < r.right();
    photos
        .iter()
        .enumerate()
        .filter(|&(i, b)| {
            photos.iter().enumerate().any(|(j, a)| {
                let beside = (b.x - a.right()).abs() <= 3.0 * gap || (a.x - b.right()).abs() <= 3.0 * gap;
                if i == j || !beside || overlaps(a, b.x, b.right()) {
                    return false;
                }
                if (a.bottom() - b.bottom()).abs() > t || b.y <= a.y + t {
                    return false;
                }
                // What stands over `b` inside the strip, its lowest edge.
                let over = blocks
                    .iter()
                    .filter(|r| overlaps(r, b.x, b.right()) && r.bottom() <= b.y + t && r.bottom() > a.y + t)
                    .map(Rect::bottom)
                    .fold(None, |m: Option<f64>, y| Some(m.map_or(y, |m| m.max(y))));
                match over {
                    None => true,
                    Some(y) => b.y - y > gap + t,
                }
            })
        })
        .count()
}

/// Whether a caption stands beside a photo (level with it) rather than under it.
pub fn is_beside(caption: &Rect, photos: &[Rect]) -> bool {
    photos
        .iter()
        .any(|p| caption.y < p.bottom() - 1e-6 && p.y < caption.bottom() - 1e-6)
}

/// The share of `body` taken by the largest empty rectangle among `blocks`, as a score term for candidates: 0 up
/// to [`HOLE_GOAL`], then growing linearly (1 at a hole of a third of the body).
pub fn hole_penalty(body: Rect, blocks: &[Rect]) -> f64 {
    let share = largest_empty(body, blocks).area() / body.area().max(1e-9);
    ((share - HOLE_GOAL) / (1.0 / 3.0 - HOLE_GOAL)).max(0.0)
}

/// How many outer edges of `blocks` are off the grid (see [`Critique`]): `columns` says which blocks are the body
/// text's columns, grid lines of their own; without, any block's edge is a partner (the loose count).
pub fn misaligned_edges(safe: Rect, blocks: &[Rect], columns: Option<&[bool]>, gap: f64) -> usize {
    alignment(safe, blocks, columns, gap).misaligned
}

fn clip(r: Rect, to: Rect) -> Rect {
    let x = r.x.max(to.x);
    let y = r.y.max(to.y);
    Rect::new(
        x,
        y,
        (r.right().min(to.right()) - x).max(0.0),
        (r.bottom().min(to.bottom()) - y).max(0.0),
    )
}

/// The largest rectangle inside `body` that overlaps none of `blocks` (at least [`MIN_HOLE_SIDE`] on each side,
/// else an empty rect): the edges are compressed to a grid of cells, and each row of cells is a histogram of free
/// heights whose largest rectangle is found with a stack.
pub fn largest_empty(body: Rect, blocks: &[Rect]) -> Rect {
    let clipped: Vec<Rect> = blocks
        .iter()
        .map(|b| clip(*b, body))
        .filter(|b| b.w > 0.0 && b.h > 0.0)
        .collect();
    let coords = |f: &dyn Fn(&Rect) -> (f64, f64), lo: f64, hi: f64| -> Vec<f64> {
        let mut v = vec![lo, hi];
        for b in &clipped {
            let (a, z) = f(b);
            v.push(a);
            v.push(z);
        }
        v.sort_by(f64::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 1e-6);
        v
    };
    let xs = coords(&|b| (b.x, b.right()), body.x, body.right());
    let ys = coords(&|b| (b.y, b.bottom()), body.y, body.bottom());
    let (nx, ny) = (xs.len() - 1, ys.len() - 1);
    if nx == 0 || ny == 0 {
        return Rect::default();
    }
    let index = |v: &[f64], x: f64| v.partition_point(|c| *c < x - 1e-6);
    let mut occupied = vec![false; nx * ny];
    for b in &clipped {
        let (x0, x1) = (index(&xs, b.x), index(&xs, b.right()));
        let (y0, y1) = (index(&ys, b.y), index(&ys, b.bottom()));
        for j in y0..y1.min(ny) {
            for i in x0..x1.min(nx) {
                occupied[j * nx + i] = true;
            }
        }
    }
    let mut heights = vec![0.0f64; nx];
    let mut best = Rect::default();
    let mut stack: Vec<usize> = Vec::with_capacity(nx + 1);
    for j in 0..ny {
        let dy = ys[j + 1] - ys[j];
        for i in 0..nx {
            heights[i] = if occupied[j * nx + i] { 0.0 } else { heights[i] + dy };
        }
        stack.clear();
        for i in 0..=nx {
            let h = if i < nx { heights[i] } else { 0.0 };
            while let Some(&top) = stack.last() {
                if heights[top] <= h {
                    break;
                }
                stack.pop();
                let left = stack.last().map_or(0, |s| s + 1);
                let (x0, x1) = (xs[left], xs[i]);
                let r = Rect::new(x0, ys[j + 1] - heights[top], x1 - x0, heights[top]);
                if r.w >= MIN_HOLE_SIDE && r.h >= MIN_HOLE_SIDE && r.area() > best.area() {
                    best = r;
                }
            }
            stack.push(i);
        }
    }
    best
}

struct Alignment {
    edges: usize,
    misaligned: usize,
    worst: f64,
    /// Each misaligned edge: the block's index, its side and its offset.
    at: Vec<(usize, char, f64)>,
}

/// Outer left and right edges of `blocks` (an edge is inner when another block sits right beside it, within 1.5
/// gaps, overlapping it vertically — the next photo of a row, the next text column): each must lie within
/// [`ALIGN_TOLERANCE`] of the safe area's edge on its side or of another block's edge on the same side.
///
/// With `columns` (which blocks are the body text's columns) the partner must itself be on the grid ([`grounded`]):
/// two rows of one width centred under each other line up with each other and with nothing a reader can see —
/// still a staggered board. Without, any block's edge is a partner (the loose count).
fn alignment(safe: Rect, blocks: &[Rect], columns: Option<&[bool]>, gap: f64) -> Alignment {
    let mut out = Alignment {
        edges: 0,
        misaligned: 0,
        worst: 0.0,
        at: Vec::new(),
    };
    let inner = inner_edges(blocks, gap);
    let ground = columns.map(|c| grounded(safe, blocks, c, &inner));
    for (k, a) in blocks.iter().enumerate() {
        for (s, side) in ['L', 'R'].into_iter().enumerate() {
            if inner[k][s] {
                continue;
            }
            out.edges += 1;
            let edge = |b: &Rect| if s == 0 { b.x } else { b.right() };
            let wall = if s == 0 { safe.x } else { safe.right() };
            let d = blocks
                .iter()
                .enumerate()
                .filter(|&(m, _)| m != k && ground.as_ref().is_none_or(|g| g[m][s]))
                .map(|(_, b)| (edge(b) - edge(a)).abs())
                .fold((edge(a) - wall).abs(), f64::min);
            if d > ALIGN_TOLERANCE {
                out.misaligned += 1;
                out.worst = out.worst.max(d);
                out.at.push((k, side, d));
            }
        }
    }
    out
}

/// Per block, whether its left and right edges are inner: another block sits right beside it on that side (within
/// 1.5 gaps, overlapping it vertically).
fn inner_edges(blocks: &[Rect], gap: f64) -> Vec<[bool; 2]> {
    let vertical = |a: &Rect, b: &Rect| a.y < b.bottom() - 1e-6 && b.y < a.bottom() - 1e-6;
    blocks
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let others = || blocks.iter().enumerate().filter(move |(m, _)| *m != k).map(|(_, b)| b);
            [
                others().any(|b| vertical(a, b) && b.right() <= a.x + 1e-6 && a.x - b.right() <= 1.5 * gap),
                others().any(|b| vertical(a, b) && b.x >= a.right() - 1e-6 && b.x - a.right() <= 1.5 * gap),
            ]
        })
        .collect()
}

/// Which block edges (left, right) are on the grid a reader sees: on the safe area's edge of their side, a text
/// column's, or on the same side's edge of a block that is (to a fixed point); an inner edge is when its row reaches
/// such an edge on that side (the gutters of a row that spans from a grid line are grid lines).
fn grounded(safe: Rect, blocks: &[Rect], columns: &[bool], inner: &[[bool; 2]]) -> Vec<[bool; 2]> {
    let edge = |b: &Rect, s: usize| if s == 0 { b.x } else { b.right() };
    let mut g: Vec<[bool; 2]> = blocks
        .iter()
        .zip(columns)
        .map(|(b, &col)| {
            [
                col || (b.x - safe.x).abs() <= ALIGN_TOLERANCE,
                col || (b.right() - safe.right()).abs() <= ALIGN_TOLERANCE,
            ]
        })
        .collect();
    let vertical = |a: &Rect, b: &Rect| a.y < b.bottom() - 1e-6 && b.y < a.bottom() - 1e-6;
    loop {
        let mut changed = false;
        for k in 0..blocks.len() {
            for s in 0..2 {
                if g[k][s] {
                    continue;
                }
                let a = &blocks[k];
                let lined = (0..blocks.len())
                    .any(|m| m != k && g[m][s] && (edge(&blocks[m], s) - edge(a, s)).abs() <= ALIGN_TOLERANCE);
                // The block beside it on that side, grounded on the same side: a row running to the grid.
                let row = inner[k][s]
                    && (0..blocks.len()).any(|m| {
                        let b = &blocks[m];
                        m != k
                            && g[m][s]
                            && vertical(a, b)
                            && if s == 0 {
                                b.right() <= a.x + 1e-6
                            } else {
                                b.x >= a.right() - 1e-6
                            }
                    });
                if lined || row {
                    g[k][s] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            return g;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_empty_rectangle() {
        let body = Rect::new(0.0, 0.0, 100.0, 100.0);
        assert_eq!(largest_empty(body, &[]).area(), 10_000.0);
        // A block in the top-left quarter: the largest hole is the bottom strip or the right strip (100×50).
        let h = largest_empty(body, &[Rect::new(0.0, 0.0, 50.0, 50.0)]);
        assert!((h.area() - 5_000.0).abs() < 1e-6, "{h:?}");
        // A centred block leaves four strips; the largest is 100 wide × 30 tall.
        let h = largest_empty(body, &[Rect::new(30.0, 30.0, 40.0, 40.0)]);
        assert!((h.area() - 3_000.0).abs() < 1e-6, "{h:?}");
        // Filled but for gutters narrower than MIN_HOLE_SIDE: no hole.
        let cols = [Rect::new(0.0, 0.0, 45.0, 100.0), Rect::new(55.0, 0.0, 45.0, 100.0)];
        assert_eq!(largest_empty(body, &cols).area(), 0.0);
        // Pyramid rows: the wide row on top, a narrower centred one under it — holes beside the narrow row.
        let rows = [Rect::new(0.0, 0.0, 100.0, 50.0), Rect::new(30.0, 50.0, 40.0, 50.0)];
        let h = largest_empty(body, &rows);
        assert!((h.area() - 1_500.0).abs() < 1e-6, "{h:?}");
        assert!(hole_penalty(body, &rows) > 0.0 && hole_penalty(body, &cols) == 0.0);
    }

    #[test]
    fn alignment_finds_pyramids() {
        let safe = Rect::new(0.0, 0.0, 200.0, 200.0);
        // Two justified rows, full width: every outer edge at the safe area.
        let grid = [
            Rect::new(0.0, 0.0, 95.0, 90.0),
            Rect::new(105.0, 0.0, 95.0, 90.0),
            Rect::new(0.0, 100.0, 200.0, 90.0),
        ];
        let a = alignment(safe, &grid, None, 10.0);
        assert_eq!((a.edges, a.misaligned), (4, 0));
        // A narrower second row centred under the first: both its outer edges are off by 30 mm.
        let pyramid = [
            Rect::new(0.0, 0.0, 95.0, 90.0),
            Rect::new(105.0, 0.0, 95.0, 90.0),
            Rect::new(30.0, 100.0, 140.0, 90.0),
        ];
        let a = alignment(safe, &pyramid, None, 10.0);
        assert_eq!(a.misaligned, 2);
        assert!((a.worst - 30.0).abs() < 1e-9);
    }

    #[test]
    fn rows_aligned_only_with_each_other_are_staggered() {
        let safe = Rect::new(0.0, 0.0, 200.0, 300.0);
        // Text across the body, under it two lone photos of one width centred under each other (800×2000 24
        // gallery#2): their edges line up with each other and with nothing on the grid.
        let stagger = [
            Rect::new(0.0, 0.0, 200.0, 90.0),
            Rect::new(40.0, 100.0, 120.0, 90.0),
            Rect::new(40.0, 200.0, 120.0, 90.0),
        ];
        let cols = [true, false, false];
        assert_eq!(alignment(safe, &stagger, None, 10.0).misaligned, 0);
        let a = alignment(safe, &stagger, Some(&cols), 10.0);
        assert_eq!((a.edges, a.misaligned), (6, 4));
        assert!((a.worst - 40.0).abs() < 1e-9);
        // The same photos on the text column's edges (a column set in from the safe area): on the grid.
        let column = [
            Rect::new(40.0, 0.0, 120.0, 90.0),
            Rect::new(40.0, 100.0, 120.0, 90.0),
            Rect::new(40.0, 200.0, 120.0, 90.0),
        ];
        assert_eq!(alignment(safe, &column, Some(&cols), 10.0).misaligned, 0);
        // A row from edge to edge and a photo under its right half: the row's gutter is a grid line, so the photo's
        // left edge, on it, is aligned — through a photo grounded on the other side of the row.
        let grid = [
            Rect::new(0.0, 0.0, 95.0, 90.0),
            Rect::new(105.0, 0.0, 95.0, 90.0),
            Rect::new(105.0, 100.0, 95.0, 90.0),
        ];
        assert_eq!(alignment(safe, &grid, Some(&[false; 3]), 10.0).misaligned, 0);
        // The same under a centred row of two: its gutter is no grid line.
        let pyramid = [
            Rect::new(20.0, 0.0, 75.0, 90.0),
            Rect::new(105.0, 0.0, 75.0, 90.0),
            Rect::new(105.0, 100.0, 75.0, 90.0),
        ];
        let a = alignment(safe, &pyramid, Some(&[false; 3]), 10.0);
        assert_eq!(a.misaligned, 4, "{:?}", a.at);
        assert_eq!(alignment(safe, &pyramid, None, 10.0).misaligned, 1);
    }

    fn item(id: &str, source: Source, kind: ItemKind) -> zhanban_frames::Item {
        zhanban_frames::Item {
            id: id.into(),
            source,
            kind,
        }
    }

    fn text(id: &str, rect: Rect, role: TextRole) -> zhanban_frames::Item {
        let block = zhanban_frames::TextBlock {
            rect,
            role,
            min_size_pt: 10.0,
            runs: Vec::new(),
        };
        item(id, Source::Theme, ItemKind::Text(block))
    }

    fn tile(id: &str, rect: Rect) -> zhanban_frames::Item {
        let r = zhanban_frames::RectItem {
            rect,
            fill: None,
            stroke: None,
            radius: 0.0,
        };
        item(id, Source::Theme, ItemKind::Rect(r))
    }

    fn photo(rect: Rect) -> zhanban_frames::Item {
        let img = zhanban_frames::ImageItem {
            photo: "p".into(),
            rect,
            crop: Rect::new(0.0, 0.0, 100.0, 100.0),
            orientation: 1,
            pixel_width: 100,
            pixel_height: 100,
        };
        item("photo-p", Source::Photo { hash: "p".into() }, ItemKind::Image(img))
    }

    fn board(items: Vec<zhanban_frames::Item>) -> BoardFrame {
        BoardFrame {
            id: "w1-b1".into(),
            number: 1,
            name: "一".into(),
            width: 1000.0,
            height: 600.0,
            bleed: 3.0,
            safe: 20.0,
            background: zhanban_frames::Color {
                r: 255,
                g: 255,
                b: 255,
                a: 1.0,
            },
            fonts: Vec::new(),
            items,
        }
    }

    #[test]
    fn a_caption_beside_its_photo_is_a_block_edge() {
        // Text across the body, under it a small photo on the left grid line: its right edge is off the grid
        // unless its caption, beside it, takes the rest of the row up to the safe area.
        let items = vec![
            text("text-0", Rect::new(20.0, 100.0, 960.0, 200.0), TextRole::Body),
            photo(Rect::new(20.0, 320.0, 300.0, 200.0)),
        ];
        let c = critique(&board(items.clone()));
        assert_eq!(c.misaligned_at, vec!["photo R 660.0".to_string()]);
        let mut beside = items.clone();
        beside.push(text(
            "caption-p",
            Rect::new(340.0, 470.0, 640.0, 50.0),
            TextRole::Caption,
        ));
        let c = critique(&board(beside));
        assert_eq!(c.misaligned, 0, "{:?}", c.misaligned_at);
        // Under the photo, the caption follows it: the photo's right edge stays off the grid.
        let mut under = items;
        under.push(text(
            "caption-p",
            Rect::new(20.0, 520.0, 300.0, 30.0),
            TextRole::Caption,
        ));
        let c = critique(&board(under));
        assert_eq!(c.misaligned, 1, "{:?}", c.misaligned_at);
    }

    #[test]
    fn what_lies_on_a_tile_is_not_an_outer_edge() {
        // Text in two columns on the left, a pull-quote tile on the right up to the safe area: its accent bar and
        // its text, inset by the tile's padding, lie on the tile — the tile's edges are the block's.
        let items = vec![
            text("title", Rect::new(20.0, 20.0, 960.0, 60.0), TextRole::BoardTitle),
            text("text-0", Rect::new(20.0, 100.0, 290.0, 400.0), TextRole::Body),
            text("text-1", Rect::new(330.0, 100.0, 290.0, 400.0), TextRole::Body),
            tile("quote-tile", Rect::new(640.0, 100.0, 340.0, 300.0)),
            tile("quote-bar", Rect::new(640.0, 100.0, 8.0, 300.0)),
            text("pull-quote", Rect::new(688.0, 200.0, 252.0, 80.0), TextRole::Heading1),
        ];
        let c = critique(&board(items.clone()));
        assert_eq!(c.misaligned, 0, "{:?}", c.misaligned_at);
        // A photo under the tile, inset from its edges, is off the grid all the same.
        let mut off = items;
        off.push(photo(Rect::new(700.0, 420.0, 200.0, 140.0)));
        let c = critique(&board(off));
        assert_eq!(c.misaligned, 2, "{:?}", c.misaligned_at);
        assert!(
            c.misaligned_at.iter().all(|e| e.starts_with("photo")),
            "{:?}",
            c.misaligned_at
        );
    }

    #[test]
    fn a_photo_short_in_its_row_under_a_void_is_stepped() {
        // Three photos on one baseline, the third shorter with nothing over it (the reference board 1200x900-02):
        // stepped. Cut to one height: none. A lead photo beside a stack of two (level at the top, the stack's
        // second photo under the first): none — the strip beside it holds a photo.
        let row = |third_top: f64| {
            vec![
                text("title", Rect::new(20.0, 20.0, 960.0, 60.0), TextRole::BoardTitle),
                text("text-0", Rect::new(20.0, 100.0, 960.0, 100.0), TextRole::Body),
                photo(Rect::new(20.0, 220.0, 300.0, 340.0)),
                photo(Rect::new(340.0, 220.0, 300.0, 340.0)),
                photo(Rect::new(660.0, third_top, 320.0, 560.0 - third_top)),
            ]
        };
        assert_eq!(critique(&board(row(300.0))).stepped, 1);
        assert_eq!(critique(&board(row(220.0))).stepped, 0);
        // (the stack one block gap apart: 15 mm on this board)
        let lead = vec![
            text("title", Rect::new(20.0, 20.0, 960.0, 60.0), TextRole::BoardTitle),
            photo(Rect::new(20.0, 100.0, 400.0, 460.0)),
            photo(Rect::new(440.0, 100.0, 300.0, 220.0)),
            photo(Rect::new(440.0, 335.0, 300.0, 225.0)),
        ];
        assert_eq!(critique(&board(lead)).stepped, 0);
    }
}
