//! Photos for the PDF: fetches originals through [`PhotoBytes`], embeds JPEGs as they are (DCTDecode, metadata
//! segments removed, compressed data untouched), other formats losslessly (Flate), downsamples only when a target
//! resolution is asked for, and computes the matrix that crops, rotates and flips a photo for its EXIF orientation.
//! Owns image dictionaries and placement maths; must not write page content or files.

use std::collections::BTreeMap;
use std::io::Write;

use printpdf::{DictItem, ExternalStream};
use zhanban_frames::ImageItem;

use crate::cmyk::CmykTransform;
use crate::error::{PdfError, Result};
use crate::geometry::PageGeometry;
use crate::jpeg;

use zhanban_raster::DecodedPhotos;
/// Where the PDF writer gets the photos' original bytes (by content hash): the trait is zhanban-raster's, so that the
/// proof images read the same source; the project store implements it, and `HashMap<String, PathBuf>` for files.
pub use zhanban_raster::PhotoBytes;

/// An image XObject ready to be registered: its dictionary and its stream data (already encoded).
pub(crate) struct PreparedImage {
    pub dict: BTreeMap<String, DictItem>,
    pub data: Vec<u8>,
    /// Stored (un-oriented) pixel size of the embedded image.
    pub width: u32,
    pub height: u32,
    /// The original pixel size (before any downsampling), for placement.
    pub original_width: u32,
    pub original_height: u32,
}

fn name(s: &str) -> DictItem {
    DictItem::Name(s.as_bytes().to_vec())
}

fn base_dict(w: u32, h: u32, bits: u8, filter: &str) -> BTreeMap<String, DictItem> {
    BTreeMap::from([
        ("Type".to_string(), name("XObject")),
        ("Subtype".to_string(), name("Image")),
        ("Width".to_string(), DictItem::Int(w as i64)),
        ("Height".to_string(), DictItem::Int(h as i64)),
        ("BitsPerComponent".to_string(), DictItem::Int(bits as i64)),
        ("Filter".to_string(), name(filter)),
    ])
}

/// `[/ICCBased <profile>]` when the embedded profile is sound for `n` components, else the device space.
fn colour_space(n: u8, icc: Option<&[u8]>) -> DictItem {
    let device = match n {
        1 => "DeviceGray",
        4 => "DeviceCMYK",
        _ => "DeviceRGB",
    };
    let expected: &[u8] = match n {
        1 => b"GRAY",
        4 => b"CMYK",
        _ => b"RGB ",
    };
    match icc {
        Some(p) if p.len() > 128 && &p[36..40] == b"acsp" && &p[16..20] == expected => DictItem::Array(vec![
            name("ICCBased"),
            DictItem::Stream {
                stream: ExternalStream {
                    dict: BTreeMap::from([
                        ("N".to_string(), DictItem::Int(n as i64)),
                        ("Alternate".to_string(), name(device)),
                    ]),
                    content: p.to_vec(),
                    compress: true,
                },
            },
        ]),
        _ => name(device),
    }
}

fn flate(data: &[u8]) -> Result<Vec<u8>> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    e.write_all(data)
        .and_then(|_| e.finish())
        .map_err(|e| PdfError::Pdf(e.to_string()))
}

fn unreadable(hash: &str, reason: impl ToString) -> PdfError {
    PdfError::PhotoUnreadable {
        hash: hash.to_string(),
        reason: reason.to_string(),
    }
}

/// Prepares one placed photo. `target_ppi`: when set, photos above twice that resolution at their printed size are
/// downsampled to it (review copies); never upsampled. `cmyk`: RGB photos are converted to DeviceCMYK (CMYK and
/// greyscale JPEGs pass through unchanged). `proof`: the board's proof drawing, handed the photo from the bytes read
/// here — the pixels decoded for the review copy when they are large enough, else decoded from these bytes — so
/// that the review page and the proof read and decode each photo once (issue 20).
pub(crate) fn prepare(
    item: &ImageItem,
    photos: &dyn PhotoBytes,
    target_ppi: Option<f64>,
    cmyk: Option<&CmykTransform>,
    proof: Option<&DecodedPhotos>,
) -> Result<PreparedImage> {
    let bytes = photos.original(&item.photo).map_err(|e| PdfError::PhotoMissing {
        hash: item.photo.clone(),
        reason: e.to_string(),
    })?;
    if jpeg::is_jpeg(&bytes) {
        let info = jpeg::info(&bytes).map_err(|e| unreadable(&item.photo, e.0))?;
        if let Some(factor) = downsample_factor(item, info.width, info.height, target_ppi) {
            // Decoded at reduced size in the DCT domain (1/2–1/8) and shrunk from there: a full decode of a 12 MP
            // photo cost ~1 s and ~100 MB per review page (issue 7 bench).
            // Only photos at twice the target or more are downsampled, so the decode is at 1/2 scale or smaller: a
            // quarter of the pixels at most (the peak memory of the review export, issue 7).
            let (w, h) = scaled(info.width, info.height, factor);
            // One decode for the review copy and the proof: at the larger of the two sizes (the proof's is smaller
            // unless the board is small), shrunk for each.
            let (pw, ph) = proof.map_or((0, 0), |p| p.wanted_stored(item));
            let (dw, dh) = (w.max(pw).min(info.width), h.max(ph).min(info.height));
            let decoded = zhanban_raster::decode_upright(&bytes, 1, dw, dh).map_err(|e| unreadable(&item.photo, e))?;
            drop(bytes);
            let decoded = image::RgbaImage::from_raw(decoded.width, decoded.height, decoded.data)
                .ok_or_else(|| unreadable(&item.photo, "像素数据不完整"))?;
            if let Some(p) = proof {
                p.offer(item, &decoded);
            }
            let small = if decoded.width() > w || decoded.height() > h {
                zhanban_raster::shrink_area(&decoded, w.min(decoded.width()), h.min(decoded.height()))
            } else {
                decoded
            };
            // RGBA → RGB in place: no second copy of the pixels.
            let (sw, sh) = small.dimensions();
            let mut rgb = small.into_raw();
            let n = rgb.len() / 4;
            for i in 0..n {
                rgb.copy_within(i * 4..i * 4 + 3, i * 3);
            }
            rgb.truncate(n * 3);
            let img =
                image::RgbImage::from_raw(sw, sh, rgb).ok_or_else(|| unreadable(&item.photo, "像素数据不完整"))?;
            return downsampled(&item.photo, img.into(), factor, info.width, info.height, cmyk);
        }
        if let Some(p) = proof {
            p.preload(item, &bytes);
        }
        if let (Some(t), 3) = (cmyk, info.components) {
            // CMYK output: decoded in its stored orientation (placement rotates it), converted from its own profile
            // (or sRGB), re-encoded as an Adobe CMYK JPEG.
            let rgb = image::load_from_memory(&bytes)
                .map_err(|e| unreadable(&item.photo, e))?
                .into_rgb8();
            drop(bytes);
            let (w, h) = rgb.dimensions();
            let px = t.pixels(rgb.as_raw(), info.icc.as_deref())?;
            drop(rgb);
            return cmyk_jpeg(&item.photo, &px, w, h, info.width, info.height);
        }
        let data = jpeg::strip_metadata(bytes).map_err(|e| unreadable(&item.photo, e.0))?;
        let mut dict = base_dict(info.width, info.height, info.bits, "DCTDecode");
        dict.insert("ColorSpace".into(), colour_space(info.components, info.icc.as_deref()));
        if info.components == 4 && info.adobe {
            // Adobe (Photoshop) writes CMYK JPEGs inverted; without this the colours come out as a negative.
            dict.insert(
                "Decode".into(),
                DictItem::Array([1, 0, 1, 0, 1, 0, 1, 0].map(DictItem::Int).to_vec()),
            );
        }
        return Ok(PreparedImage {
            dict,
            data,
            width: info.width,
            height: info.height,
            original_width: info.width,
            original_height: info.height,
        });
    }
    let img = image::load_from_memory(&bytes).map_err(|e| unreadable(&item.photo, e))?;
    drop(bytes);
    if let Some(p) = proof {
        p.offer(item, &img.to_rgba8());
    }
    let (w, h) = (img.width(), img.height());
    if let Some(factor) = downsample_factor(item, w, h, target_ppi) {
        return downsampled(&item.photo, img, factor, w, h, cmyk);
    }
    lossless(img, w, h, cmyk)
}

/// Converted CMYK pixels as a DCT image (quality 95, no chroma subsampling). jpeg-encoder writes CMYK the Adobe way
/// (inverted, APP14), hence the Decode array.
fn cmyk_jpeg(hash: &str, cmyk: &[u8], w: u32, h: u32, ow: u32, oh: u32) -> Result<PreparedImage> {
    let (Ok(w16), Ok(h16)) = (u16::try_from(w), u16::try_from(h)) else {
        return Err(unreadable(hash, "图像超过 65535 像素，无法转换为 CMYK"));
    };
    let mut data = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut data, 95);
    enc.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_4_4);
    enc.encode(cmyk, w16, h16, jpeg_encoder::ColorType::Cmyk)
        .map_err(|e| unreadable(hash, e))?;
    let mut dict = base_dict(w, h, 8, "DCTDecode");
    dict.insert("ColorSpace".into(), name("DeviceCMYK"));
    dict.insert(
        "Decode".into(),
        DictItem::Array([1, 0, 1, 0, 1, 0, 1, 0].map(DictItem::Int).to_vec()),
    );
    Ok(PreparedImage {
        dict,
        data,
        width: w,
        height: h,
        original_width: ow,
        original_height: oh,
    })
}

/// Lossless embedding of decoded pixels: Flate, with the alpha channel as a soft mask.
fn lossless(img: image::DynamicImage, ow: u32, oh: u32, cmyk: Option<&CmykTransform>) -> Result<PreparedImage> {
    let (w, h) = (img.width(), img.height());
    let has_alpha = img.color().has_alpha();
    let grey = matches!(
        img.color(),
        image::ColorType::L8 | image::ColorType::La8 | image::ColorType::L16 | image::ColorType::La16
    );
    let (pixels, n, alpha) = if grey {
        let la = img.to_luma_alpha8();
        let alpha: Vec<u8> = la.pixels().map(|p| p.0[1]).collect();
        (la.pixels().map(|p| p.0[0]).collect::<Vec<u8>>(), 1, alpha)
    } else {
        let rgba = img.to_rgba8();
        let alpha: Vec<u8> = rgba.pixels().map(|p| p.0[3]).collect();
        let rgb: Vec<u8> = rgba.pixels().flat_map(|p| [p.0[0], p.0[1], p.0[2]]).collect();
        match cmyk {
            Some(t) => (t.pixels(&rgb, None)?, 4, alpha),
            None => (rgb, 3, alpha),
        }
    };
    let mut dict = base_dict(w, h, 8, "FlateDecode");
    dict.insert("ColorSpace".into(), colour_space(n, None));
    if has_alpha {
        let mut mask = base_dict(w, h, 8, "FlateDecode");
        mask.insert("ColorSpace".into(), name("DeviceGray"));
        dict.insert(
            "SMask".into(),
            DictItem::Stream {
                stream: ExternalStream {
                    dict: mask,
                    content: flate(&alpha)?,
                    compress: false,
                },
            },
        );
    }
    Ok(PreparedImage {
        dict,
        data: flate(&pixels)?,
        width: w,
        height: h,
        original_width: ow,
        original_height: oh,
    })
}

/// The scale to apply when the photo is far above the target resolution at its printed size, else None.
fn downsample_factor(item: &ImageItem, w: u32, h: u32, target_ppi: Option<f64>) -> Option<f64> {
    let target = target_ppi?;
    let (dw, _) = displayed_size(item.orientation, w, h);
    // The item's crop is in its displayed pixels; the file may differ in size from what layout saw.
    let ratio = if item.pixel_width > 0 {
        dw as f64 / item.pixel_width as f64
    } else {
        1.0
    };
    let ppi = item.effective_ppi() * ratio;
    (ppi.is_finite() && ppi >= 2.0 * target).then(|| target / ppi)
}

fn scaled(ow: u32, oh: u32, factor: f64) -> (u32, u32) {
    (
        ((ow as f64 * factor).round() as u32).max(1),
        ((oh as f64 * factor).round() as u32).max(1),
    )
}

fn downsampled(
    hash: &str,
    img: image::DynamicImage,
    factor: f64,
    ow: u32,
    oh: u32,
    cmyk: Option<&CmykTransform>,
) -> Result<PreparedImage> {
    let (w, h) = scaled(ow, oh, factor);
    let small = if (img.width(), img.height()) == (w, h) {
        img.into_rgb8()
    } else {
        img.resize_exact(w, h, image::imageops::FilterType::Triangle).to_rgb8()
    };
    if let Some(t) = cmyk {
        return cmyk_jpeg(hash, &t.pixels(small.as_raw(), None)?, w, h, ow, oh);
    }
    let (Ok(w16), Ok(h16)) = (u16::try_from(w), u16::try_from(h)) else {
        return Err(unreadable(hash, "图像超过 65535 像素"));
    };
    let mut data = Vec::new();
    jpeg_encoder::Encoder::new(&mut data, 85)
        .encode(small.as_raw(), w16, h16, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| unreadable(hash, e))?;
    let mut dict = base_dict(w, h, 8, "DCTDecode");
    dict.insert("ColorSpace".into(), name("DeviceRGB"));
    Ok(PreparedImage {
        dict,
        data,
        width: w,
        height: h,
        original_width: ow,
        original_height: oh,
    })
}

/// Displayed size of a stored image under an EXIF orientation.
pub fn displayed_size(orientation: u8, w: u32, h: u32) -> (u32, u32) {
    if (5..=8).contains(&orientation) {
        (h, w)
    } else {
        (w, h)
    }
}

/// Maps a point of the stored image (pixels, origin top-left, y down) to the displayed (upright) image.
fn orient(o: u8, w: f64, h: f64, i: f64, j: f64) -> (f64, f64) {
    match o {
        2 => (w - i, j),
        3 => (w - i, h - j),
        4 => (i, h - j),
        5 => (j, i),
        6 => (h - j, i),
        7 => (h - j, w - i),
        8 => (j, w - i),
        _ => (i, j),
    }
}

/// The PDF matrix `[a b c d e f]` that takes the image's unit square to the page so that the item's crop fills its
/// rect, upright. The three corners of the unit square are mapped through stored → displayed → board mm → page pt,
/// so every orientation comes out of one small table.
pub(crate) fn placement_matrix(item: &ImageItem, stored_w: u32, stored_h: u32, g: &PageGeometry) -> Result<[f64; 6]> {
    let (w, h) = (stored_w as f64, stored_h as f64);
    let (dw, _) = displayed_size(item.orientation, stored_w, stored_h);
    let ratio = if item.pixel_width > 0 {
        dw as f64 / item.pixel_width as f64
    } else {
        1.0
    };
    let (cx, cy, cw, ch) = (
        item.crop.x * ratio,
        item.crop.y * ratio,
        item.crop.w * ratio,
        item.crop.h * ratio,
    );
    let bad = |reason: &str| PdfError::PhotoGeometry {
        hash: item.photo.clone(),
        reason: reason.to_string(),
    };
    if !(cw > 0.0 && ch > 0.0 && item.rect.w > 0.0 && item.rect.h > 0.0) {
        return Err(bad("裁切区域或位置的宽高为零"));
    }
    if ![cx, cy, cw, ch, item.rect.x, item.rect.y].iter().all(|v| v.is_finite()) {
        return Err(bad("坐标不是有效数字"));
    }
    let map = |a: f64, b: f64| {
        let (u, v) = orient(item.orientation, w, h, a * w, (1.0 - b) * h);
        let x = item.rect.x + (u - cx) * item.rect.w / cw;
        let y = item.rect.y + (v - cy) * item.rect.h / ch;
        (g.x(x), g.y(y))
    };
    let (e, f) = map(0.0, 0.0);
    let (ax, ay) = map(1.0, 0.0);
    let (cx2, cy2) = map(0.0, 1.0);
    Ok([ax - e, ay - f, cx2 - e, cy2 - f, e, f])
}

#[cfg(test)]
mod tests {
    use super::*;
    use zhanban_frames::Rect;

    fn item(o: u8, dw: u32, dh: u32) -> ImageItem {
        ImageItem {
            photo: "p".into(),
            rect: Rect::new(10.0, 20.0, 100.0, 50.0),
            crop: Rect::new(0.0, 0.0, dw as f64, dh as f64),
            orientation: o,
            pixel_width: dw,
            pixel_height: dh,
        }
    }

    fn apply(m: &[f64; 6], a: f64, b: f64) -> (f64, f64) {
        (m[0] * a + m[2] * b + m[4], m[1] * a + m[3] * b + m[5])
    }

    #[test]
    fn every_orientation_fills_the_rect_and_puts_the_stored_top_left_where_exif_says() {
        let g = PageGeometry::new(200.0, 100.0, 0.0, false);
        // Stored 400×200; displayed 200×400 for 5–8.
        for o in 1..=8u8 {
            let (dw, dh) = displayed_size(o, 400, 200);
            let m = placement_matrix(&item(o, dw, dh), 400, 200, &g).unwrap();
            // The unit square's image covers exactly the rect.
            let corners: Vec<(f64, f64)> = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
                .iter()
                .map(|&(a, b)| apply(&m, a, b))
                .collect();
            let (minx, maxx) = corners
                .iter()
                .fold((f64::MAX, f64::MIN), |a, c| (a.0.min(c.0), a.1.max(c.0)));
            let (miny, maxy) = corners
                .iter()
                .fold((f64::MAX, f64::MIN), |a, c| (a.0.min(c.1), a.1.max(c.1)));
            let r = g.rect(&Rect::new(10.0, 20.0, 100.0, 50.0));
            for (got, want) in [(minx, r[0]), (miny, r[1]), (maxx, r[2]), (maxy, r[3])] {
                assert!((got - want).abs() < 1e-6, "orientation {o}");
            }
            // The stored image's top-left pixel (unit (0,1)) lands at the displayed corner EXIF prescribes.
            let tl = apply(&m, 0.0, 1.0);
            let want = match o {
                1 | 5 => (r[0], r[3]), // top-left
                2 | 6 => (r[2], r[3]), // top-right
                3 | 7 => (r[2], r[1]), // bottom-right
                _ => (r[0], r[1]),     // 4, 8: bottom-left
            };
            assert!(
                (tl.0 - want.0).abs() < 1e-6 && (tl.1 - want.1).abs() < 1e-6,
                "orientation {o}"
            );
        }
    }

    #[test]
    fn review_downsampling_only_far_above_target() {
        // 4000 px across 254 mm = 400 ppi.
        let mut it = item(1, 4000, 2000);
        it.rect = Rect::new(0.0, 0.0, 254.0, 127.0);
        assert!(downsample_factor(&it, 4000, 2000, None).is_none());
        assert!((downsample_factor(&it, 4000, 2000, Some(100.0)).unwrap() - 0.25).abs() < 1e-9);
        assert!(downsample_factor(&it, 4000, 2000, Some(300.0)).is_none());
    }
}
