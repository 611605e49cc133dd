//! The photo area of a board: justified rows (as in photo-book makers). Photos keep their order; every way of
//! cutting the sequence into rows is tried (greedy row counts beyond 8 photos); each row fills the area's width,
//! rows are stretched together to fill its height by cropping at most [`MAX_CROP`] of any photo, and each caption
//! sits directly under its photo. Photos smaller than the board's minimum photo area make an arrangement invalid.
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
}

/// Caption height in mm for photo `i` set at `width` mm (0 when it has no caption); `None` when the caption cannot
/// be set at that width.
pub type CaptionHeight<'a> = dyn FnMut(usize, f64) -> Option<f64> + 'a;

/// The best arrangement of `photos` in `area`, or `None` when no arrangement keeps every photo at `min_area` mm²
/// or more.
pub fn arrange(
    area: Rect,
    photos: &[GalleryPhoto],
    gap: f64,
    min_area: f64,
    caption_h: &mut CaptionHeight<'_>,
) -> Option<Arrangement> {
    let n = photos.len();
    if n == 0 || area.w <= 0.0 || area.h <= 0.0 {
        return None;
    }
    let mut best: Option<(f64, Arrangement)> = None;
    for rows in partitions(n) {
        if let Some(a) = evaluate(area, photos, &rows, gap, min_area, caption_h) {
            let score = a.coverage - 1.5 * a.mean_crop - a.emphasis_penalty;
            if best.as_ref().is_none_or(|(s, _)| score > *s + 1e-9) {
                best = Some((score, a));
            }
        }
    }
    best.map(|(_, a)| a)
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
    caption_h: &mut CaptionHeight<'_>,
) -> Option<Arrangement> {
    let gaps_v = gap * (rows.len() as f64 - 1.0);
    // Row geometry at a horizontal scale `s` (1 = full width): natural heights and widths, caption heights.
    let mut layout_at = |s: f64| -> Option<RowGeometry> {
        let mut start = 0;
        let (mut hs, mut ws, mut caps) = (Vec::new(), Vec::new(), Vec::new());
        for &k in rows {
            let sum_a: f64 = photos[start..start + k].iter().map(GalleryPhoto::weight).sum();
            let width = area.w * s - gap * (k as f64 - 1.0);
            if width <= 0.0 {
                return None;
            }
            let h = width / sum_a;
            let row_w: Vec<f64> = photos[start..start + k].iter().map(|p| p.weight() * h).collect();
            let mut cap: f64 = 0.0;
            for (j, w) in row_w.iter().enumerate() {
                cap = cap.max(caption_h(start + j, *w)?);
            }
            hs.push(h);
            ws.push(row_w);
            caps.push(cap);
            start += k;
        }
        Some((hs, ws, caps))
    };
    let (fmin, fmax) = (1.0 - MAX_CROP, 1.0 / (1.0 - MAX_CROP));
    let mut s = 1.0;
    let (mut hs, mut ws, mut caps) = layout_at(s)?;
    let mut f = (area.h - gaps_v - caps.iter().sum::<f64>()) / hs.iter().sum::<f64>();
    if f < fmin {
        // Too tall even with the most crop: narrow the block until it fits.
        for _ in 0..6 {
            let need = hs.iter().sum::<f64>() * fmin;
            let avail = area.h - gaps_v - caps.iter().sum::<f64>();
            if avail <= 0.0 {
                return None;
            }
            s *= (avail / need).min(0.999);
            (hs, ws, caps) = layout_at(s)?;
            f = (area.h - gaps_v - caps.iter().sum::<f64>()) / hs.iter().sum::<f64>();
            if f >= fmin {
                break;
            }
        }
        if f < fmin - 1e-9 {
            return None;
        }
        f = fmin;
    }
    let f = f.min(fmax);
    let block_w = area.w * s;
    let x0 = area.x + (area.w - block_w) / 2.0;
    let mut y = area.y;
    let mut cells = Vec::with_capacity(photos.len());
    let mut covered = 0.0;
    let mut penalty = 0.0;
    let mut crop_sum = 0.0;
    let mut idx = 0;
    for (r, &k) in rows.iter().enumerate() {
        let h = hs[r] * f;
        let mut x = x0;
        for w in &ws[r] {
            let rect = Rect::new(x, y, *w, h);
            if rect.area() < min_area {
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
    Some(Arrangement {
        cells,
        coverage: covered / area.area(),
        mean_crop,
        emphasis_penalty: penalty,
    })
}

/// The crop rectangle (pixels) that shows a `pw`×`ph` photo at `rect`'s proportions around the focal point
/// (0–1 in each axis; centre by default).
pub fn crop_rect(pw: f64, ph: f64, rect: Rect, focal: (f64, f64)) -> Rect {
    let want = rect.w / rect.h;
    if pw / ph > want {
        let cw = ph * want;
        let cx = (focal.0.clamp(0.0, 1.0) * pw - cw / 2.0).clamp(0.0, pw - cw);
        Rect::new(cx, 0.0, cw, ph)
    } else {
        let ch = pw / want;
        let cy = (focal.1.clamp(0.0, 1.0) * ph - ch / 2.0).clamp(0.0, ph - ch);
        Rect::new(0.0, cy, pw, ch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: f64) -> GalleryPhoto {
        GalleryPhoto {
            aspect: a,
            emphasis: Emphasis::Normal,
        }
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
    fn too_many_photos_for_the_minimum_area_is_refused() {
        let area = Rect::new(0.0, 0.0, 300.0, 300.0);
        let photos: Vec<_> = (0..6).map(|_| p(1.0)).collect();
        assert!(arrange(area, &photos, 5.0, 20_000.0, &mut |_, _| Some(0.0)).is_none());
    }

    #[test]
    fn crop_follows_the_focal_point() {
        let r = crop_rect(4000.0, 3000.0, Rect::new(0.0, 0.0, 100.0, 100.0), (0.0, 0.5));
        assert_eq!(r, Rect::new(0.0, 0.0, 3000.0, 3000.0));
        let r = crop_rect(4000.0, 3000.0, Rect::new(0.0, 0.0, 100.0, 100.0), (0.5, 0.5));
        assert_eq!(r.x, 500.0);
    }
}
