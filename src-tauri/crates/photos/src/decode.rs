//! Decoding to 8-bit RGB, as small as the caller allows: JPEGs are decoded scaled in the DCT domain (1/2, 1/4, 1/8
//! IDCT), other formats fully. CMYK/YCCK are converted with the Adobe inversion; alpha is flattened onto white.
//!
//! Owns the pixels in stored orientation; it must not resize, rotate or encode (see `thumbnail`, `orientation`).

use std::io::Cursor;

use image::{DynamicImage, ImageReader};

use crate::error::{ErrorKind, PhotoError};
use crate::jpeg_header::has_end_marker;
use crate::probe::{image_error, image_format, limits, Probed};
use crate::sniff::Format;

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
            decode_jpeg(bytes, file, min_w, min_h)
        }
        (format, _) => decode_other(bytes, file, format, max_pixels),
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

fn decode_other(bytes: &[u8], file: &str, format: Format, max_pixels: u64) -> Result<Rgb, PhotoError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format(format));
    reader.limits(limits(max_pixels));
    let decoder = reader.into_decoder().map_err(|e| image_error(file, e))?;
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
