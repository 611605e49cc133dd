//! Probe: everything the library records about a photo, read from headers only — no pixel is decoded and nothing
//! large is allocated, so decompression bombs are refused here, before any decoder runs.
//!
//! Owns `PhotoInfo` and the limit checks; it must not decode pixels or make thumbnails (see `decode`, `thumbnail`).

use std::io::Cursor;

use image::{ImageDecoder, ImageFormat, ImageReader};
use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, PhotoError};
use crate::exif_meta::read_exif;
use crate::jpeg_header::{read_header, HeaderError, JpegHeader};
use crate::orientation::displayed_size;
use crate::sniff::{sniff, Format};

/// Default refusal threshold: 250 million pixels (a 16 000×15 000 panorama still passes).
pub const DEFAULT_MAX_PIXELS: u64 = 250_000_000;

/// How the colours of the stored pixels are modelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorModel {
    Rgb,
    Grey,
    /// Four-component JPEG stored as CMYK.
    Cmyk,
    /// Four-component JPEG stored as YCCK (Adobe transform 2).
    Ycck,
}

/// What the project keeps about a photo (serialised as the metadata JSON of a photos row).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoInfo {
    pub format: Format,
    /// Pixel width as displayed (after EXIF orientation).
    pub width: u32,
    /// Pixel height as displayed (after EXIF orientation).
    pub height: u32,
    /// Pixel size as stored in the file (before orientation).
    pub stored_width: u32,
    pub stored_height: u32,
    /// EXIF orientation 1–8 (1 = upright or no EXIF).
    pub orientation: u8,
    pub color_model: ColorModel,
    /// JPEG only: the file has an Adobe APP14 segment (Adobe CMYK JPEGs are stored inverted: a PDF needs
    /// `/Decode [1 0 1 0 1 0 1 0]`).
    pub adobe_app14: bool,
    /// JPEG only: the APP14 transform flag (0 none, 1 YCbCr, 2 YCCK) when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adobe_transform: Option<u8>,
    pub has_icc: bool,
    pub has_alpha: bool,
    /// Bits per channel as stored (8 for nearly every photo; 16 for some PNG/TIFF; 1–4 for palette images).
    pub bit_depth: u8,
    /// JPEG only: progressive (multi-scan) rather than baseline/sequential.
    pub progressive: bool,
    /// EXIF DateTimeOriginal as ISO 8601 local time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_taken: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera_make: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera_model: Option<String>,
}

/// Header facts plus what the decoder needs to know (kept beside `PhotoInfo`).
#[derive(Clone, Debug)]
pub(crate) struct Probed {
    pub info: PhotoInfo,
    pub jpeg: Option<JpegHeader>,
}

/// Reads a photo's facts from its bytes without decoding pixels. `file` names it in errors.
pub fn probe(bytes: &[u8], file: &str, max_pixels: u64) -> Result<PhotoInfo, PhotoError> {
    probe_inner(bytes, file, max_pixels).map(|p| p.info)
}

pub(crate) fn probe_inner(bytes: &[u8], file: &str, max_pixels: u64) -> Result<Probed, PhotoError> {
    let err = |kind| PhotoError::new(file, kind);
    if bytes.is_empty() {
        return Err(err(ErrorKind::Empty));
    }
    let format = sniff(bytes).ok_or_else(|| err(ErrorKind::NotAnImage))?;
    let exif = || read_exif(bytes);
    match format {
        Format::Heif => Err(err(ErrorKind::Heic)),
        Format::Jpeg => {
            let h = read_header(bytes).map_err(|e| match e {
                HeaderError::Truncated => err(ErrorKind::Truncated),
                HeaderError::Corrupt(detail) => err(ErrorKind::Corrupt { detail }),
            })?;
            check_pixels(h.width as u64, h.height as u64, max_pixels, file)?;
            if let Some(what) = h.exotic {
                return Err(err(ErrorKind::Unsupported { detail: what.into() }));
            }
            if h.precision != 8 {
                return Err(err(ErrorKind::Unsupported {
                    detail: format!("{}-bit samples", h.precision),
                }));
            }
            if h.height == 0 {
                return Err(err(ErrorKind::Unsupported {
                    detail: "height defined by DNL".into(),
                }));
            }
            let color_model = match (h.components, h.adobe) {
                (1, _) => ColorModel::Grey,
                (3, _) => ColorModel::Rgb,
                (4, Some(2)) => ColorModel::Ycck,
                (4, _) => ColorModel::Cmyk,
                (n, _) => {
                    return Err(err(ErrorKind::Unsupported {
                        detail: format!("{n} components"),
                    }))
                }
            };
            let e = exif();
            let (width, height) = displayed_size(h.width, h.height, e.orientation);
            let info = PhotoInfo {
                format,
                width,
                height,
                stored_width: h.width,
                stored_height: h.height,
                orientation: e.orientation,
                color_model,
                adobe_app14: h.adobe.is_some(),
                adobe_transform: h.adobe,
                has_icc: h.has_icc,
                has_alpha: false,
                bit_depth: h.precision,
                progressive: h.progressive,
                date_taken: e.date_taken,
                camera_make: e.camera_make,
                camera_model: e.camera_model,
            };
            Ok(Probed { info, jpeg: Some(h) })
        }
        _ => {
            let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format(format));
            reader.limits(limits(max_pixels));
            let mut decoder = reader.into_decoder().map_err(|e| image_error(file, e))?;
            let (w, h) = decoder.dimensions();
            check_pixels(w as u64, h as u64, max_pixels, file)?;
            if w == 0 || h == 0 {
                return Err(err(ErrorKind::Corrupt {
                    detail: "zero size".into(),
                }));
            }
            let original = decoder.original_color_type();
            let color = decoder.color_type();
            let has_icc = decoder.icc_profile().ok().flatten().is_some_and(|p| !p.is_empty());
            let channels = original.channel_count().max(1);
            let bit_depth = (original.bits_per_pixel() / channels as u16) as u8;
            let e = exif();
            let (width, height) = displayed_size(w, h, e.orientation);
            let info = PhotoInfo {
                format,
                width,
                height,
                stored_width: w,
                stored_height: h,
                orientation: e.orientation,
                color_model: if color.has_color() {
                    ColorModel::Rgb
                } else {
                    ColorModel::Grey
                },
                adobe_app14: false,
                adobe_transform: None,
                has_icc,
                has_alpha: color.has_alpha(),
                bit_depth,
                progressive: false,
                date_taken: e.date_taken,
                camera_make: e.camera_make,
                camera_model: e.camera_model,
            };
            Ok(Probed { info, jpeg: None })
        }
    }
}

fn check_pixels(w: u64, h: u64, max_pixels: u64, file: &str) -> Result<(), PhotoError> {
    if w.saturating_mul(h) > max_pixels {
        return Err(PhotoError::new(
            file,
            ErrorKind::TooManyPixels {
                width: w,
                height: h,
                limit: max_pixels,
            },
        ));
    }
    Ok(())
}

pub(crate) fn image_format(format: Format) -> ImageFormat {
    match format {
        Format::Jpeg => ImageFormat::Jpeg,
        Format::Png => ImageFormat::Png,
        Format::Webp => ImageFormat::WebP,
        Format::Tiff => ImageFormat::Tiff,
        Format::Bmp => ImageFormat::Bmp,
        Format::Gif => ImageFormat::Gif,
        Format::Heif => ImageFormat::Avif, // never decoded: refused in probe
    }
}

/// Decoder limits: the pixel limit at 16 bits × 4 channels, plus slack, as a backstop to the header check.
pub(crate) fn limits(max_pixels: u64) -> image::Limits {
    let mut l = image::Limits::default();
    l.max_alloc = Some(max_pixels.saturating_mul(8).saturating_add(64 << 20));
    l
}

/// Maps an `image` error on `file` to ours.
pub(crate) fn image_error(file: &str, e: image::ImageError) -> PhotoError {
    use image::ImageError as E;
    let kind = match e {
        E::IoError(ref io) if io.kind() == std::io::ErrorKind::UnexpectedEof => ErrorKind::Truncated,
        E::Decoding(ref d) if is_eof_text(&d.to_string()) => ErrorKind::Truncated,
        E::Unsupported(ref u) => ErrorKind::Unsupported { detail: u.to_string() },
        E::Limits(_) => ErrorKind::TooManyPixels {
            width: 0,
            height: 0,
            limit: 0,
        },
        other => ErrorKind::Corrupt {
            detail: other.to_string(),
        },
    };
    PhotoError::new(file, kind)
}

fn is_eof_text(s: &str) -> bool {
    let s = s.to_ascii_lowercase();
    s.contains("eof") || s.contains("end of file") || s.contains("unexpected end") || s.contains("truncated")
}
