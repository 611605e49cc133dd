//! zhanban-photos: the image side of the photo library — what a photo is (format sniffed from content, size as
//! displayed, EXIF orientation, colour model, ICC, date, camera), its content hash, its upright thumbnails, and a
//! streaming, cancellable, parallel import pipeline that hands each result to the caller.
//!
//! This crate knows nothing of storage (no SQLite, no project file) and nothing of Tauri: the caller stores what it
//! receives. All user-facing text lives in `error.rs`.

pub mod analysis;
mod decode;
pub mod error;
mod exif_meta;
pub mod faces;
pub mod fingerprint;
pub mod hash;
pub mod import;
mod jpeg_header;
pub mod orientation;
pub mod probe;
pub mod scans;
pub mod sharpness;
pub mod sniff;
pub mod thumbnail;

pub use analysis::{analyse, Analysis};
pub use error::{ErrorKind, PhotoError, ReadFailure};
pub use faces::Face;
pub use fingerprint::Fingerprint;
pub use hash::content_hash;
pub use import::{import_paths, ImportEvent, ImportOptions, ImportSummary, Processed};
pub use probe::{probe, ColorModel, PhotoInfo, DEFAULT_MAX_PIXELS};
pub use sniff::{sniff, Format};
pub use thumbnail::{ThumbOptions, Thumbnail};

/// Options for processing one photo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProcessOptions {
    /// Refuse images with more pixels than this (checked from the header, before decoding).
    pub max_pixels: u64,
    pub thumbs: ThumbOptions,
    /// Look for faces (on a grey copy of up to [`faces::DETECT_LONG_EDGE`] px from the reduced decode). Off for
    /// previews that only need pixels.
    pub faces: bool,
}

impl Default for ProcessOptions {
    fn default() -> Self {
        ProcessOptions {
            max_pixels: DEFAULT_MAX_PIXELS,
            thumbs: ThumbOptions::default(),
            faces: true,
        }
    }
}

/// A photo's facts, its two upright thumbnails and what it shows (measured on the main thumbnail).
#[derive(Clone, Debug, PartialEq)]
pub struct PhotoThumbs {
    pub info: PhotoInfo,
    pub thumb: Thumbnail,
    pub thumb_small: Thumbnail,
    pub analysis: Analysis,
}

/// Probes one file's bytes, makes its thumbnails and analyses the main one. `file` (the base name) names it in errors.
pub fn process(bytes: &[u8], file: &str, opts: &ProcessOptions) -> Result<PhotoThumbs, PhotoError> {
    let probed = probe::probe_inner(bytes, file, opts.max_pixels)?;
    let (thumb, thumb_small, analysis) = thumbnail::make_thumbnails(bytes, file, &probed, opts)?;
    Ok(PhotoThumbs {
        info: probed.info,
        thumb,
        thumb_small,
        analysis,
    })
}
