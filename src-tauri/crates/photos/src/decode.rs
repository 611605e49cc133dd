//! Decoding to 8-bit RGB, as small as the caller allows: JPEGs are decoded scaled in the DCT domain (1/2, 1/4, 1/8
//! IDCT), other formats fully. CMYK/YCCK are converted with the Adobe inversion; alpha is flattened onto white.
//!
//! Memory is bounded by pixels × bytes per pixel: a decode whose pixels would take more than [`DECODE_BUDGET`] is
//! done in strips (PNG, any bit depth: row by row, 16-bit reduced to 8-bit, box-averaged down to the size asked for)
//! or refused with its own message (progressive JPEGs, whose decoder keeps every coefficient, and other formats).
//!
//! Owns the pixels in stored orientation; it must not resize, rotate or encode (see `thumbnail`, `orientation`).

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader};

use crate::error::{ErrorKind, PhotoError};
use crate::jpeg_header::has_end_marker;
use crate::probe::{image_error, image_format, limits, Probed};
use crate::sniff::Format;

/// Most memory one photo's pixels may take while decoding (the import decodes one photo per worker thread).
pub const DECODE_BUDGET: u64 = 300 << 20;

/// Interleaved 8-bit RGB pixels, in stored orientation.
pub struct Rgb {
    pub width: u32,
    pub height: u32,
    pub data: Vec<u8>,
}

/// Decodes `bytes` to RGB at least `min_w`×`min_h` where the format allows a reduced decode (JPEG), else in full.
pub(crate) fn decode_rgb(
    bytes: &[u8],
    file: &str,
    probed: &Probed,
    min_w: u32,
    min_h: u32,
    max_pixels: u64,
) -> Result<Rgb, PhotoError> {
    match (probed.info.format, &probed.jpeg) {
        (Format::Jpeg, Some(h)) => {
            if !has_end_marker(bytes, h.first_scan) {
                return Err(PhotoError::new(file, ErrorKind::Truncated));
            }
            // A progressive JPEG's decoder keeps every DCT coefficient (2 bytes a sample) whatever the scale.
            let need = u64::from(h.width) * u64::from(h.height) * u64::from(h.components) * 2;
            if h.progressive && need > DECODE_BUDGET {
                return Err(too_much_memory(file, h.width, h.height, need));
            }
            // A reduced decode of a progressive JPEG reads only the scans its scaled IDCT uses.
            let n = crate::scans::idct_size(h.width, h.height, min_w, min_h);
            let fewer = h
                .progressive
                .then(|| crate::scans::keep_needed_scans(bytes, h.first_scan, n))
                .flatten();
            decode_jpeg(fewer.as_deref().unwrap_or(bytes), file, min_w, min_h)
        }
        (format, _) => decode_other(bytes, file, format, min_w, min_h, max_pixels),
    }
}

fn decode_jpeg(bytes: &[u8], file: &str, min_w: u32, min_h: u32) -> Result<Rgb, PhotoError> {
    let mut dec = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    dec.read_info().map_err(|e| jpeg_error(file, e))?;
    dec.scale(clamp16(min_w), clamp16(min_h))
        .map_err(|e| jpeg_error(file, e))?;
    let pixels = dec.decode().map_err(|e| jpeg_error(file, e))?;
    let info = dec.info().ok_or_else(|| corrupt(file, "no frame"))?;
    let (width, height) = (info.width as u32, info.height as u32);
    let n = width as usize * height as usize;
    use jpeg_decoder::PixelFormat as P;
    let data = match info.pixel_format {
        P::RGB24 => pixels,
        P::L8 => {
            let mut out = Vec::with_capacity(n * 3);
            for &l in &pixels {
                out.extend_from_slice(&[l, l, l]);
            }
            out
        }
        // jpeg-decoder undoes the Adobe inversion and the YCCK transform: these are ink amounts (0 = no ink).
        P::CMYK32 => {
            let mut out = Vec::with_capacity(n * 3);
            for p in pixels.chunks_exact(4) {
                let k = 255 - p[3] as u32;
                let ch = |c: u8| (((255 - c as u32) * k + 127) / 255) as u8;
                out.extend_from_slice(&[ch(p[0]), ch(p[1]), ch(p[2])]);
            }
            out
        }
        P::L16 => {
            return Err(PhotoError::new(
                file,
                ErrorKind::Unsupported {
                    detail: "16-bit JPEG".into(),
                },
            ))
        }
    };
    if data.len() < n * 3 {
        return Err(corrupt(file, "short pixel buffer"));
    }
    Ok(Rgb { width, height, data })
}

fn decode_other(
    bytes: &[u8],
    file: &str,
    format: Format,
    min_w: u32,
    min_h: u32,
    max_pixels: u64,
) -> Result<Rgb, PhotoError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format(format));
    reader.limits(limits(max_pixels));
    let decoder = reader.into_decoder().map_err(|e| image_error(file, e))?;
    let (w, h) = decoder.dimensions();
    let need = full_decode_bytes(w, h, decoder.color_type());
    if need > DECODE_BUDGET {
        return match format {
            Format::Png => decode_png_strips(bytes, file, min_w, min_h, need),
            _ => Err(too_much_memory(file, w, h, need)),
        };
    }
    let img = DynamicImage::from_decoder(decoder).map_err(|e| image_error(file, e))?;
    let (width, height) = (img.width(), img.height());
    let data = if img.color().has_alpha() {
        // Flatten onto white: transparent logos and cut-outs look as they would on a white board.
        let rgba = img.into_rgba8();
        let mut out = Vec::with_capacity(width as usize * height as usize * 3);
        for p in rgba.as_raw().chunks_exact(4) {
            let a = p[3] as u32;
            let mix = |c: u8| ((c as u32 * a + 255 * (255 - a) + 127) / 255) as u8;
            out.extend_from_slice(&[mix(p[0]), mix(p[1]), mix(p[2])]);
        }
        out
    } else {
        img.into_rgb8().into_raw()
    };
    Ok(Rgb { width, height, data })
}

/// The bytes a full decode holds at its peak: the decoded pixels, the 8-bit RGB(A) copy when the decoder's own
/// layout is not already that, and the RGB result when alpha is flattened.
fn full_decode_bytes(w: u32, h: u32, color: image::ColorType) -> u64 {
    use image::ColorType as C;
    let px = u64::from(w) * u64::from(h);
    let per_pixel = match color {
        C::Rgb8 => 3,
        C::Rgba8 => 4 + 3,
        c if c.has_alpha() => u64::from(c.bytes_per_pixel()) + 4 + 3,
        c => u64::from(c.bytes_per_pixel()) + 3,
    };
    px.saturating_mul(per_pixel)
}

/// Decodes a PNG row by row (never holding the image): palette and low bit depths expanded, 16-bit reduced to 8,
/// alpha flattened onto white, and every `k`×`k` block averaged, `k` as large as keeps the result at least
/// `min_w`×`min_h`. Memory: one row and one output row of sums. Interlaced PNGs cannot be read by rows: refused.
fn decode_png_strips(bytes: &[u8], file: &str, min_w: u32, min_h: u32, need: u64) -> Result<Rgb, PhotoError> {
    let mut dec = png::Decoder::new(Cursor::new(bytes));
    dec.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = dec.read_info().map_err(|e| png_error(file, e))?;
    let (w, h) = (reader.info().width, reader.info().height);
    if reader.info().interlaced {
        return Err(too_much_memory(file, w, h, need));
    }
    let channels = reader.output_color_type().0.samples();
    let k = (w / min_w.max(1)).min(h / min_h.max(1)).max(1) as usize;
    let (w, h) = (w as usize, h as usize);
    let (out_w, out_h) = (w.div_ceil(k), h.div_ceil(k));
    let mut sums = vec![0u32; out_w * 3];
    let mut data = Vec::with_capacity(out_w * out_h * 3);
    let mut band = 0;
    for y in 0..h {
        let row = reader
            .next_row()
            .map_err(|e| png_error(file, e))?
            .ok_or_else(|| PhotoError::new(file, ErrorKind::Truncated))?;
        for (x, p) in row.data().chunks_exact(channels).take(w).enumerate() {
            let (r, g, b, a) = match *p {
                [l] => (l, l, l, 255),
                [l, a] => (l, l, l, a),
                [r, g, b] => (r, g, b, 255),
                [r, g, b, a, ..] => (r, g, b, a),
                [] => (255, 255, 255, 255),
            };
            let a = u32::from(a);
            let mix = |c: u8| (u32::from(c) * a + 255 * (255 - a) + 127) / 255;
            let s = &mut sums[x / k * 3..x / k * 3 + 3];
            s[0] += mix(r);
            s[1] += mix(g);
            s[2] += mix(b);
        }
        band += 1;
        if band == k || y + 1 == h {
            for (ox, s) in sums.chunks_exact_mut(3).enumerate() {
                let n = ((w - ox * k).min(k) * band) as u32;
                data.extend(s.iter().map(|&v| ((v + n / 2) / n) as u8));
                s.fill(0);
            }
            band = 0;
        }
    }
    Ok(Rgb {
        width: out_w as u32,
        height: out_h as u32,
        data,
    })
}

fn png_error(file: &str, e: png::DecodingError) -> PhotoError {
    let text = e.to_string();
    let kind = match e {
        png::DecodingError::IoError(ref io) if io.kind() == std::io::ErrorKind::UnexpectedEof => ErrorKind::Truncated,
        _ if text.to_ascii_lowercase().contains("eof") => ErrorKind::Truncated,
        _ => ErrorKind::Corrupt { detail: text },
    };
    PhotoError::new(file, kind)
}

fn too_much_memory(file: &str, width: u32, height: u32, need: u64) -> PhotoError {
    PhotoError::new(
        file,
        ErrorKind::TooMuchMemory {
            width,
            height,
            need_mb: need.div_ceil(1 << 20),
            budget_mb: DECODE_BUDGET >> 20,
        },
    )
}

fn clamp16(v: u32) -> u16 {
    v.clamp(1, u16::MAX as u32) as u16
}

fn corrupt(file: &str, detail: &str) -> PhotoError {
    PhotoError::new(file, ErrorKind::Corrupt { detail: detail.into() })
}

fn jpeg_error(file: &str, e: jpeg_decoder::Error) -> PhotoError {
    use jpeg_decoder::Error as E;
    let kind = match e {
        E::Io(ref io) if io.kind() == std::io::ErrorKind::UnexpectedEof => ErrorKind::Truncated,
        E::Unsupported(ref u) => ErrorKind::Unsupported {
            detail: format!("{u:?}"),
        },
        other => ErrorKind::Corrupt {
            detail: other.to_string(),
        },
    };
    PhotoError::new(file, kind)
}
