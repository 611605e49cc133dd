//! Thumbnails: reduced decode → high-quality resize → EXIF orientation → JPEG, at two sizes (~512 and ~160 px).
//!
//! Owns thumbnail sizes, resampling and encoding; it must not read files, hash or decide about duplicates.

use fast_image_resize::images::Image;
use fast_image_resize::pixels::U8x3;
use fast_image_resize::{FilterType, IntoImageView, IntoImageViewMut, PixelType, ResizeAlg, ResizeOptions, Resizer};
use serde::{Deserialize, Serialize};

use crate::analysis::{analyse, Analysis};
use crate::decode::{decode_rgb, Rgb};
use crate::error::{ErrorKind, PhotoError};
use crate::faces;
use crate::orientation;
use crate::probe::Probed;
use crate::ProcessOptions;

/// A JPEG-encoded, upright thumbnail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thumbnail {
    pub width: u32,
    pub height: u32,
    /// JPEG bytes (baseline, sRGB assumed).
    #[serde(skip)]
    pub jpeg: Vec<u8>,
}

/// Thumbnail sizes and quality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThumbOptions {
    /// Long edge of the main thumbnail in pixels (never upscaled).
    pub long_edge: u32,
    /// Long edge of the small thumbnail, made from the main one.
    pub small_long_edge: u32,
    /// JPEG quality 1–100.
    pub quality: u8,
}

impl Default for ThumbOptions {
    fn default() -> Self {
        ThumbOptions {
            long_edge: 512,
            small_long_edge: 160,
            quality: 82,
        }
    }
}

/// Size that fits `w`×`h` into a `long_edge` square, keeping the aspect ratio; never larger than the original.
pub fn fit(w: u32, h: u32, long_edge: u32) -> (u32, u32) {
    let m = w.max(h);
    if m <= long_edge || m == 0 {
        return (w.max(1), h.max(1));
    }
    let s = long_edge as f64 / m as f64;
    (
        ((w as f64 * s).round() as u32).max(1),
        ((h as f64 * s).round() as u32).max(1),
    )
}

/// Makes both thumbnails of a probed photo, and analyses the upright main one before it is encoded.
pub(crate) fn make_thumbnails(
    bytes: &[u8],
    file: &str,
    probed: &Probed,
    process: &ProcessOptions,
) -> Result<(Thumbnail, Thumbnail, Analysis), PhotoError> {
    let opts = &process.thumbs;
    let info = &probed.info;
    let (tw, th) = fit(info.stored_width, info.stored_height, opts.long_edge);
    let rgb = decode_rgb(bytes, file, probed, tw, th, process.max_pixels)?;
    // Faces are looked for on a larger grey copy of the reduced decode: a group's faces are too small at 512 px.
    let detect = process
        .faces
        .then(|| faces::detection_image(&rgb.data, rgb.width, rgb.height, info.orientation));
    let fail = |detail: String| PhotoError::new(file, ErrorKind::Thumbnail { detail });
    let mut resizer = Resizer::new();
    let (tw, th) = fit(rgb.width, rgb.height, opts.long_edge);
    let main = resize(&mut resizer, rgb, tw, th).map_err(fail)?;
    let (data, w, h) = orientation::apply(main.data, main.width, main.height, 3, info.orientation);
    let main = Rgb {
        width: w,
        height: h,
        data,
    };
    let (sw, sh) = fit(w, h, opts.small_long_edge);
    let main_jpeg = encode(&main, opts.quality).map_err(fail)?;
    let analysis = analyse(&main.data, main.width, main.height, detect.as_ref());
    let small = resize(&mut resizer, main, sw, sh).map_err(fail)?;
    let small_jpeg = encode(&small, opts.quality).map_err(fail)?;
    Ok((
        Thumbnail {
            width: w,
            height: h,
            jpeg: main_jpeg,
        },
        Thumbnail {
            width: small.width,
            height: small.height,
            jpeg: small_jpeg,
        },
        analysis,
    ))
}

fn resize(resizer: &mut Resizer, src: Rgb, w: u32, h: u32) -> Result<Rgb, String> {
    if (src.width, src.height) == (w, h) {
        return Ok(src);
    }
    let src_img = Image::from_vec_u8(src.width, src.height, src.data, PixelType::U8x3).map_err(|e| e.to_string())?;
    let mut dst = Image::new(w, h, PixelType::U8x3);
    // Lanczos3 when shrinking a lot (full decodes), Catmull-Rom for the last < 2× step after a scaled JPEG decode.
    let filter = if src.width >= 2 * w {
        FilterType::Lanczos3
    } else {
        FilterType::CatmullRom
    };
    let opts = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(filter));
    // Typed to the one pixel type resized here: `Resizer::resize` dispatches over all thirteen at run time, which
    // put every pixel type's resamplers for every CPU extension in the program (3.2 MB of code: issue #20).
    {
        let (Some(src_view), Some(mut dst_view)) = (src_img.image_view::<U8x3>(), dst.image_view_mut::<U8x3>()) else {
            return Err("fast_image_resize: not an RGB image".into());
        };
        resizer
            .resize_typed(&src_view, &mut dst_view, &opts)
            .map_err(|e| e.to_string())?;
    }
    Ok(Rgb {
        width: w,
        height: h,
        data: dst.into_vec(),
    })
}

fn encode(img: &Rgb, quality: u8) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(img.data.len() / 8);
    let enc = jpeg_encoder::Encoder::new(&mut out, quality.clamp(1, 100));
    let (w, h) = (
        u16::try_from(img.width).map_err(|e| e.to_string())?,
        u16::try_from(img.height).map_err(|e| e.to_string())?,
    );
    enc.encode(&img.data, w, h, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_keeps_aspect_and_never_upscales() {
        assert_eq!(fit(4000, 3000, 512), (512, 384));
        assert_eq!(fit(3000, 4000, 512), (384, 512));
        assert_eq!(fit(300, 200, 512), (300, 200));
        assert_eq!(fit(10000, 10, 512), (512, 1));
    }
}
