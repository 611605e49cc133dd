//! Photos for proof images: fetches a photo's original bytes through [`PhotoBytes`], decodes it no larger than the
//! drawing needs (JPEGs scaled in the DCT domain, 1/2 to 1/8; CMYK/YCCK with the Adobe inversion undone), shrinks it
//! to that size, turns it upright for its EXIF orientation (all eight values) and hands it to the canvas as an
//! [`RgbaImage`] in displayed pixels. Owns decoding, scaling and orientation of photos; must not draw.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Cursor;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use zhanban_frames::ImageItem;

use crate::error::Error;
use crate::{ImageSource, RgbaImage};

/// Where renderers get the photos' original bytes, by content hash: the project store implements it. The PDF writer
/// reads the same trait (zhanban-pdf re-exports it).
pub trait PhotoBytes: Sync {
    fn original(&self, hash: &str) -> std::io::Result<Vec<u8>>;
}

/// Photos kept as files on disk, by hash (for the CLI, tests and benchmarks).
impl PhotoBytes for HashMap<String, PathBuf> {
    fn original(&self, hash: &str) -> std::io::Result<Vec<u8>> {
        let path = self
            .get(hash)
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "not in the project"))?;
        std::fs::read(path)
    }
}

/// A decoded photo: hash, wanted width and height, orientation.
type CacheKey = (String, u32, u32, u8);

/// An [`ImageSource`] that decodes originals from [`PhotoBytes`] at the size a drawing of `px_per_mm` needs. Decoded
/// photos are kept while it lives (a photo used twice on a board is decoded once); the first failure is kept for
/// [`DecodedPhotos::take_error`] and the photo is drawn as a placeholder meanwhile.
pub struct DecodedPhotos<'a> {
    photos: &'a dyn PhotoBytes,
    px_per_mm: f64,
    cache: RefCell<HashMap<CacheKey, Arc<RgbaImage>>>,
    error: RefCell<Option<Error>>,
}

impl<'a> DecodedPhotos<'a> {
    pub fn new(photos: &'a dyn PhotoBytes, px_per_mm: f64) -> Self {
        DecodedPhotos {
            photos,
            px_per_mm,
            cache: RefCell::new(HashMap::new()),
            error: RefCell::new(None),
        }
    }

    /// The drawing's resolution.
    pub fn px_per_mm(&self) -> f64 {
        self.px_per_mm
    }

    /// The first photo that could not be read or decoded, if any.
    pub fn take_error(&self) -> Option<Error> {
        self.error.borrow_mut().take()
    }

    fn key(&self, item: &ImageItem) -> CacheKey {
        let (want_w, want_h) = wanted_size(item, self.px_per_mm);
        (item.photo.clone(), want_w, want_h, item.orientation)
    }

    /// The stored (not yet upright) pixel size this drawing wants the whole photo of `item` at.
    pub fn wanted_stored(&self, item: &ImageItem) -> (u32, u32) {
        let (w, h) = wanted_size(item, self.px_per_mm);
        if (5..=8).contains(&item.orientation) {
            (h, w)
        } else {
            (w, h)
        }
    }

    /// Takes the photo of `item` from pixels someone else decoded (`stored`: the whole photo in its stored
    /// orientation, at any size): kept, shrunk to the size this drawing wants and turned upright, when they are at
    /// least that size — so a photo the review page decodes is not decoded again for the proof. Returns whether
    /// the drawing now has the photo.
    pub fn offer(&self, item: &ImageItem, stored: &image::RgbaImage) -> bool {
        let key = self.key(item);
        if self.cache.borrow().contains_key(&key) {
            return true;
        }
        let (sw, sh) = self.wanted_stored(item);
        if stored.width() < sw.min(item_stored_w(item)) || stored.height() < sh.min(item_stored_h(item)) {
            return false;
        }
        let img = if stored.width() > sw || stored.height() > sh {
            orient(
                shrink_area(stored, sw.clamp(1, stored.width()), sh.clamp(1, stored.height())),
                item.orientation,
            )
        } else {
            orient(stored.clone(), item.orientation)
        };
        self.cache.borrow_mut().insert(key, Arc::new(img));
        true
    }

    /// Decodes the photo of `item` from original bytes the caller already read (the review page hands the proof the
    /// bytes it read), unless this drawing has it; a failure is left for the drawing to meet when it reads the photo.
    pub fn preload(&self, item: &ImageItem, bytes: &[u8]) {
        let key = self.key(item);
        if self.cache.borrow().contains_key(&key) {
            return;
        }
        if let Ok(img) = decode_upright(bytes, item.orientation, key.1, key.2) {
            self.cache.borrow_mut().insert(key, Arc::new(img));
        }
    }

    fn load(&self, item: &ImageItem) -> Result<Arc<RgbaImage>, Error> {
        let key = self.key(item);
        let (want_w, want_h) = (key.1, key.2);
        if let Some(img) = self.cache.borrow().get(&key) {
            return Ok(img.clone());
        }
        let bytes = self.photos.original(&item.photo).map_err(|e| Error::PhotoMissing {
            hash: item.photo.clone(),
            reason: e.to_string(),
        })?;
        let img =
            decode_upright(&bytes, item.orientation, want_w, want_h).map_err(|reason| Error::PhotoUnreadable {
                hash: item.photo.clone(),
                reason,
            })?;
        let img = Arc::new(img);
        self.cache.borrow_mut().insert(key, img.clone());
        Ok(img)
    }
}

impl ImageSource for DecodedPhotos<'_> {
    fn pixels(&self, item: &ImageItem) -> Option<Arc<RgbaImage>> {
        match self.load(item) {
            Ok(img) => Some(img),
            Err(e) => {
                self.error.borrow_mut().get_or_insert(e);
                None
            }
        }
    }
}

/// The item's photo's stored pixel width and height (layout's displayed size turned back).
fn item_stored_w(item: &ImageItem) -> u32 {
    if (5..=8).contains(&item.orientation) {
        item.pixel_height.max(1)
    } else {
        item.pixel_width.max(1)
    }
}

fn item_stored_h(item: &ImageItem) -> u32 {
    if (5..=8).contains(&item.orientation) {
        item.pixel_width.max(1)
    } else {
        item.pixel_height.max(1)
    }
}

/// Photos decoded by [`decode_upright`] in this process so far: for tests that a photo is decoded once.
static DECODES: AtomicUsize = AtomicUsize::new(0);

/// How many photos this process has decoded (every [`decode_upright`], whatever the caller), for tests.
pub fn decodes() -> usize {
    DECODES.load(Ordering::Relaxed)
}

/// Displayed pixel size at which the whole photo must be decoded so that its crop fills the item's rect at
/// `px_per_mm` (never more than the photo has).
pub fn wanted_size(item: &ImageItem, px_per_mm: f64) -> (u32, u32) {
    let (pw, ph) = (item.pixel_width.max(1) as f64, item.pixel_height.max(1) as f64);
    let sx = item.rect.w * px_per_mm / item.crop.w;
    let sy = item.rect.h * px_per_mm / item.crop.h;
    let s = sx.max(sy);
    if !(s.is_finite() && s > 0.0) || s >= 1.0 {
        return (pw as u32, ph as u32);
    }
    (((pw * s).ceil() as u32).max(1), ((ph * s).ceil() as u32).max(1))
}

/// Decodes `bytes` and returns the photo upright (EXIF `orientation` applied) at about `want_w`×`want_h` displayed
/// pixels: decoded at reduced size where the format allows (JPEG), then shrunk to the wanted size, never enlarged.
pub fn decode_upright(bytes: &[u8], orientation: u8, want_w: u32, want_h: u32) -> Result<RgbaImage, String> {
    DECODES.fetch_add(1, Ordering::Relaxed);
    let (sw, sh) = if (5..=8).contains(&orientation) {
        (want_h, want_w)
    } else {
        (want_w, want_h)
    };
    let stored = if bytes.starts_with(&[0xFF, 0xD8]) {
        decode_jpeg(bytes, sw, sh)?
    } else {
        image::load_from_memory(bytes).map_err(|e| e.to_string())?.into_rgba8()
    };
    let stored = if stored.width() > sw || stored.height() > sh {
        let (w, h) = (sw.clamp(1, stored.width()), sh.clamp(1, stored.height()));
        shrink_area(&stored, w, h)
    } else {
        stored
    };
    Ok(orient(stored, orientation))
}

/// Shrinks by averaging each output pixel's source area (a box filter) in integers, one output row at a time: memory
/// is the output plus one row of sums. (`image::imageops::resize` keeps a float copy of source width × output height,
/// 16 bytes a pixel: 200–330 MB for one review photo, the cause of the review export's peak memory, issue 7.)
pub fn shrink_area(src: &image::RgbaImage, w: u32, h: u32) -> image::RgbaImage {
    let (sw, sh) = (src.width() as usize, src.height() as usize);
    let (w, h) = (w.max(1) as usize, h.max(1) as usize);
    let bounds = |i: usize, n: usize, sn: usize| {
        let a = i * sn / n;
        let b = ((i + 1) * sn / n).max(a + 1).min(sn);
        (a, b)
    };
    let cols: Vec<(usize, usize)> = (0..w).map(|i| bounds(i, w, sw)).collect();
    let raw = src.as_raw();
    let mut out = Vec::with_capacity(w * h * 4);
    let mut sums = vec![0u64; w * 4];
    for j in 0..h {
        let (y0, y1) = bounds(j, h, sh);
        sums.iter_mut().for_each(|v| *v = 0);
        for y in y0..y1 {
            let row = &raw[y * sw * 4..(y + 1) * sw * 4];
            for (i, &(x0, x1)) in cols.iter().enumerate() {
                let acc = &mut sums[i * 4..i * 4 + 4];
                for px in row[x0 * 4..x1 * 4].chunks_exact(4) {
                    for c in 0..4 {
                        acc[c] += u64::from(px[c]);
                    }
                }
            }
        }
        for (i, &(x0, x1)) in cols.iter().enumerate() {
            let n = ((x1 - x0) * (y1 - y0)) as u64;
            for c in 0..4 {
                out.push(((sums[i * 4 + c] + n / 2) / n) as u8);
            }
        }
    }
    image::RgbaImage::from_raw(w as u32, h as u32, out).unwrap_or_else(|| image::RgbaImage::new(w as u32, h as u32))
}

/// JPEG decoded at the smallest DCT scale (1/1, 1/2, 1/4, 1/8) that is still at least `min_w`×`min_h`.
fn decode_jpeg(bytes: &[u8], min_w: u32, min_h: u32) -> Result<image::RgbaImage, String> {
    let clamp16 = |v: u32| v.clamp(1, u32::from(u16::MAX)) as u16;
    let mut dec = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    dec.read_info().map_err(|e| e.to_string())?;
    dec.scale(clamp16(min_w), clamp16(min_h)).map_err(|e| e.to_string())?;
    let pixels = dec.decode().map_err(|e| e.to_string())?;
    let info = dec.info().ok_or("没有图像帧")?;
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    let n = w as usize * h as usize;
    use jpeg_decoder::PixelFormat as P;
    let mut rgba = Vec::with_capacity(n * 4);
    match info.pixel_format {
        P::RGB24 => pixels
            .chunks_exact(3)
            .for_each(|p| rgba.extend_from_slice(&[p[0], p[1], p[2], 255])),
        P::L8 => pixels.iter().for_each(|&l| rgba.extend_from_slice(&[l, l, l, 255])),
        P::L16 => pixels
            .chunks_exact(2)
            .for_each(|p| rgba.extend_from_slice(&[p[0], p[0], p[0], 255])),
        // jpeg-decoder has already undone the Adobe inversion and the YCCK transform: these are ink amounts
        // (0 = no ink). A naive conversion without a press profile, as the import thumbnails do.
        P::CMYK32 => pixels.chunks_exact(4).for_each(|p| {
            let k = 255 - u32::from(p[3]);
            let ch = |c: u8| (((255 - u32::from(c)) * k + 127) / 255) as u8;
            rgba.extend_from_slice(&[ch(p[0]), ch(p[1]), ch(p[2]), 255]);
        }),
    }
    image::RgbaImage::from_raw(w, h, rgba).ok_or_else(|| "像素数据不完整".to_string())
}

/// The stored image turned upright for EXIF orientation `o` (1–8; other values are taken as 1).
fn orient(img: image::RgbaImage, o: u8) -> RgbaImage {
    let (w, h) = (img.width(), img.height());
    if !(2..=8).contains(&o) {
        return RgbaImage {
            width: w,
            height: h,
            data: img.into_raw(),
        };
    }
    let (dw, dh) = if o >= 5 { (h, w) } else { (w, h) };
    let src = img.as_raw();
    let mut data = vec![0u8; src.len()];
    for j in 0..h {
        for i in 0..w {
            // Where stored pixel (i, j) is shown.
            let (x, y) = match o {
                2 => (w - 1 - i, j),
                3 => (w - 1 - i, h - 1 - j),
                4 => (i, h - 1 - j),
                5 => (j, i),
                6 => (h - 1 - j, i),
                7 => (h - 1 - j, w - 1 - i),
                _ => (j, w - 1 - i), // 8
            };
            let s = (j as usize * w as usize + i as usize) * 4;
            let d = (y as usize * dw as usize + x as usize) * 4;
            data[d..d + 4].copy_from_slice(&src[s..s + 4]);
        }
    }
    RgbaImage {
        width: dw,
        height: dh,
        data,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrink_area_averages_each_box_and_keeps_flat_colour() {
        // 4×2 → 2×1: each output pixel is the mean of a 2×2 box.
        let raw: Vec<u8> = [0u8, 10, 20, 30, 40, 50, 60, 70]
            .iter()
            .flat_map(|&v| [v, 255 - v, 7, 255])
            .collect();
        let img = image::RgbaImage::from_raw(4, 2, raw).unwrap();
        let small = shrink_area(&img, 2, 1);
        assert_eq!(small.dimensions(), (2, 1));
        // Left box: 0, 10, 40, 50 → 25; right box: 20, 30, 60, 70 → 45.
        assert_eq!(small.get_pixel(0, 0).0, [25, 230, 7, 255]);
        assert_eq!(small.get_pixel(1, 0).0, [45, 210, 7, 255]);
        // Uneven ratios: a flat image stays flat and the size is exact.
        let flat = image::RgbaImage::from_pixel(1001, 667, image::Rgba([200, 100, 50, 255]));
        let s = shrink_area(&flat, 300, 200);
        assert_eq!(s.dimensions(), (300, 200));
        assert!(s.pixels().all(|p| p.0 == [200, 100, 50, 255]));
    }

    /// A 3×2 stored image whose pixels are numbered, and where each lands for every orientation.
    #[test]
    fn every_orientation_puts_the_stored_top_left_where_exif_says() {
        let mut raw = Vec::new();
        for v in 0..6u8 {
            raw.extend_from_slice(&[v, 0, 0, 255]);
        }
        for o in 1..=8u8 {
            let img = orient(image::RgbaImage::from_raw(3, 2, raw.clone()).unwrap(), o);
            let (w, h) = if o >= 5 { (2, 3) } else { (3, 2) };
            assert_eq!((img.width, img.height), (w, h), "orientation {o}");
            let at = |x: u32, y: u32| img.data[((y * w + x) * 4) as usize];
            // Stored (0,0) = 0, (2,0) = 2, (0,1) = 3.
            let tl = match o {
                1 | 5 => (0, 0),
                2 | 6 => (w - 1, 0),
                3 | 7 => (w - 1, h - 1),
                _ => (0, h - 1),
            };
            assert_eq!(at(tl.0, tl.1), 0, "orientation {o}: stored top-left");
            // The stored top row runs along the displayed top (1–4) or a displayed side (5–8).
            let next = match o {
                1 => (1, 0),
                2 => (1, 0),
                3 => (1, 1),
                4 => (1, 1),
                5 => (0, 1),
                6 => (1, 1),
                7 => (1, 1),
                _ => (0, 1),
            };
            assert_eq!(at(next.0, next.1), 1, "orientation {o}: stored (1,0)");
        }
    }

    #[test]
    fn wanted_size_follows_the_crop_and_never_enlarges() {
        let item = ImageItem {
            photo: "p".into(),
            rect: zhanban_frames::Rect::new(0.0, 0.0, 100.0, 50.0),
            crop: zhanban_frames::Rect::new(0.0, 0.0, 2000.0, 1000.0),
            orientation: 1,
            pixel_width: 4000,
            pixel_height: 1000,
        };
        // 100 mm at 2 px/mm = 200 px for 2000 crop px: scale 0.1 of the whole photo.
        assert_eq!(wanted_size(&item, 2.0), (400, 100));
        assert_eq!(wanted_size(&item, 100.0), (4000, 1000));
    }
}
