//! The photo area of a board: justified rows (as in photo-book makers). Photos keep their order; every way of
//! cutting the sequence into rows is tried (greedy row counts beyond 8 photos); each row fills the area's width,
//! rows are stretched together to fill its height by cropping at most [`MAX_CROP`] of any photo, and each caption
//! sits directly under its photo. Photos smaller than the board's minimum photo area make an arrangement invalid.
//! A photo may carry a largest printed size (its resolution limit): the block of rows then narrows and stretches
//! less so that no photo is printed beyond it, and the arrangement says so (`resolution_limited`); the caller
//! decides where the smaller block goes and what fills the rest — on a board of photos alone it may also take the
//! block cropped wider ([`gallery_choices`]). When no rows of one height can hold the photos
//! within those limits (a low-resolution portrait beside a landscape), rows whose photos keep their own heights
//! on one baseline are tried ("free rows"). For 3–4 photos, a lead photo beside a column of the others
//! ([`evaluate_lead`]) is one rectangle whatever their shapes, where rows of a portrait and landscapes stagger.
//!
//! Owns photo geometry (cells, crops); it must not set text (caption heights come from the caller).

use serde::{Deserialize, Serialize};
use zhanban_frames::Rect;

/// The most of a photo's area layout may crop away to fill its area.
pub const MAX_CROP: f64 = 0.15;

/// Larger or smaller than the automatic choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Emphasis {
    #[default]
    Normal,
    Larger,
    Smaller,
}

/// What the arrangement needs to know of a photo.
#[derive(Clone, Debug)]
pub struct GalleryPhoto {
    /// Width over height as displayed.
    pub aspect: f64,
    pub emphasis: Emphasis,
    /// The largest cell (width, height in mm) the photo may fill: beyond it its resolution would drop below the
    /// target. `None`: no limit.
    pub max: Option<(f64, f64)>,
    /// The part of the photo no crop may cut (its faces with room above the heads), fractions `[x0, y0, x1, y1]`;
    /// `None`: any part may go.
    pub keep: Option<[f64; 4]>,
}

impl GalleryPhoto {
    /// The width share the photo asks for in its row: its aspect, 25 % more when emphasised (taken from its height
    /// by cropping), 25 % less when made smaller.
    pub fn weight(&self) -> f64 {
        match self.emphasis {
            Emphasis::Normal => self.aspect,
            Emphasis::Larger => self.aspect * 1.25,
            Emphasis::Smaller => self.aspect / 1.25,
        }
    }

    /// The least and most row stretch (cell height over natural height) that crops nothing of `keep`: a cell
    /// stretched by `f` shows `aspect·f/weight` of the photo's height and `weight/(aspect·f)` of its width.
    fn keep_stretch(&self) -> (f64, f64) {
        let Some([x0, y0, x1, y1]) = self.keep else {
            return (0.0, f64::INFINITY);
        };
        let r = self.weight() / self.aspect;
        ((y1 - y0).clamp(0.0, 1.0) * r, r / (x1 - x0).clamp(1e-6, 1.0))
    }

    /// The tallest row this photo allows at its natural width (no vertical stretch), from its resolution limit.
    fn max_row_height(&self) -> f64 {
        self.max.map_or(f64::INFINITY, |(w, h)| (w / self.weight()).min(h))
    }
}

/// The widest block of rows of these lengths in which no photo exceeds its resolution limit (infinite when no
/// photo has one).
pub fn max_block_width(photos: &[GalleryPhoto], rows: &[usize], gap: f64) -> f64 {
    let mut start = 0;
    let mut out = f64::INFINITY;
    for &k in rows {
        let Some(row) = photos.get(start..start + k) else { break };
        let h = row
            .iter()
            .map(GalleryPhoto::max_row_height)
            .fold(f64::INFINITY, f64::min);
        let sum_a: f64 = row.iter().map(GalleryPhoto::weight).sum();
        out = out.min(h * sum_a + gap * (k as f64 - 1.0));
        start += k;
    }
    out
}

/// One placed photo: its visible rect, its caption's rect (directly under it), and the share of the photo cropped.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub rect: Rect,
    pub caption: Option<Rect>,
    pub crop: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arrangement {
    pub cells: Vec<Cell>,
    /// Share of the photo area covered by photos and captions.
    pub coverage: f64,
    pub mean_crop: f64,
    /// Penalty for emphasis not honoured (0 when honoured).
    pub emphasis_penalty: f64,
    /// The block of rows with captions (inside the area, centred across it, at its top).
    pub bounds: Rect,
    /// The block is smaller than the area because photos reached their resolution limit.
    pub resolution_limited: bool,
    /// The rows' own area (each row's width, photos and captions): the photo area of a resolution-limited block.
    pub rows_area: f64,
}

/// Caption height in mm for photo `i` set at `width` mm (0 when it has no caption); `None` when the caption cannot
/// be set at that width.
pub type CaptionHeight<'a> = dyn FnMut(usize, f64) -> Option<f64> + 'a;

/// The best arrangement of `photos` in `area`, or `None` when no arrangement keeps every photo at `min_area` mm²
/// or more. Arrangements that would crop into a photo's `keep` (its faces) are refused (the caller then puts fewer
/// photos together); only a photo alone, which has nowhere else to go, is cropped into its faces when it must be.
pub fn arrange(
    area: Rect,
    photos: &[GalleryPhoto],
    gap: f64,
    min_area: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> Option<Arrangement> {
    arrange_choices(area, photos, gap, min_area, caption_h)
        .into_iter()
        .next()
}

/// The best arrangement (as [`arrange`]) and, when its rows stagger (a row narrower than the others, centred), also
/// the best whose rows do not: the board's composition weighs the two with its critic (a justified block may
/// leave a larger hole than the pyramid, or none).
pub fn arrange_choices(
    area: Rect,
    photos: &[GalleryPhoto],
    gap: f64,
    min_area: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> Vec<Arrangement> {
    choices(area, photos, gap, min_area, false, caption_h)
}

/// [`arrange_choices`] for a board of photos alone (活动剪影): when the photos' resolution keeps the block narrower
/// than the board, also the best block cropped wider (top and bottom, up to [`JUSTIFY_CROP`], never into faces nor
/// past a photo's resolution) — a designer crops a gallery's photos before leaving bands beside them. (Beside text
/// the text takes that width: [`arrange_choices`].)
pub fn gallery_choices(
    area: Rect,
    photos: &[GalleryPhoto],
    gap: f64,
    min_area: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> Vec<Arrangement> {
    choices(area, photos, gap, min_area, true, caption_h)
}

fn choices(
    area: Rect,
    photos: &[GalleryPhoto],
    gap: f64,
    min_area: f64,
    widen: bool,
    caption_h: &mut CaptionHeight<'_>,
) -> Vec<Arrangement> {
    if photos.len() > 1 && photos.iter().any(|p| p.emphasis != Emphasis::Normal) {
        return arrange_emphasised(area, photos, gap, min_area, caption_h)
            .into_iter()
            .collect();
    }
    arrange_as_given(area, photos, gap, min_area, widen, caption_h)
}

/// How much more room (area) 放大 gives a photo sharing its area with others than the same photos get there
/// without emphasis; 缩小 gives it at most [`SMALLER_STEP`] of it. A clearly visible step, not a nudge.
pub const LARGER_STEP: f64 = 1.4;
pub const SMALLER_STEP: f64 = 0.7;

/// Photos of which one or more are made larger or smaller: the same photos are first arranged without emphasis
/// in the same area; an arrangement then counts only when every photo made larger gets at least [`LARGER_STEP`]
/// times the area it had there (every one made smaller at most [`SMALLER_STEP`] times). A larger photo may lead the
/// photos (a row of its own at the top, the others after it in their order), and alone in a row it keeps its own
/// proportions (the row's width is its size). When none gives the step, the photos as given (emphasis as row
/// weights); a photo whose resolution cannot take the step, and a smaller one that cannot be made smaller here,
/// keep that soft emphasis.
fn arrange_emphasised(
    area: Rect,
    photos: &[GalleryPhoto],
    gap: f64,
    min_area: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> Option<Arrangement> {
    let plain: Vec<GalleryPhoto> = photos
        .iter()
        .map(|p| GalleryPhoto {
            emphasis: Emphasis::Normal,
            ..p.clone()
        })
        .collect();
    let Some(base) = first(arrange_as_given(area, &plain, gap, min_area, false, caption_h)) else {
        return first(arrange_as_given(area, photos, gap, min_area, false, caption_h));
    };
    // Per photo, the area it must reach (larger) or stay under (smaller); none when its resolution forbids it.
    let targets: Vec<Option<(Emphasis, f64)>> = photos
        .iter()
        .zip(&base.cells)
        .map(|(p, c)| {
            let a = c.rect.area();
            match p.emphasis {
                Emphasis::Larger
                    if p.max
                        .is_none_or(|(w, h)| w.min(h * p.aspect) * h.min(w / p.aspect) >= LARGER_STEP * a) =>
                {
                    Some((Emphasis::Larger, LARGER_STEP * a))
                }
                Emphasis::Smaller if SMALLER_STEP * a >= min_area => Some((Emphasis::Smaller, SMALLER_STEP * a)),
                _ => None,
            }
        })
        .collect();
    if targets.iter().all(Option::is_none) {
        return first(arrange_as_given(area, photos, gap, min_area, false, caption_h));
    }
    let meets = |a: &Arrangement| {
        a.cells.iter().zip(&targets).all(|(c, t)| match t {
            Some((Emphasis::Larger, at_least)) => c.rect.area() >= at_least - 1e-6,
            Some((_, at_most)) => c.rect.area() <= at_most + 1e-6,
            None => true,
        })
    };
    // The photos' own order, and the larger ones first (the smaller ones last).
    let identity: Vec<usize> = (0..photos.len()).collect();
    let mut lead = identity.clone();
    lead.sort_by_key(|&i| match photos[i].emphasis {
        Emphasis::Larger => 0,
        Emphasis::Normal => 1,
        Emphasis::Smaller => 2,
    });
    let mut orders = vec![identity];
    if lead != orders[0] {
        orders.push(lead);
    }
    let mut best: Option<(f64, Arrangement)> = None;
    for order in &orders {
        let ordered: Vec<GalleryPhoto> = order.iter().map(|&i| photos[i].clone()).collect();
        let mut cap = |i: usize, w: f64| caption_h(order[i], w);
        for rows in partitions(ordered.len()) {
            // Alone in its row, a larger photo keeps its proportions: the row's width is already all its own.
            let mut shaped = ordered.clone();
            let mut start = 0;
            for &k in &rows {
                if k == 1 && shaped[start].emphasis == Emphasis::Larger {
                    shaped[start].emphasis = Emphasis::Normal;
                }
                start += k;
            }
            for uniform in [false, true] {
                let Some(mut a) = evaluate(area, &shaped, &rows, gap, min_area, uniform, &mut cap) else {
                    continue;
                };
                let score = a.coverage - 1.5 * a.mean_crop - a.emphasis_penalty - STAGGER_PENALTY * staggered(&a);
                // Back in the photos' order (cells[i] is photos[i]).
                let mut cells: Vec<Option<Cell>> = vec![None; photos.len()];
                for (j, c) in a.cells.drain(..).enumerate() {
                    cells[order[j]] = Some(c);
                }
                a.cells = cells.into_iter().map(|c| c.expect("every photo placed")).collect();
                if meets(&a) && best.as_ref().is_none_or(|(s, _)| score > *s + 1e-9) {
                    best = Some((score, a));
                }
            }
        }
    }
    // None gives the step here: the photos as given (the board's composition decides whether to take it).
    match best {
        Some((_, a)) => Some(a),
        None => first(arrange_as_given(area, photos, gap, min_area, false, caption_h)),
    }
}

fn first(v: Vec<Arrangement>) -> Option<Arrangement> {
    v.into_iter().next()
}

/// The best arrangements of the photos in their order (emphasis only as row weights and penalties): see
/// [`arrange_choices`].
fn arrange_as_given(
    area: Rect,
    photos: &[GalleryPhoto],
    gap: f64,
    min_area: f64,
    widen: bool,
    caption_h: &mut CaptionHeight<'_>,
) -> Vec<Arrangement> {
    let found = best_arrangement(area, photos, gap, min_area, widen, caption_h);
    if !found.is_empty() || photos.len() != 1 || photos[0].keep.is_none() {
        return found;
    }
    {
        let loose: Vec<GalleryPhoto> = photos
            .iter()
            .map(|p| GalleryPhoto {
                keep: None,
                ..p.clone()
            })
            .collect();
        best_arrangement(area, &loose, gap, min_area, widen, caption_h)
    }
}

fn best_arrangement(
    area: Rect,
    photos: &[GalleryPhoto],
    gap: f64,
    min_area: f64,
    widen: bool,
    caption_h: &mut CaptionHeight<'_>,
) -> Vec<Arrangement> {
    let n = photos.len();
    if n == 0 || area.w <= 0.0 || area.h <= 0.0 {
        return Vec::new();
    }
    // The best, and the best whose rows do not stagger.
    let mut best: [Option<(f64, Arrangement)>; 2] = [None, None];
    fn score_of(a: &Arrangement, stagger: f64) -> f64 {
        a.coverage - 1.5 * a.mean_crop - a.emphasis_penalty - STAGGER_PENALTY * stagger
    }
    fn consider(best: &mut [Option<(f64, Arrangement)>; 2], a: Arrangement, stagger: f64) {
        let score = score_of(&a, stagger);
        if stagger == 0.0 && best[1].as_ref().is_none_or(|(s, _)| score > *s + 1e-9) {
            best[1] = Some((score, a.clone()));
        }
        if best[0].as_ref().is_none_or(|(s, _)| score > *s + 1e-9) {
            best[0] = Some((score, a));
        }
    }
    // The best block cropped wider than its photos' resolution left it (the board's composition weighs its crops
    // against the bands beside a narrower block).
    let mut wide: Option<(f64, Arrangement)> = None;
    for rows in partitions(n) {
        for uniform in [false, true] {
            if let Some(a) = evaluate(area, photos, &rows, gap, min_area, uniform, caption_h) {
                if widen && a.resolution_limited && a.bounds.w < area.w - 1.0 {
                    let w = evaluate_rows(area, photos, &rows, gap, min_area, (uniform, true), caption_h);
                    if let Some(w) = w.filter(|w| w.bounds.w > a.bounds.w + 1.0) {
                        let score = score_of(&w, staggered(&w));
                        if wide.as_ref().is_none_or(|(s, _)| score > *s + 1e-9) {
                            wide = Some((score, w));
                        }
                    }
                }
                let st = staggered(&a);
                consider(&mut best, a, st);
            }
        }
    }
    // A lead photo beside a column of the others: one rectangle whatever their shapes (a portrait beside two
    // landscapes, which rows can only stagger).
    if (3..=4).contains(&n) {
        for lead_first in [true, false] {
            if let Some(a) = evaluate_lead(area, photos, lead_first, gap, min_area, caption_h) {
                consider(&mut best, a, 0.0);
            }
        }
    }
    // Only when no rows of one height hold them: rows whose photos keep their own heights. Never for one photo: a
    // lone photo narrower than its area would stand beside a void (the text beside it is the better board).
    // Rows cut to one height come first; the best whose photos keep their own heights (a stepped row) stays a
    // choice the board's composition weighs (it costs there as a photo off the grid: `compose::STEPPED_WEIGHT`).
    let mut stepped: Option<(f64, Arrangement)> = None;
    if best[0].is_none() && n > 1 && photos.iter().any(|p| p.max.is_some()) {
        for rows in partitions(n) {
            for cut in [true, false] {
                if let Some(a) = evaluate_free(area, photos, &rows, gap, min_area, cut, caption_h) {
                    let st = staggered(&a);
                    if !cut {
                        let score = score_of(&a, st);
                        if stepped.as_ref().is_none_or(|(s, _)| score > *s + 1e-9) {
                            stepped = Some((score, a));
                        }
                    } else {
                        consider(&mut best, a, st);
                    }
                }
            }
        }
    }
    let [best, even] = best;
    let mut out: Vec<Arrangement> = best.map(|(_, a)| a).into_iter().collect();
    for (_, e) in even.into_iter().chain(wide).chain(stepped) {
        if !out.contains(&e) {
            out.push(e);
        }
    }
    out
}

/// A lead photo (the first, on the left, or the last, on the right) as tall as a column of the other photos stacked
/// beside it, captions under each: a block that is one rectangle (every outer edge flush), uncropped. As wide as
/// the area when the photos' resolution and the area's height allow, else as wide as they allow (then
/// `resolution_limited`, placed by the caller like any narrower block). None when a photo would fall under
/// `min_area` or a caption cannot be set.
fn evaluate_lead(
    area: Rect,
    photos: &[GalleryPhoto],
    lead_first: bool,
    gap: f64,
    min_area: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> Option<Arrangement> {
    let n = photos.len();
    let lead = if lead_first { 0 } else { n - 1 };
    let stack: Vec<usize> = (0..n).filter(|i| *i != lead).collect();
    let a_lead = photos[lead].aspect;
    let inv: f64 = stack.iter().map(|&i| 1.0 / photos[i].aspect).sum();
    // At a block width `w`: the lead's height, the column's width and every caption's height (captions measured at
    // their photos' widths, two passes), and the block's height.
    let mut geometry = |w: f64| -> Option<(f64, f64, Vec<f64>, f64)> {
        let mut caps = vec![0.0; n];
        let (mut hl, mut wc) = (0.0, 0.0);
        for _ in 0..2 {
            let cs: f64 = stack.iter().map(|&i| caps[i]).sum::<f64>() + gap * (stack.len() as f64 - 1.0);
            hl = ((w - gap) * inv + cs - caps[lead]) / (1.0 + a_lead * inv);
            wc = w - gap - a_lead * hl;
            if hl <= 0.0 || wc <= 0.0 {
                return None;
            }
            caps[lead] = caption_h(lead, a_lead * hl)?;
            for &i in &stack {
                caps[i] = caption_h(i, wc)?;
            }
        }
        let column: f64 =
            stack.iter().map(|&i| wc / photos[i].aspect + caps[i]).sum::<f64>() + gap * (stack.len() as f64 - 1.0);
        let total = column.max(hl + caps[lead]);
        Some((hl, wc, caps, total))
    };
    // Within each photo's resolution limit and the area's height.
    let within = |w: f64, g: &(f64, f64, Vec<f64>, f64)| -> bool {
        let (hl, wc, _, total) = g;
        let fits = |p: &GalleryPhoto, pw: f64, ph: f64| p.max.is_none_or(|(mw, mh)| pw <= mw + 1e-6 && ph <= mh + 1e-6);
        *total <= area.h + 1e-6
            && w <= area.w + 1e-6
            && fits(&photos[lead], a_lead * hl, *hl)
            && stack.iter().all(|&i| fits(&photos[i], *wc, wc / photos[i].aspect))
    };
    let full = geometry(area.w)?;
    let w = if within(area.w, &full) {
        area.w
    } else {
        let (mut lo, mut hi) = (0.0, area.w);
        for _ in 0..30 {
            let mid = (lo + hi) / 2.0;
            match geometry(mid) {
                Some(g) if within(mid, &g) => lo = mid,
                _ => hi = mid,
            }
        }
        lo
    };
    let (hl, wc, caps, total) = geometry(w)?;
    if !within(w, &(hl, wc, caps.clone(), total)) {
        return None;
    }
    let x0 = area.x + (area.w - w) / 2.0;
    let (lead_x, col_x) = if lead_first {
        (x0, x0 + a_lead * hl + gap)
    } else {
        (x0 + wc + gap, x0)
    };
    let mut cells: Vec<Option<Cell>> = vec![None; n];
    let mut covered = 0.0;
    let mut push = |i: usize, rect: Rect, cap: f64, covered: &mut f64| -> bool {
        if rect.area() < min_area * (1.0 - 1e-9) {
            return false;
        }
        let caption = (cap > 0.0).then(|| Rect::new(rect.x, rect.bottom(), rect.w, cap));
        *covered += rect.area() + caption.map_or(0.0, |c| c.area());
        cells[i] = Some(Cell {
            rect,
            caption,
            crop: 0.0,
        });
        true
    };
    if !push(
        lead,
        Rect::new(lead_x, area.y, a_lead * hl, hl),
        caps[lead],
        &mut covered,
    ) {
        return None;
    }
    let mut y = area.y;
    for &i in &stack {
        let h = wc / photos[i].aspect;
        if !push(i, Rect::new(col_x, y, wc, h), caps[i], &mut covered) {
            return None;
        }
        y += h + caps[i] + gap;
    }
    let mut penalty = 0.0;
    for (i, p) in photos.iter().enumerate() {
        match p.emphasis {
            Emphasis::Larger if i != lead => penalty += 0.5,
            Emphasis::Smaller if i == lead => penalty += 0.5,
            _ => {}
        }
    }
    Some(Arrangement {
        cells: cells.into_iter().collect::<Option<Vec<_>>>()?,
        coverage: covered / area.area(),
        mean_crop: 0.0,
        emphasis_penalty: penalty,
        bounds: Rect::new(x0, area.y, w, total),
        resolution_limited: w < area.w - 1e-6,
        rows_area: w * total,
    })
}

/// Rows whose photos keep their own proportions and need not share one height: every photo as tall as one row
/// height (the tallest at which the block fits the area) unless its resolution keeps it shorter or the minimum
/// area makes it taller: for photos that may neither grow nor shrink much (low-resolution copies
/// printed at about the minimum area) and whose different shapes cannot share a row of one height. Photos of a row
/// stand on one baseline (captions under them line up); a row spans the block's width when its spare width may go
/// into its gaps (at most three gaps more each), else it starts at the block's left edge (never centred). With
/// `cut`, each row is one height — its shortest photo's, the others cropped top and bottom to it (at most
/// [`JUSTIFY_CROP`], never into faces) — or there is no such arrangement.
fn evaluate_free(
    area: Rect,
    photos: &[GalleryPhoto],
    rows: &[usize],
    gap: f64,
    min_area: f64,
    cut: bool,
    caption_h: &mut CaptionHeight<'_>,
) -> Option<Arrangement> {
    // Per photo, the heights (at its weight's proportions) of the minimum area and of its resolution limit.
    let bounds: Vec<(f64, f64)> = photos
        .iter()
        .map(|p| {
            let (mw, mh) = p.max?;
            let lo = (min_area / p.weight()).sqrt();
            Some((lo, mh.min(mw / p.weight()).max(lo)))
        })
        .collect::<Option<_>>()?;
    // Every photo as tall as the row height `t` within its bounds: those that may not reach it stay shorter. Then
    // each row is cut to one height, its shortest photo's: a taller photo is cropped top and bottom to it (at most
    // [`JUSTIFY_CROP`], never into its faces) — a photo never stands short in its row under a strip of void (the
    // reference board 1200x900-02 had one). (Made smaller instead where that crop would not do, its row came out
    // narrower than the grid: 3 more boards off it in the design bench.)
    // (`Err(true)`: a photo would fall under the minimum area, a taller row height may do; `Err(false)`: a photo
    // would be cropped too much, a shorter one may.)
    let even = |t: f64| -> Result<Vec<(f64, f64)>, bool> {
        let natural: Vec<f64> = bounds.iter().map(|(lo, hi)| t.clamp(*lo, *hi)).collect();
        let mut out = Vec::with_capacity(photos.len());
        let mut start = 0;
        for &k in rows {
            let row_h = natural[start..start + k].iter().copied().fold(f64::INFINITY, f64::min);
            for (p, h) in photos[start..start + k].iter().zip(&natural[start..start + k]) {
                // The least share of its height the photo may show (its faces whole).
                let shown = p
                    .keep
                    .map_or(0.0, |[_, y0, _, y1]| (y1 - y0).clamp(0.0, 1.0) * p.weight() / p.aspect);
                let shown = shown.max(1.0 - JUSTIFY_CROP);
                if *h > row_h / shown + 1e-9 {
                    return Err(false);
                }
                let w = p.weight() * h;
                if w * row_h < min_area * (1.0 - 1e-9) {
                    return Err(true);
                }
                out.push((w, row_h));
            }
            start += k;
        }
        Ok(out)
    };
    let uncut = |t: f64| -> Vec<(f64, f64)> {
        photos
            .iter()
            .zip(&bounds)
            .map(|(p, (lo, hi))| {
                let h = t.clamp(*lo, *hi);
                (p.weight() * h, h)
            })
            .collect()
    };
    // Captions are measured at the photos' smallest widths (the tallest they get) while searching.
    let mut cap_max = Vec::with_capacity(photos.len());
    for (i, (w, _)) in uncut(0.0).iter().enumerate() {
        cap_max.push(caption_h(i, *w)?);
    }
    let fits = |sizes: &[(f64, f64)]| -> bool {
        let (mut start, mut total, mut widest) = (0, gap * (rows.len() as f64 - 1.0), 0.0f64);
        for &k in rows {
            let row = &sizes[start..start + k];
            widest = widest.max(row.iter().map(|(w, _)| w).sum::<f64>() + gap * (k as f64 - 1.0));
            total += row.iter().map(|(_, h)| *h).fold(0.0, f64::max)
                + cap_max[start..start + k].iter().copied().fold(0.0, f64::max);
            start += k;
        }
        widest <= area.w + 1e-6 && total <= area.h + 1e-6
    };
    if !fits(&uncut(0.0)) {
        return None;
    }
    // The tallest row height at which the block still fits (bisection; a height at which a row cannot be evened
    // — a photo cut to its row would fall under the minimum area — is too short).
    let (mut t_lo, mut t_hi) = (0.0, area.h);
    for _ in 0..24 {
        let mid = (t_lo + t_hi) / 2.0;
        if even(mid).map_or_else(|small| small, |s| fits(&s)) {
            t_lo = mid;
        } else {
            t_hi = mid;
        }
    }
    // `cut`: every row one height, else none; without, the photos keep their own heights on one baseline (a
    // stepped row).
    let sizes = if cut {
        even(t_lo).ok().filter(|s| fits(s))?
    } else {
        let (mut t_lo, mut t_hi) = (0.0, area.h);
        for _ in 0..24 {
            let mid = (t_lo + t_hi) / 2.0;
            if fits(&uncut(mid)) {
                t_lo = mid;
            } else {
                t_hi = mid;
            }
        }
        uncut(t_lo)
    };
    let mut start = 0;
    let row_w: Vec<f64> = rows
        .iter()
        .map(|&k| {
            let w = sizes[start..start + k].iter().map(|(w, _)| w).sum::<f64>() + gap * (k as f64 - 1.0);
            start += k;
            w
        })
        .collect();
    let block_w = row_w.iter().copied().fold(0.0, f64::max);
    // The block starts at the area's left edge (on the grid with the text beside or above it), never centred.
    let x0 = area.x;
    let (mut cells, mut covered, mut crop_sum, mut penalty) = (Vec::new(), 0.0, 0.0, 0.0);
    let mut y = area.y;
    let mut start = 0;
    let mut rows_area = 0.0;
    for (r, &k) in rows.iter().enumerate() {
        let row = &sizes[start..start + k];
        let h = row.iter().map(|(_, h)| *h).fold(0.0, f64::max);
        // The spare width of a shorter row goes into its gaps, up to three gaps more each; beyond that (and for a
        // row of one photo) the row is left-aligned (a staggered row, which costs the arrangement).
        let spare = block_w - row_w[r];
        let spread = k > 1 && spare / (k as f64 - 1.0) <= 3.0 * gap;
        let extra = if spread { spare / (k as f64 - 1.0) } else { 0.0 };
        // Never centred: a row that cannot span the block starts at its left edge, on the grid like the text.
        let mut x = x0;
        let mut cap_row: f64 = 0.0;
        for (j, (w, ph)) in row.iter().enumerate() {
            let i = start + j;
            let (w, ph) = (*w, *ph);
            let rect = Rect::new(x, y + h - ph, w, ph);
            let ch = caption_h(i, w)?;
            let caption = (ch > 0.0).then(|| Rect::new(x, y + h, w, ch));
            cap_row = cap_row.max(ch);
            covered += rect.area() + caption.map_or(0.0, |c| c.area());
            let (d, a) = (w / ph, photos[i].aspect);
            let crop = 1.0 - (d / a).min(a / d);
            crop_sum += crop;
            if photos[i].emphasis == Emphasis::Larger && k > 1 {
                penalty += 0.5 * (k as f64 - 1.0);
            }
            cells.push(Cell { rect, caption, crop });
            x += w + gap + extra;
        }
        // Each row's own extent, as for centred rows of justified blocks.
        rows_area += if spread { block_w } else { row_w[r] } * (h + cap_row);
        y += h + cap_row + gap;
        start += k;
    }
    if y - gap > area.bottom() + 1e-6 {
        return None;
    }
    let n = cells.len().max(1) as f64;
    Some(Arrangement {
        coverage: covered / area.area(),
        mean_crop: crop_sum / n,
        emphasis_penalty: penalty,
        bounds: Rect::new(x0, area.y, block_w, (y - gap - area.y).max(0.0)),
        resolution_limited: true,
        rows_area,
        cells,
    })
}

/// What a row narrower than the block's widest row costs an arrangement (in coverage): rows of unequal width,
/// centred one by one, make a staggered "pyramid" whose edges align with nothing.
const STAGGER_PENALTY: f64 = 0.05;

/// Rows of the arrangement (photos standing on one baseline) narrower than its widest row (by more than 1 mm).
fn staggered(a: &Arrangement) -> f64 {
    let mut widths: Vec<f64> = Vec::new();
    let mut i = 0;
    while i < a.cells.len() {
        let y = a.cells[i].rect.bottom();
        let mut j = i;
        while j < a.cells.len() && (a.cells[j].rect.bottom() - y).abs() < 1e-6 {
            j += 1;
        }
        widths.push(a.cells[j - 1].rect.right() - a.cells[i].rect.x);
        i = j;
    }
    let widest = widths.iter().copied().fold(0.0, f64::max);
    widths.iter().filter(|w| **w < widest - 1.0).count() as f64
}

/// `n` photos in `k` rows of near-equal length.
pub fn even_rows(n: usize, k: usize) -> Vec<usize> {
    let k = k.clamp(1, n.max(1));
    let mut rows = vec![n / k; k];
    for row in rows.iter_mut().take(n % k) {
        *row += 1;
    }
    rows
}

/// The height the photos take at `width` in rows of these lengths, uncropped, captions included: an area of
/// exactly this size is filled without cropping.
pub fn natural_height(
    width: f64,
    photos: &[GalleryPhoto],
    rows: &[usize],
    gap: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> Option<f64> {
    let width = width.min(max_block_width(photos, rows, gap));
    let mut start = 0;
    let mut total = gap * (rows.len() as f64 - 1.0);
    for &k in rows {
        let sum_a: f64 = photos.get(start..start + k)?.iter().map(GalleryPhoto::weight).sum();
        let h = (width - gap * (k as f64 - 1.0)) / sum_a;
        let mut cap: f64 = 0.0;
        for j in 0..k {
            cap = cap.max(caption_h(start + j, photos[start + j].weight() * h)?);
        }
        total += h + cap;
        start += k;
    }
    Some(total)
}

/// The width at which photos in rows of these lengths are `height` tall, uncropped (captions estimated at
/// `caption` mm per row).
pub fn natural_width(height: f64, photos: &[GalleryPhoto], rows: &[usize], gap: f64, caption: f64) -> f64 {
    // Row height h_r = (w - gap·(k_r - 1)) / Σa_r, so the total height is linear in w.
    let mut start = 0;
    let (mut per_w, mut fixed) = (0.0, gap * (rows.len() as f64 - 1.0) + caption * rows.len() as f64);
    for &k in rows {
        let sum_a: f64 = photos[start..start + k].iter().map(GalleryPhoto::weight).sum();
        per_w += 1.0 / sum_a;
        fixed -= gap * (k as f64 - 1.0) / sum_a;
        start += k;
    }
    ((height - fixed) / per_w).max(0.0)
}

/// Row lengths for every cut of `n` photos into rows (all of them up to 8 photos, else rows of near-equal length).
fn partitions(n: usize) -> Vec<Vec<usize>> {
    if n <= 8 {
        let mut out = Vec::new();
        for mask in 0..(1u32 << (n - 1)) {
            let mut rows = Vec::new();
            let mut len = 1;
            for i in 0..n - 1 {
                if mask & (1 << i) != 0 {
                    rows.push(len);
                    len = 1;
                } else {
                    len += 1;
                }
            }
            rows.push(len);
            out.push(rows);
        }
        out
    } else {
        (1..=n)
            .map(|r| {
                let mut rows = vec![n / r; r];
                for row in rows.iter_mut().take(n % r) {
                    *row += 1;
                }
                rows
            })
            .collect()
    }
}

/// Per row: natural height, photo widths, caption height.
type RowGeometry = (Vec<f64>, Vec<Vec<f64>>, Vec<f64>);

fn evaluate(
    area: Rect,
    photos: &[GalleryPhoto],
    rows: &[usize],
    gap: f64,
    min_area: f64,
    uniform: bool,
    caption_h: &mut CaptionHeight<'_>,
) -> Option<Arrangement> {
    evaluate_rows(area, photos, rows, gap, min_area, (uniform, false), caption_h)
}

/// [`evaluate`]; with `widen`, a block its photos' resolution keeps narrower than the area is also cropped wider
/// ([`justify_rows`]).
fn evaluate_rows(
    area: Rect,
    photos: &[GalleryPhoto],
    rows: &[usize],
    gap: f64,
    min_area: f64,
    (uniform, widen): (bool, bool),
    caption_h: &mut CaptionHeight<'_>,
) -> Option<Arrangement> {
    let gaps_v = gap * (rows.len() as f64 - 1.0);
    // Each row no wider than its photos' resolution allows (rows then are centred one by one), or (`uniform`)
    // every row as wide as the narrowest may be: a justified block.
    let mut row_cap = Vec::with_capacity(rows.len());
    let mut start = 0;
    for &k in rows {
        row_cap.push(max_block_width(&photos[start..start + k], &[k], gap));
        start += k;
    }
    let block_cap = row_cap.iter().copied().fold(f64::INFINITY, f64::min);
    if uniform {
        if block_cap >= area.w - 1e-6 || row_cap.iter().all(|c| *c <= block_cap + 1e-6) {
            // Nothing to even out: the other variant is the same arrangement.
            return None;
        }
        row_cap.iter_mut().for_each(|c| *c = block_cap);
    }
    // Row geometry at a horizontal scale `s` (1 = full width): row widths, natural heights and photo widths,
    // caption heights.
    let mut layout_at = |s: f64| -> Option<(Vec<f64>, RowGeometry)> {
        let mut start = 0;
        let (mut rw, mut hs, mut ws, mut caps) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (r, &k) in rows.iter().enumerate() {
            let sum_a: f64 = photos[start..start + k].iter().map(GalleryPhoto::weight).sum();
            let full = (area.w * s).min(row_cap[r]);
            let width = full - gap * (k as f64 - 1.0);
            if width <= 0.0 {
                return None;
            }
            let h = width / sum_a;
            let row_w: Vec<f64> = photos[start..start + k].iter().map(|p| p.weight() * h).collect();
            let mut cap: f64 = 0.0;
            for (j, w) in row_w.iter().enumerate() {
                cap = cap.max(caption_h(start + j, *w)?);
            }
            rw.push(full);
            hs.push(h);
            ws.push(row_w);
            caps.push(cap);
            start += k;
        }
        Some((rw, (hs, ws, caps)))
    };
    let (fmin, fmax) = (1.0 - MAX_CROP, 1.0 / (1.0 - MAX_CROP));
    // Per row, the least stretch that keeps every photo at the minimum area (at least the most crop), and the
    // most its photos' resolution allows (at most the most crop the other way).
    let bounds_f = |hs: &[f64], ws: &[Vec<f64>]| -> (Vec<f64>, Vec<f64>) {
        let (mut lo, mut hi) = (Vec::new(), Vec::new());
        let mut start = 0;
        for (r, &k) in rows.iter().enumerate() {
            let row = &photos[start..start + k];
            let l = ws[r]
                .iter()
                .map(|w| min_area / (w * hs[r]))
                .chain(row.iter().map(|p| p.keep_stretch().0))
                .fold(fmin, f64::max);
            let h = row
                .iter()
                .filter_map(|p| p.max.map(|(_, mh)| mh / hs[r]))
                .chain(row.iter().map(|p| p.keep_stretch().1))
                .fold(fmax, f64::min);
            lo.push(l);
            hi.push(h.max(l));
            start += k;
        }
        (lo, hi)
    };
    let mut s = if uniform { block_cap / area.w } else { 1.0 };
    let (mut rw, (mut hs, mut ws, mut caps)) = layout_at(s)?;
    let (mut lo, mut hi) = bounds_f(&hs, &ws);
    let avail = |caps: &[f64]| area.h - gaps_v - caps.iter().sum::<f64>();
    let need = |hs: &[f64], lo: &[f64]| hs.iter().zip(lo).map(|(h, l)| h * l).sum::<f64>();
    if need(&hs, &lo) > avail(&caps) {
        // Too tall even with the most crop: narrow the rows that can narrow until it fits.
        for _ in 0..12 {
            let a = avail(&caps);
            if a <= 0.0 {
                return None;
            }
            let (mut fixed, mut free) = (0.0, 0.0);
            for r in 0..rows.len() {
                if rw[r] < area.w * s - 1e-6 {
                    fixed += hs[r] * lo[r];
                } else {
                    free += hs[r] * lo[r];
                }
            }
            if free <= 0.0 || a - fixed <= 0.0 {
                return None;
            }
            s *= ((a - fixed) / free).min(0.999);
            (rw, (hs, ws, caps)) = layout_at(s)?;
            (lo, hi) = bounds_f(&hs, &ws);
            if need(&hs, &lo) <= avail(&caps) + 1e-9 {
                break;
            }
        }
        if need(&hs, &lo) > avail(&caps) + 1e-6 {
            return None;
        }
    }
    if lo.iter().any(|l| *l > fmax + 1e-9) {
        return None;
    }
    let mut limited = uniform
        || rw
            .iter()
            .zip(&row_cap)
            .any(|(w, c)| *c < area.w * s - 1e-6 && *w >= *c - 1e-6);
    // One stretch for all rows (within each row's bounds) that fills the height, found by bisection.
    let a = avail(&caps);
    let height_at = |t: f64| -> f64 {
        hs.iter()
            .zip(lo.iter().zip(&hi))
            .map(|(h, (l, u))| h * t.clamp(*l, *u))
            .sum()
    };
    let (mut t_lo, mut t_hi) = (fmin, fmax);
    if height_at(t_hi) <= a {
        t_lo = t_hi;
    } else {
        for _ in 0..40 {
            let mid = (t_lo + t_hi) / 2.0;
            if height_at(mid) <= a {
                t_lo = mid;
            } else {
                t_hi = mid;
            }
        }
    }
    let t = t_lo;
    if hi.iter().any(|u| *u < t - 1e-9 && *u < fmax - 1e-9) {
        limited = true;
    }
    let fr: Vec<f64> = lo.iter().zip(&hi).map(|(l, u)| t.clamp(*l, *u)).collect();
    // A row whose stretch, forced by the minimum area or the resolution, would crop into a photo's faces.
    let mut start = 0;
    for (r, &k) in rows.iter().enumerate() {
        for p in &photos[start..start + k] {
            let (kl, kh) = p.keep_stretch();
            if fr[r] < kl - 1e-9 || fr[r] > kh + 1e-9 {
                return None;
            }
        }
        start += k;
    }
    justify_rows(
        photos,
        rows,
        &hs,
        &fr,
        &mut rw,
        &mut ws,
        gap,
        if widen { area.w } else { 0.0 },
    );
    let mut y = area.y;
    let mut cells = Vec::with_capacity(photos.len());
    let mut covered = 0.0;
    let mut penalty = 0.0;
    let mut crop_sum = 0.0;
    let mut idx = 0;
    let (mut left, mut right) = (f64::INFINITY, f64::NEG_INFINITY);
    let mut rows_area = 0.0;
    for (r, &k) in rows.iter().enumerate() {
        let h = hs[r] * fr[r];
        rows_area += rw[r] * (h + caps[r]);
        let mut x = area.x + (area.w - rw[r]) / 2.0;
        left = left.min(x);
        right = right.max(x + rw[r]);
        for w in &ws[r] {
            let rect = Rect::new(x, y, *w, h);
            if rect.area() < min_area * (1.0 - 1e-9) {
                return None;
            }
            let ch = caption_h(idx, *w)?;
            let caption = (ch > 0.0).then(|| Rect::new(x, y + h, *w, ch));
            covered += rect.area() + caption.map_or(0.0, |c| c.area());
            match photos[idx].emphasis {
                Emphasis::Larger if k > 1 => penalty += 0.5 * (k as f64 - 1.0),
                Emphasis::Smaller if k == 1 && photos.len() > 1 => penalty += 0.5,
                _ => {}
            }
            // The share of the photo cut away to show it at the cell's proportions.
            let (d, a) = (rect.w / rect.h, photos[idx].aspect);
            let crop = 1.0 - (d / a).min(a / d);
            crop_sum += crop;
            cells.push(Cell { rect, caption, crop });
            x += w + gap;
            idx += 1;
        }
        y += h + caps[r] + gap;
    }
    let mean_crop = crop_sum / cells.len() as f64;
    let bounds = Rect::new(left, area.y, right - left, (y - gap - area.y).max(0.0));
    Some(Arrangement {
        cells,
        coverage: covered / area.area(),
        mean_crop,
        emphasis_penalty: penalty,
        bounds,
        resolution_limited: limited,
        rows_area,
    })
}

/// The most of a photo a row may crop away (top and bottom) to widen it so that its row spans the block: as a
/// designer justifies a row that its lowest-resolution photo keeps short, never past that photo's own limit nor
/// into its faces.
pub const JUSTIFY_CROP: f64 = 0.3;

/// Rows narrower than the block's widest row (a photo at its resolution limit keeps them short) widened to it:
/// the spare width goes to the row's photos that may grow — each no wider than its resolution allows at the row's
/// height nor cropped beyond [`JUSTIFY_CROP`] or into its faces —, in proportion to what each may take. A row that
/// cannot take all of it (a lone photo at its limit) stays as it is, centred. A block narrower than `area_w` (its
/// photos at their resolution limit) is first widened as a whole, every row alike, as far as its least widening row
/// may go: a designer crops a gallery's photos top and bottom before leaving bands beside it.
#[allow(clippy::too_many_arguments)]
fn justify_rows(
    photos: &[GalleryPhoto],
    rows: &[usize],
    hs: &[f64],
    fr: &[f64],
    rw: &mut [f64],
    ws: &mut [Vec<f64>],
    gap: f64,
    area_w: f64,
) {
    // Per row, what each photo may still grow at the row's height.
    let mut rooms: Vec<Vec<f64>> = Vec::with_capacity(rows.len());
    let mut start = 0;
    for (r, &k) in rows.iter().enumerate() {
        let h = hs[r] * fr[r];
        rooms.push(
            photos[start..start + k]
                .iter()
                .zip(&ws[r])
                .map(|(p, &w)| {
                    // The shown share of the photo's height at width x is aspect·h/x.
                    let keep_h = p.keep.map_or(0.0, |[_, y0, _, y1]| (y1 - y0).clamp(0.0, 1.0));
                    let by_crop = p.aspect * h / (1.0 - JUSTIFY_CROP).max(keep_h);
                    let by_res = p.max.map_or(f64::INFINITY, |(mw, _)| mw);
                    // A photo made smaller (缩小) stays as small as it was asked to be.
                    if p.emphasis == Emphasis::Smaller {
                        return 0.0;
                    }
                    (by_crop.min(by_res) - w).max(0.0)
                })
                .collect(),
        );
        start += k;
    }
    let widest = rw.iter().copied().fold(0.0, f64::max);
    let reach = rw
        .iter()
        .zip(&rooms)
        .map(|(w, m)| w + m.iter().sum::<f64>())
        .fold(area_w, f64::min);
    let widest = widest.max(reach);
    for (r, room) in rooms.iter().enumerate() {
        let spare = widest - rw[r];
        if spare > 1.0 {
            let total: f64 = room.iter().sum();
            if total >= spare - 1e-9 {
                for (w, m) in ws[r].iter_mut().zip(room) {
                    *w += spare * m / total;
                }
                rw[r] = ws[r].iter().sum::<f64>() + gap * (rows[r] as f64 - 1.0);
            }
        }
    }
}

/// The narrowest [`snap_rows`] makes a row, over its width.
const SNAP_NARROWEST: f64 = 0.9;

/// Rows of a placed block whose outer edges line up with nothing (a row narrower than the others, centred — a
/// pyramid) put on the grid: each such row is narrowed or widened, at its height, to span exactly from one of
/// `lefts` to one of `rights` (the edges of the text columns and of the safe area; the other rows' edges are added
/// here) or, a lone photo, exactly over one photo of another row, inside `within`, the change taken by cropping its photos' sides (narrower) or tops and bottoms (wider)
/// within [`JUSTIFY_CROP`], never into their faces, past their resolution, under `min_area` or with a caption
/// taller than it had. The closest such span wins; a row with none stays. A stack of rows of one width, lined up
/// only with each other, is first put on the grid as a whole ([`snap_block`]). Returns whether a row moved.
pub fn snap_rows(
    a: &mut Arrangement,
    photos: &[GalleryPhoto],
    within: Rect,
    (lefts, rights): (&[f64], &[f64]),
    gap: f64,
    min_area: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> bool {
    const TOL: f64 = 1.0;
    let Some(rows) = rows_of(a) else { return false };
    if rows.len() < 2 && lefts.is_empty() {
        return false;
    }
    let area_of = |a: &Arrangement| -> f64 {
        a.cells
            .iter()
            .map(|c| c.rect.area() + c.caption.map_or(0.0, |r| r.area()))
            .sum()
    };
    let before = area_of(a);
    let mut moved = snap_block(a, photos, &rows, within, (lefts, rights), gap, min_area, caption_h);
    for r in 0..rows.len() {
        let (i, j) = rows[r];
        let (x0, x1) = (a.cells[i].rect.x, a.cells[j - 1].rect.right());
        let others = |side: bool| -> Vec<f64> {
            let own: &[f64] = if side { lefts } else { rights };
            let mut v = own.to_vec();
            for (q, &(s, e)) in rows.iter().enumerate() {
                if q != r {
                    v.push(if side {
                        a.cells[s].rect.x
                    } else {
                        a.cells[e - 1].rect.right()
                    });
                }
            }
            v
        };
        let (ls, rs) = (others(true), others(false));
        // The spans on the grid: from a left edge to a right edge, or — for a lone photo — exactly over one photo
        // of another row (over the like photo of a pair).
        let mut spans: Vec<(f64, f64)> = ls.iter().flat_map(|&l| rs.iter().map(move |&rr| (l, rr))).collect();
        for (q, &(s, e)) in rows.iter().enumerate() {
            if q != r && j - i == 1 {
                spans.extend(a.cells[s..e].iter().map(|c| (c.rect.x, c.rect.right())));
            }
        }
        let near = |(l, rr): &(f64, f64)| (l - x0).abs() <= TOL && (rr - x1).abs() <= TOL;
        if spans.iter().any(near) {
            continue;
        }
        // Per cell: the narrowest and widest it may be at its height.
        let range: Vec<(f64, f64)> = (i..j).map(|k| width_range(&a.cells[k], &photos[k], min_area)).collect();
        let gaps = gap * (j - i - 1) as f64;
        let (wmin, wmax) = range.iter().fold((gaps, gaps), |(a0, a1), (lo, hi)| (a0 + lo, a1 + hi));
        let mut best: Option<(f64, f64, f64)> = None;
        for &(l, rr) in &spans {
            let w = rr - l;
            // Narrower only a little: a row shrunk to a far edge opens a hole beside it.
            let floor = wmin.max(SNAP_NARROWEST * (x1 - x0));
            if l < within.x - 1e-6 || rr > within.right() + 1e-6 || w < floor - 1e-9 || w > wmax + 1e-9 {
                continue;
            }
            let cost = (w - (x1 - x0)).abs() + (l - x0).abs();
            if best.is_none_or(|(c, ..)| cost < c) {
                best = Some((cost, l, rr));
            }
        }
        let Some((_, l, rr)) = best else { continue };
        let now = x1 - x0;
        let want = rr - l;
        let room: Vec<f64> = (i..j)
            .zip(&range)
            .map(|(k, (lo, hi))| {
                if want < now {
                    a.cells[k].rect.w - lo
                } else {
                    hi - a.cells[k].rect.w
                }
            })
            .collect();
        let total: f64 = room.iter().sum();
        let mut new = a.cells[i..j].to_vec();
        let mut x = l;
        let mut ok = true;
        for (k, (c, m)) in new.iter_mut().zip(&room).enumerate() {
            let dw = if total > 1e-9 { (want - now) * m / total } else { 0.0 };
            c.rect.x = x;
            c.rect.w += dw;
            if let Some(cap) = c.caption.as_mut() {
                let ch = caption_h(i + k, c.rect.w);
                match ch {
                    Some(ch) if ch <= cap.h + 1e-6 => *cap = Rect::new(x, cap.y, c.rect.w, cap.h),
                    _ => ok = false,
                }
            }
            x += c.rect.w + gap;
        }
        if !ok || (x - gap - rr).abs() > 0.5 {
            continue;
        }
        for (k, c) in (i..j).zip(new) {
            let (d, asp) = (c.rect.w / c.rect.h, photos[k].aspect);
            a.cells[k] = Cell {
                crop: 1.0 - (d / asp).min(asp / d),
                ..c
            };
        }
        moved = true;
    }
    if moved {
        a.coverage *= area_of(a) / before.max(1e-9);
        a.mean_crop = a.cells.iter().map(|c| c.crop).sum::<f64>() / a.cells.len() as f64;
        let (l, r) = a.cells.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, r), c| {
            (l.min(c.rect.x), r.max(c.rect.right()))
        });
        a.bounds = Rect::new(l, a.bounds.y, r - l, a.bounds.h);
    }
    moved
}

/// The narrowest and widest a placed photo may be at its height: its sides or its top and bottom cropped within
/// [`JUSTIFY_CROP`], never into its faces, past its resolution or under `min_area`; 放大 never narrower, 缩小 never
/// wider.
fn width_range(c: &Cell, p: &GalleryPhoto, min_area: f64) -> (f64, f64) {
    let [kx0, ky0, kx1, ky1] = p.keep.unwrap_or([0.0, 0.0, 0.0, 0.0]);
    let nat = p.aspect * c.rect.h;
    let lo = (nat * (1.0 - JUSTIFY_CROP).max((kx1 - kx0).clamp(0.0, 1.0)))
        .max(min_area / c.rect.h)
        .min(c.rect.w);
    let hi = (nat / (1.0 - JUSTIFY_CROP).max((ky1 - ky0).clamp(0.0, 1.0)))
        .min(p.max.map_or(f64::INFINITY, |(mw, _)| mw))
        .max(c.rect.w);
    match p.emphasis {
        Emphasis::Larger => (c.rect.w, hi),
        Emphasis::Smaller => (lo, c.rect.w),
        Emphasis::Normal => (lo, hi),
    }
}

/// A stack of rows of one width lined up only with each other (a justified block centred under or beside the
/// text, or on a board of photos alone: its bands either side of it) put on the grid as a whole: every row widened
/// (or narrowed a little) at its height to one span from a grid line to a grid line — `lefts`/`rights`, or the
/// edges of `within`, the photo area (its inner edge faces the text) —, its photos cropped top and bottom (or at
/// the sides) within [`JUSTIFY_CROP`], never into faces, past their resolution, under `min_area` or with a caption
/// taller than it had. All rows or none: a block half snapped would be a pyramid. The closest span wins.
#[allow(clippy::too_many_arguments)]
fn snap_block(
    a: &mut Arrangement,
    photos: &[GalleryPhoto],
    rows: &[(usize, usize)],
    within: Rect,
    (lefts, rights): (&[f64], &[f64]),
    gap: f64,
    min_area: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> bool {
    const TOL: f64 = 1.0;
    let span = |&(i, j): &(usize, usize)| (a.cells[i].rect.x, a.cells[j - 1].rect.right());
    let Some(&first) = rows.first() else { return false };
    let (x0, x1) = span(&first);
    if rows.len() < 2
        || rows
            .iter()
            .any(|r| (span(r).0 - x0).abs() > TOL || (span(r).1 - x1).abs() > TOL)
    {
        return false;
    }
    let ls: Vec<f64> = lefts.iter().copied().chain([within.x]).collect();
    let rs: Vec<f64> = rights.iter().copied().chain([within.right()]).collect();
    let on = |v: f64, lines: &[f64]| lines.iter().any(|l| (l - v).abs() <= TOL);
    if on(x0, &ls) && on(x1, &rs) {
        return false;
    }
    // Per row, the narrowest and widest it may be.
    let ranges: Vec<Vec<(f64, f64)>> = rows
        .iter()
        .map(|&(i, j)| (i..j).map(|k| width_range(&a.cells[k], &photos[k], min_area)).collect())
        .collect();
    let limits: Vec<(f64, f64)> = rows
        .iter()
        .zip(&ranges)
        .map(|(&(i, j), range)| {
            let gaps = gap * (j - i - 1) as f64;
            range.iter().fold((gaps, gaps), |(a0, a1), (lo, hi)| (a0 + lo, a1 + hi))
        })
        .collect();
    let mut best: Option<(f64, f64, f64)> = None;
    for &l in &ls {
        for &rr in &rs {
            let w = rr - l;
            if l < within.x - 1e-6 || rr > within.right() + 1e-6 || w < SNAP_NARROWEST * (x1 - x0) {
                continue;
            }
            if limits.iter().any(|&(lo, hi)| w < lo - 1e-9 || w > hi + 1e-9) {
                continue;
            }
            let cost = (w - (x1 - x0)).abs() + (l - x0).abs();
            if best.is_none_or(|(c, ..)| cost < c) {
                best = Some((cost, l, rr));
            }
        }
    }
    let Some((_, l, rr)) = best else { return false };
    let mut cells = a.cells.clone();
    for (&(i, j), range) in rows.iter().zip(&ranges) {
        let now = cells[j - 1].rect.right() - cells[i].rect.x;
        let want = rr - l;
        let room: Vec<f64> = (i..j)
            .zip(range)
            .map(|(k, (lo, hi))| {
                if want < now {
                    cells[k].rect.w - lo
                } else {
                    hi - cells[k].rect.w
                }
            })
            .collect();
        let total: f64 = room.iter().sum();
        let mut x = l;
        for (k, m) in (i..j).zip(&room) {
            let c = &mut cells[k];
            c.rect.x = x;
            c.rect.w += if total > 1e-9 { (want - now) * m / total } else { 0.0 };
            if let Some(cap) = c.caption.as_mut() {
                match caption_h(k, c.rect.w) {
                    Some(ch) if ch <= cap.h + 1e-6 => *cap = Rect::new(x, cap.y, c.rect.w, cap.h),
                    _ => return false,
                }
            }
            let (d, asp) = (c.rect.w / c.rect.h, photos[k].aspect);
            c.crop = 1.0 - (d / asp).min(asp / d);
            x += c.rect.w + gap;
        }
        if (x - gap - rr).abs() > 0.5 {
            return false;
        }
    }
    a.cells = cells;
    true
}

/// The grid lines row `r` of `a` may stand on: the given left and right lines and the outer edges of every other row.
fn edges_beside(
    a: &Arrangement,
    rows: &[(usize, usize)],
    r: usize,
    (lefts, rights): (&[f64], &[f64]),
) -> (Vec<f64>, Vec<f64>) {
    let mut ls = lefts.to_vec();
    let mut rs = rights.to_vec();
    for (q, &(s, e)) in rows.iter().enumerate() {
        if q != r {
            ls.push(a.cells[s].rect.x);
            rs.push(a.cells[e - 1].rect.right());
        }
    }
    (ls, rs)
}

/// Rows of a placed block: consecutive cells on one baseline, each below the one before; `None` when the cells
/// are not rows (a lead photo beside a column of the others).
pub(crate) fn rows_of(a: &Arrangement) -> Option<Vec<(usize, usize)>> {
    let mut rows: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < a.cells.len() {
        let y = a.cells[i].rect.bottom();
        let mut j = i;
        while j < a.cells.len() && (a.cells[j].rect.bottom() - y).abs() < 1e-6 {
            j += 1;
        }
        if let Some(&(p0, p1)) = rows.last() {
            let prev_bottom = a.cells[p0..p1]
                .iter()
                .map(|c| c.caption.map_or(c.rect.bottom(), |r| r.bottom()))
                .fold(f64::NEG_INFINITY, f64::max);
            if a.cells[i..j].iter().any(|c| c.rect.y < prev_bottom - 1e-6) {
                return None;
            }
        }
        rows.push((i, j));
        i = j;
    }
    Some(rows)
}

/// Rows still off the grid after [`snap_rows`] (photos at their resolution limit, narrower than the block) set as
/// a designer sets a small photo in a wide cell: the row goes to the grid line on its left — one of `lefts` or
/// another row's left edge — and its last photo's caption, beside it instead of under it, takes the rest of the
/// cell up to a grid line on the right (`rights` or another row's right edge), its last line on the photo's
/// bottom; so the block's outer edges land on the grid. When the last photo has no caption (or it does not fit),
/// the mirror: the row on the right grid line, its first photo's caption on its left. Only where that caption fits
/// beside the photo (no taller than it, at least `min_w` wide: a column of a few characters reads as a list)
/// inside `within`; the closest such cell wins, a row with none stays. Returns whether a row moved.
pub fn caption_beside(
    a: &mut Arrangement,
    within: Rect,
    (lefts, rights): (&[f64], &[f64]),
    gap: f64,
    min_w: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> bool {
    const TOL: f64 = 1.0;
    let Some(rows) = rows_of(a) else { return false };
    let mut moved = false;
    for r in 0..rows.len() {
        let (i, j) = rows[r];
        let (x0, x1) = (a.cells[i].rect.x, a.cells[j - 1].rect.right());
        let (ls, rs) = edges_beside(a, &rows, r, (lefts, rights));
        let on = |v: &[f64], x: f64| v.iter().any(|e| (e - x).abs() <= TOL);
        if on(&ls, x0) && on(&rs, x1) {
            continue;
        }
        let w = x1 - x0;
        // The closest cell (from a left to a right grid line) with the last photo's caption on the right, else the
        // first photo's on the left: (cost, cell's left, caption width and height, caption on the right).
        let mut best: Option<(f64, f64, f64, f64, bool)> = None;
        for right in [true, false] {
            let k = if right { j - 1 } else { i };
            let c = &a.cells[k];
            match c.caption {
                Some(under) if (under.y - c.rect.bottom()).abs() <= 1e-6 => {}
                _ => continue,
            }
            // Cells closest first; the first whose caption fits wins (each try sets the caption once).
            let mut cells: Vec<(f64, f64, f64)> = ls
                .iter()
                .flat_map(|&l| rs.iter().map(move |&rr| (l, rr)))
                .filter(|&(l, rr)| l >= within.x - 1e-6 && rr <= within.right() + 1e-6 && rr - l - w - gap >= min_w)
                .map(|(l, rr)| ((l - x0).abs() + (rr - x1).abs(), l, rr - l - w - gap))
                .collect();
            cells.sort_by(|a, b| a.0.total_cmp(&b.0));
            let h = c.rect.h;
            best = cells.into_iter().find_map(|(cost, l, cw)| match caption_h(k, cw) {
                Some(ch) if ch > 0.0 && ch <= h => Some((cost, l, cw, ch, right)),
                _ => None,
            });
            if best.is_some() {
                break;
            }
        }
        let Some((_, l, cw, ch, right)) = best else { continue };
        let dx = if right { l - x0 } else { l + cw + gap - x0 };
        for c in &mut a.cells[i..j] {
            c.rect.x += dx;
            if let Some(cap) = c.caption.as_mut() {
                cap.x += dx;
            }
        }
        if right {
            let p = a.cells[j - 1].rect;
            a.cells[j - 1].caption = Some(Rect::new(p.right() + gap, p.bottom() - ch, cw, ch));
        } else {
            let p = a.cells[i].rect;
            a.cells[i].caption = Some(Rect::new(l, p.bottom() - ch, cw, ch));
        }
        moved = true;
    }
    if moved {
        let (l, r) = a.cells.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, r), c| {
            let cap = c.caption.unwrap_or(c.rect);
            (l.min(c.rect.x).min(cap.x), r.max(c.rect.right()).max(cap.right()))
        });
        a.bounds = Rect::new(l, a.bounds.y, r - l, a.bounds.h);
    }
    moved
}

/// A lone photo in its own row still off the grid after [`snap_rows`] and [`caption_beside`] that cannot grow to the
/// grid — at its resolution limit in `photos`, or in a block of rows that fills its area's height, where it could
/// only grow wider by growing taller (narrower than the rows beside it, mostly without a caption) — set as a designer sets it: on a
/// grid line — one of `lefts` or another row's left edge, or the mirror on the right — with the rest of its cell,
/// up to a grid line on the other side, left as a room level with the photo for a tile (a pull quote) at least
/// `min_w` wide inside `within`. The closest such cell wins (the photo moved least). Returns the moved block and
/// the room; None when no row is a lone photo off the grid or no cell leaves such a room.
/// A cell this close to its photo's largest size is at its limit (a photo under 100 ppi stands at the minimum
/// area, 2 % under the limit [`crate::compose::resolution_limit`] gives it).
const AT_LIMIT: f64 = 0.97;

pub fn lone_row_aside(
    a: &Arrangement,
    photos: &[GalleryPhoto],
    within: Rect,
    (lefts, rights): (&[f64], &[f64]),
    gap: f64,
    min_w: f64,
) -> Option<(Arrangement, Rect)> {
    const TOL: f64 = 1.0;
    let rows = rows_of(a)?;
    // A block that fills its area's height: no row of it may grow taller (so wider) without the others shrinking.
    let fills_height = rows.len() > 1 && a.bounds.y <= within.y + TOL && a.bounds.bottom() >= within.bottom() - TOL;
    let mut best: Option<(f64, usize, f64, Rect)> = None; // (cost, cell, its new x, room)
    for (r, &(i, j)) in rows.iter().enumerate() {
        if j - i != 1 {
            continue;
        }
        let p = a.cells[i].rect;
        // A caption beside its photo already takes the rest of the cell; a photo that may grow grows instead.
        let at_limit = fills_height
            || photos
                .get(i)
                .and_then(|g| g.max)
                .is_some_and(|(mw, mh)| p.w >= AT_LIMIT * mw || p.h >= AT_LIMIT * mh);
        if !at_limit || a.cells[i].caption.is_some_and(|c| (c.y - p.bottom()).abs() > 1e-6) {
            continue;
        }
        let (ls, rs) = edges_beside(a, &rows, r, (lefts, rights));
        let on = |v: &[f64], x: f64| v.iter().any(|e| (e - x).abs() <= TOL);
        if on(&ls, p.x) && on(&rs, p.right()) {
            continue;
        }
        for &l in &ls {
            for &rr in &rs {
                if l < within.x - 1e-6 || rr > within.right() + 1e-6 || rr - l - p.w - gap < min_w {
                    continue;
                }
                // The photo on the left line and the room on its right, or the mirror.
                for x in [l, rr - p.w] {
                    let room = if x == l {
                        Rect::new(l + p.w + gap, p.y, rr - l - p.w - gap, p.h)
                    } else {
                        Rect::new(l, p.y, rr - l - p.w - gap, p.h)
                    };
                    let cost = (x - p.x).abs();
                    if best.as_ref().is_none_or(|b| cost < b.0 - 1e-9) {
                        best = Some((cost, i, x, room));
                    }
                }
            }
        }
    }
    let (_, i, x, room) = best?;
    let mut out = a.clone();
    let dx = x - out.cells[i].rect.x;
    out.cells[i].rect.x += dx;
    if let Some(c) = out.cells[i].caption.as_mut() {
        c.x += dx;
    }
    let (l, r) = out.cells.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, r), c| {
        (l.min(c.rect.x), r.max(c.rect.right()))
    });
    out.bounds = Rect::new(l, out.bounds.y, r - l, out.bounds.h);
    Some((out, room))
}

/// The crop rectangle (pixels) that shows a `pw`×`ph` photo at `rect`'s proportions around the focal point
/// (0–1 in each axis), moved as little as needed to keep `keep` (fractions `[x0, y0, x1, y1]`: the faces with room
/// above the heads) whole; when `keep` cannot fit, the crop is centred on it.
pub fn crop_rect(pw: f64, ph: f64, rect: Rect, focal: (f64, f64), keep: Option<[f64; 4]>) -> Rect {
    let want = rect.w / rect.h;
    // The start of a window of `len` along a side of `side`, around `f`, holding `k` when it can.
    let place = |side: f64, len: f64, f: f64, k: Option<(f64, f64)>| -> f64 {
        let mut start = f.clamp(0.0, 1.0) * side - len / 2.0;
        if let Some((k0, k1)) = k {
            let (k0, k1) = (k0.clamp(0.0, 1.0) * side, k1.clamp(0.0, 1.0) * side);
            start = if k1 - k0 <= len {
                // Not `clamp`: with `k1 - k0` a rounding error above `len` its bounds would cross.
                start.min(k0).max(k1 - len)
            } else {
                (k0 + k1) / 2.0 - len / 2.0
            };
        }
        start.clamp(0.0, (side - len).max(0.0))
    };
    if pw / ph > want {
        let cw = ph * want;
        Rect::new(place(pw, cw, focal.0, keep.map(|k| (k[0], k[2]))), 0.0, cw, ph)
    } else {
        let ch = pw / want;
        Rect::new(0.0, place(ph, ch, focal.1, keep.map(|k| (k[1], k[3]))), pw, ch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: f64) -> GalleryPhoto {
        GalleryPhoto {
            aspect: a,
            emphasis: Emphasis::Normal,
            max: None,
            keep: None,
        }
    }

    #[test]
    fn photos_stay_within_their_resolution_limit() {
        let area = Rect::new(0.0, 0.0, 1000.0, 600.0);
        // A 4:3 web photo that may not exceed 300×225 mm beside an unlimited one.
        let photos = [
            GalleryPhoto {
                max: Some((300.0, 225.0)),
                ..p(4.0 / 3.0)
            },
            p(4.0 / 3.0),
        ];
        let a = arrange(area, &photos, 10.0, 20_000.0, &mut |_, _| Some(0.0)).unwrap();
        assert!(a.resolution_limited);
        let c = &a.cells[0];
        assert!(c.rect.w <= 300.0 + 1e-6 && c.rect.h <= 225.0 + 1e-6, "{:?}", c.rect);
        assert!(area.contains(&a.bounds));
        for c in &a.cells {
            assert!(a.bounds.contains(&c.rect));
        }
        // Without limits the same photos fill the area.
        let b = arrange(area, &[p(4.0 / 3.0), p(4.0 / 3.0)], 10.0, 20_000.0, &mut |_, _| {
            Some(0.0)
        })
        .unwrap();
        assert!(!b.resolution_limited);
        assert!(b.cells[0].rect.w > 400.0);
    }

    #[test]
    fn rows_fill_the_area_without_overlap() {
        let area = Rect::new(0.0, 0.0, 600.0, 500.0);
        let photos = [p(4.0 / 3.0), p(3.0 / 4.0), p(16.0 / 9.0), p(1.0)];
        let a = arrange(area, &photos, 10.0, 20_000.0, &mut |_, _| Some(20.0)).unwrap();
        assert!(a.coverage > 0.85, "coverage {}", a.coverage);
        assert!(a.mean_crop <= MAX_CROP + 1e-9);
        for (i, c) in a.cells.iter().enumerate() {
            assert!(area.contains(&c.rect));
            let cap = c.caption.unwrap();
            assert!((cap.y - c.rect.bottom()).abs() < 1e-9, "caption touches its photo");
            assert!(area.contains(&cap));
            for d in &a.cells[i + 1..] {
                assert!(!c.rect.overlaps(&d.rect) && !cap.overlaps(&d.rect) && !cap.overlaps(&d.caption.unwrap()));
            }
        }
    }

    #[test]
    fn a_row_its_low_resolution_photo_keeps_short_spans_the_block() {
        // Row 2 holds a photo that may print at most 450×300 mm: at its natural width the row is 910 mm under a
        // 1000 mm row. Its other photo takes the 90 mm by losing some of its top and bottom.
        let area = Rect::new(0.0, 0.0, 1000.0, 800.0);
        let capped = GalleryPhoto {
            max: Some((450.0, 300.0)),
            ..p(1.5)
        };
        let photos = [p(1.5), p(1.5), capped, p(1.5)];
        let a = evaluate(area, &photos, &[2, 2], 10.0, 20_000.0, false, &mut |_, _| Some(0.0)).unwrap();
        let right = |i: usize| a.cells[i].rect.right();
        assert!(
            (right(1) - right(3)).abs() < 1.0,
            "rows end at {} and {}",
            right(1),
            right(3)
        );
        assert!((a.cells[0].rect.x - a.cells[2].rect.x).abs() < 1.0);
        assert!(a.cells[2].rect.w <= 450.0 + 1e-6 && a.cells[2].rect.h <= 300.0 + 1e-6);
        assert!(a.cells.iter().all(|c| c.crop <= JUSTIFY_CROP + 1e-9));
    }

    #[test]
    fn a_block_at_its_limit_is_cropped_wider_before_it_leaves_bands_beside_it() {
        // A 活动剪影 board of 2400×1200 (design bench, 24 photos, #2): four landscapes at 100 ppi, the rows 1587 mm
        // wide in a 2360 mm body — bands of 386 mm each side (16 % of the body). Cropped top and bottom (≤ 30 %),
        // every row grows alike until its least widening row can grow no more.
        let area = Rect::new(0.0, 0.0, 2360.0, 1053.0);
        let lim = |a: f64, w: f64, h: f64| GalleryPhoto {
            max: Some((w, h)),
            ..p(a)
        };
        let photos = [
            lim(1.5, 1524.0, 1016.0),
            lim(1.502, 784.0, 522.0),
            lim(1.6, 650.0, 406.0),
            lim(1.778, 1040.0, 585.0),
        ];
        let choices = gallery_choices(area, &photos, 20.0, 240_000.0, &mut |_, _| Some(0.0));
        let a = choices
            .iter()
            .max_by(|a, b| a.bounds.w.total_cmp(&b.bounds.w))
            .unwrap()
            .clone();
        assert!(a.bounds.w > 1690.0, "block {:?}", a.bounds);
        // Rows of one width (no pyramid).
        for (i, j) in rows_of(&a).unwrap() {
            let (l, r) = (a.cells[i].rect.x, a.cells[j - 1].rect.right());
            assert!(
                (l - a.bounds.x).abs() < 1.0 && (r - a.bounds.right()).abs() < 1.0,
                "{:?}",
                a.cells
            );
        }
        for (c, q) in a.cells.iter().zip(&photos) {
            let (mw, mh) = q.max.unwrap();
            assert!(
                c.rect.w <= mw + 1e-6 && c.rect.h <= mh + 1e-6 && c.crop <= JUSTIFY_CROP + 1e-9,
                "{c:?}"
            );
        }
    }

    #[test]
    fn a_lone_photo_at_its_limit_goes_over_the_like_photo_of_the_pair_below() {
        // The 1200×900 board of the design bench (w1, 24 photos): beside the text, a 16:9 photo at its resolution
        // limit (499 mm) alone in the upper row, centred, over a portrait and a 16:9 photo of the same width. On
        // the grid, the lone photo goes over its like: both its edges on the lower row's.
        let cell = |x: f64, y: f64, w: f64, h: f64| Cell {
            rect: Rect::new(x, y, w, h),
            caption: None,
            crop: 0.0,
        };
        let limited = GalleryPhoto {
            max: Some((499.0, 280.7)),
            ..p(16.0 / 9.0)
        };
        let photos = [limited.clone(), p(2.0 / 3.0), limited];
        let mut a = Arrangement {
            cells: vec![
                cell(548.5, 137.9, 499.0, 280.6),
                cell(416.0, 450.0, 245.0, 367.2),
                cell(681.0, 536.6, 499.0, 280.6),
            ],
            coverage: 0.9,
            mean_crop: 0.0,
            emphasis_penalty: 0.0,
            bounds: Rect::new(416.0, 137.9, 764.0, 679.3),
            resolution_limited: true,
            rows_area: 0.0,
        };
        let within = Rect::new(416.0, 110.0, 764.0, 770.0);
        let moved = snap_rows(
            &mut a,
            &photos,
            within,
            (&[20.0], &[1180.0, 396.0]),
            20.0,
            60_000.0,
            &mut |_, _| Some(0.0),
        );
        assert!(moved);
        let (top, like) = (a.cells[0].rect, a.cells[2].rect);
        assert!(
            (top.x - like.x).abs() < 1.0 && (top.right() - like.right()).abs() < 1.0,
            "{top:?} over {like:?}"
        );
    }

    #[test]
    fn a_stack_of_rows_of_one_width_is_widened_onto_the_grid_as_a_whole() {
        // The A1 活动剪影 board of the design bench (24 photos): two rows of two portraits, every row 532.8 mm wide,
        // centred in the 554 mm safe width — lined up with each other, 10.6 mm in from the safe area on both sides
        // (bands a reader sees). The photos may be cropped top and bottom a little more (under 30 %) and stay over
        // 100 ppi: the block goes to the safe area's edges, every row alike.
        let cell = |x: f64, y: f64, w: f64, h: f64| Cell {
            rect: Rect::new(x, y, w, h),
            caption: None,
            crop: 0.15,
        };
        let at = |px: f64, py: f64| GalleryPhoto {
            max: Some((25.4 * px / 100.0, 25.4 * py / 100.0)),
            ..p(px / py)
        };
        let photos = [
            at(1080.0, 1920.0),
            at(1622.0, 2880.0),
            at(2056.0, 3088.0),
            at(2560.0, 3837.0),
        ];
        let mut a = Arrangement {
            cells: vec![
                cell(30.6, 84.0, 258.8, 391.5),
                cell(304.3, 84.0, 259.1, 391.5),
                cell(30.6, 490.4, 258.7, 330.6),
                cell(304.2, 490.4, 259.2, 330.6),
            ],
            coverage: 0.96,
            mean_crop: 0.15,
            emphasis_penalty: 0.0,
            bounds: Rect::new(30.6, 84.0, 532.8, 737.0),
            resolution_limited: false,
            rows_area: 0.0,
        };
        let within = Rect::new(20.0, 82.0, 554.0, 741.0);
        let moved = snap_rows(
            &mut a,
            &photos,
            within,
            (&[20.0], &[574.0]),
            14.9,
            29_000.0,
            &mut |_, _| Some(0.0),
        );
        assert!(moved, "the block stays 10.6 mm in from both edges");
        for (c, p) in a.cells.iter().zip(&photos) {
            let (mw, _) = p.max.unwrap();
            assert!(c.rect.w <= mw + 1e-6 && c.crop <= JUSTIFY_CROP + 1e-9, "{c:?}");
        }
        for row in [&a.cells[0..2], &a.cells[2..4]] {
            assert!(
                (row[0].rect.x - 20.0).abs() < 0.5 && (row[1].rect.right() - 574.0).abs() < 0.5,
                "{row:?}"
            );
        }
        assert!((a.bounds.x - 20.0).abs() < 0.5 && (a.bounds.right() - 574.0).abs() < 0.5);
    }

    #[test]
    fn a_small_photo_goes_to_the_grid_line_with_its_caption_beside_it() {
        // The X展架 boards of the design bench: under a row at the block's full width (20–580 mm), a WeChat copy at
        // its limit (160 mm) centred in its own row, both edges 200 mm off the grid. It goes to the left grid line
        // and its caption, beside it, ends on the right one, its last line on the photo's bottom.
        let cell = |x: f64, y: f64, w: f64, h: f64, cap: Option<f64>| Cell {
            rect: Rect::new(x, y, w, h),
            caption: cap.map(|ch| Rect::new(x, y + h, w, ch)),
            crop: 0.0,
        };
        let mut a = Arrangement {
            cells: vec![
                cell(20.0, 100.0, 560.0, 315.0, None),
                cell(220.0, 435.0, 160.0, 120.0, Some(20.0)),
            ],
            coverage: 0.9,
            mean_crop: 0.0,
            emphasis_penalty: 0.0,
            bounds: Rect::new(20.0, 100.0, 560.0, 475.0),
            resolution_limited: true,
            rows_area: 0.0,
        };
        let within = Rect::new(20.0, 100.0, 560.0, 500.0);
        // A caption 60 mm tall at 370 mm: it fits beside the 120 mm photo.
        let moved = caption_beside(&mut a, within, (&[20.0], &[580.0]), 20.0, 70.0, &mut |i, w| {
            Some(if i == 1 { 60.0 * 160.0 / w } else { 0.0 })
        });
        assert!(moved);
        let (p, c) = (a.cells[1].rect, a.cells[1].caption.expect("caption"));
        assert_eq!((p.x, p.w), (20.0, 160.0));
        assert!((c.x - 200.0).abs() < 1e-9 && (c.right() - 580.0).abs() < 1e-9, "{c:?}");
        assert!((c.bottom() - p.bottom()).abs() < 1e-9 && c.h <= p.h, "{c:?}");
        // A row of two whose last photo has no caption: the row goes to the right grid line, the first photo's
        // caption on its left.
        let mut m = a.clone();
        m.cells[1] = cell(150.0, 435.0, 140.0, 120.0, Some(20.0));
        m.cells.push(cell(310.0, 435.0, 140.0, 120.0, None));
        assert!(caption_beside(
            &mut m,
            within,
            (&[20.0], &[580.0]),
            20.0,
            70.0,
            &mut |_, _| Some(40.0)
        ));
        let (c, first, second) = (m.cells[1].caption.expect("caption"), m.cells[1].rect, m.cells[2].rect);
        assert!((second.right() - 580.0).abs() < 1e-9, "{second:?}");
        assert!(
            (c.x - 20.0).abs() < 1e-9 && (c.right() + 20.0 - first.x).abs() < 1e-9,
            "{c:?} {first:?}"
        );
        // Too narrow a cell beside the photo for the caption: the row stays.
        let mut b = a.clone();
        b.cells[1] = cell(220.0, 435.0, 160.0, 120.0, Some(20.0));
        let before = b.clone();
        assert!(!caption_beside(
            &mut b,
            within,
            (&[20.0], &[580.0]),
            20.0,
            500.0,
            &mut |_, _| Some(10.0)
        ));
        assert_eq!(b, before);
    }

    #[test]
    fn a_justified_block_has_rows_of_one_width() {
        let area = Rect::new(0.0, 0.0, 1000.0, 800.0);
        // Row 1: two unlimited photos; row 2: one photo that may not exceed 400×300 mm.
        let photos = [
            p(4.0 / 3.0),
            p(4.0 / 3.0),
            GalleryPhoto {
                max: Some((400.0, 300.0)),
                ..p(4.0 / 3.0)
            },
        ];
        let mut cap = |_: usize, _: f64| Some(0.0);
        let staggered_rows = evaluate(area, &photos, &[2, 1], 10.0, 20_000.0, false, &mut cap).unwrap();
        assert_eq!(staggered(&staggered_rows), 1.0);
        let justified = evaluate(area, &photos, &[2, 1], 10.0, 20_000.0, true, &mut cap).unwrap();
        assert_eq!(staggered(&justified), 0.0);
        assert!(justified.resolution_limited);
        let c = &justified.cells;
        assert!((c[0].rect.x - c[2].rect.x).abs() < 1e-6 && (c[1].rect.right() - c[2].rect.right()).abs() < 1e-6);
        assert!(c[2].rect.w <= 400.0 + 1e-6 && c[2].rect.h <= 300.0 + 1e-6);
        // Nothing to even out when no row is limited.
        assert!(evaluate(area, &[p(1.0), p(1.0)], &[1, 1], 10.0, 20_000.0, true, &mut cap).is_none());
    }

    #[test]
    fn low_resolution_photos_of_different_shapes_share_a_board_in_free_rows() {
        // A 1200×900 board's body; three 800 px WeChat copies (landscape, portrait, landscape), each allowed only
        // the minimum area (90 000 mm²) to 2 % above it — the limits `compose::resolution_limit` gives them.
        let area = Rect::new(20.0, 110.0, 1160.0, 770.0);
        let min_area = 90_000.0;
        let limited = |a: f64| {
            let (w, h) = ((1.02 * min_area * a).sqrt(), (1.02 * min_area / a).sqrt());
            GalleryPhoto {
                max: Some((w, h)),
                ..p(a)
            }
        };
        let photos = [limited(4.0 / 3.0), limited(3.0 / 4.0), limited(4.0 / 3.0)];
        let mut cap = |_: usize, _: f64| Some(12.0);
        // Rows of one height cannot hold them (the portrait would need twice the landscapes' area, or less).
        for rows in partitions(3) {
            for uniform in [false, true] {
                assert!(evaluate(area, &photos, &rows, 10.0, min_area, uniform, &mut cap).is_none());
            }
        }
        let a = arrange(area, &photos, 10.0, min_area, &mut cap).expect("free rows hold them");
        assert!(a.resolution_limited);
        for (i, c) in a.cells.iter().enumerate() {
            assert!(area.contains(&c.rect) && area.contains(&c.caption.unwrap()));
            let (mw, mh) = photos[i].max.unwrap();
            assert!(
                c.rect.w <= mw + 1e-6 && c.rect.h <= mh + 1e-6,
                "within its limit: {:?}",
                c.rect
            );
            assert!(c.rect.area() >= min_area * (1.0 - 1e-9));
            for d in &a.cells[i + 1..] {
                assert!(!c.rect.overlaps(&d.rect) && !c.caption.unwrap().overlaps(&d.caption.unwrap()));
            }
        }
        // One row on one baseline, its outer edges those of the block.
        assert!(a
            .cells
            .iter()
            .all(|c| (c.rect.bottom() - a.cells[0].rect.bottom()).abs() < 1e-6));
        assert!((a.cells[0].rect.x - a.bounds.x).abs() < 1e-6);
        assert!((a.cells[2].rect.right() - a.bounds.right()).abs() < 1e-6);
    }

    #[test]
    fn larger_and_smaller_are_a_clear_step_even_in_the_middle_of_the_row() {
        let area = Rect::new(0.0, 0.0, 1000.0, 700.0);
        let plain = [p(1.5), p(1.5), p(1.5)];
        let base = arrange(area, &plain, 10.0, 20_000.0, &mut |_, _| Some(0.0)).unwrap();
        let mut larger = plain.clone();
        larger[1].emphasis = Emphasis::Larger;
        let a = arrange(area, &larger, 10.0, 20_000.0, &mut |_, _| Some(0.0)).unwrap();
        let step = a.cells[1].rect.area() / base.cells[1].rect.area();
        assert!(step >= LARGER_STEP - 1e-9, "放大: {step:.2}×");
        for (i, c) in a.cells.iter().enumerate() {
            assert!(area.contains(&c.rect));
            for d in &a.cells[i + 1..] {
                assert!(!c.rect.overlaps(&d.rect));
            }
        }
        // The row weight alone (the photos as given) gave it about a tenth more.
        let soft = first(arrange_as_given(area, &larger, 10.0, 20_000.0, false, &mut |_, _| {
            Some(0.0)
        }))
        .unwrap();
        assert!(soft.cells[1].rect.area() / base.cells[1].rect.area() < LARGER_STEP);
    }

    #[test]
    fn a_lead_photo_beside_a_column_of_the_others_is_one_rectangle() {
        // A portrait and two landscapes: rows of one height can only stagger them (a narrow row over a wide one);
        // the lead arrangement stands the portrait beside the two landscapes stacked, every outer edge flush.
        let photos = [p(2.0 / 3.0), p(1.5), p(1.5)];
        let area = Rect::new(0.0, 0.0, 760.0, 770.0);
        let mut cap = |_: usize, _: f64| Some(12.0);
        let a = evaluate_lead(area, &photos, true, 10.0, 1.0, &mut cap).unwrap();
        let (lead, b, c) = (&a.cells[0], &a.cells[1], &a.cells[2]);
        let bottom = |c: &Cell| c.caption.map_or(c.rect.bottom(), |r| r.bottom());
        assert!((bottom(lead) - bottom(c)).abs() < 1e-6, "{a:#?}");
        assert!((lead.rect.y - b.rect.y).abs() < 1e-6);
        assert!((b.rect.x - c.rect.x).abs() < 1e-6 && (b.rect.right() - c.rect.right()).abs() < 1e-6);
        assert!((b.rect.x - lead.rect.right() - 10.0).abs() < 1e-6);
        assert!((a.bounds.w - area.w).abs() < 1e-6 && a.bounds.h <= area.h + 1e-6);
        assert!(a.cells.iter().all(|c| c.crop == 0.0));
        // At a resolution limit the block narrows as one rectangle (no photo beyond its limit).
        let limited = [
            GalleryPhoto {
                max: Some((250.0, 375.0)),
                ..p(2.0 / 3.0)
            },
            p(1.5),
            p(1.5),
        ];
        let a = evaluate_lead(area, &limited, true, 10.0, 1.0, &mut cap).unwrap();
        assert!(a.resolution_limited && a.bounds.w < area.w);
        assert!(a.cells[0].rect.h <= 375.0 + 1e-6);
        assert!((a.cells[2].rect.right() - a.bounds.right()).abs() < 1e-6);
    }

    #[test]
    fn too_many_photos_for_the_minimum_area_is_refused() {
        let area = Rect::new(0.0, 0.0, 300.0, 300.0);
        let photos: Vec<_> = (0..6).map(|_| p(1.0)).collect();
        assert!(arrange(area, &photos, 5.0, 20_000.0, &mut |_, _| Some(0.0)).is_none());
    }

    #[test]
    fn crop_follows_the_focal_point() {
        let r = crop_rect(4000.0, 3000.0, Rect::new(0.0, 0.0, 100.0, 100.0), (0.0, 0.5), None);
        assert_eq!(r, Rect::new(0.0, 0.0, 3000.0, 3000.0));
        let r = crop_rect(4000.0, 3000.0, Rect::new(0.0, 0.0, 100.0, 100.0), (0.5, 0.5), None);
        assert_eq!(r.x, 500.0);
    }

    #[test]
    fn crops_keep_the_faces_whole() {
        // Faces at the left edge of a wide photo shown square: the window moves left from the centre to hold them.
        let keep = Some([0.05, 0.2, 0.3, 0.6]);
        let r = crop_rect(4000.0, 3000.0, Rect::new(0.0, 0.0, 100.0, 100.0), (0.5, 0.5), keep);
        assert!(r.x <= 0.05 * 4000.0 && r.x + r.w >= 0.3 * 4000.0, "{r:?}");
        // A wide cell cut from a landscape keeps the room above the heads at the top.
        let keep = Some([0.2, 0.02, 0.8, 0.3]);
        let r = crop_rect(4000.0, 3000.0, Rect::new(0.0, 0.0, 300.0, 100.0), (0.5, 0.5), keep);
        assert!(r.y <= 0.02 * 3000.0 + 1e-9, "{r:?}");
        // Without faces the same crop centres.
        let r = crop_rect(4000.0, 3000.0, Rect::new(0.0, 0.0, 300.0, 100.0), (0.5, 0.5), None);
        assert!((r.y + r.h / 2.0 - 1500.0).abs() < 1e-6, "{r:?}");
    }

    #[test]
    fn rows_never_stretch_through_a_group() {
        // A group across the whole width of a 3:2 photo beside a tall one, in an area that asks for stretching:
        // without faces the row crops the group photo's sides, with them it may not.
        let area = Rect::new(0.0, 0.0, 600.0, 330.0);
        let group = GalleryPhoto {
            keep: Some([0.02, 0.2, 0.98, 0.7]),
            ..p(1.5)
        };
        let free = arrange(area, &[p(1.5), p(0.75)], 10.0, 5_000.0, &mut |_, _| Some(0.0)).unwrap();
        let c = crop_rect(3000.0, 2000.0, free.cells[0].rect, (0.5, 0.5), None);
        assert!(c.x > 0.02 * 3000.0, "the test needs a stretched row: {c:?}");
        let photos = [group, p(0.75)];
        let a = arrange(area, &photos, 10.0, 5_000.0, &mut |_, _| Some(0.0)).unwrap();
        let crop = crop_rect(3000.0, 2000.0, a.cells[0].rect, (0.5, 0.5), photos[0].keep);
        assert!(
            crop.x <= 0.02 * 3000.0 + 1e-6 && crop.x + crop.w >= 0.98 * 3000.0 - 1e-6,
            "{crop:?}"
        );
        assert!(
            crop.y <= 0.2 * 2000.0 + 1e-6 && crop.y + crop.h >= 0.7 * 2000.0 - 1e-6,
            "{crop:?}"
        );
    }
}
