//! What a photo shows, measured once at import from the upright thumbnail already decoded: its fingerprint (same
//! picture?), faces, subject centre and sharpness. Stored per photo; layout uses it to choose and crop.
//!
//! Owns only bundling the measures; each lives in its own module.

use image::GrayImage;
use serde::{Deserialize, Serialize};

use crate::faces::{self, Face};
use crate::fingerprint::{grey_of, Fingerprint};
use crate::sharpness::variance_of_laplacian;

/// A photo's analysis (all positions in fractions of the upright picture).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub fingerprint: Fingerprint,
    /// Largest first.
    pub faces: Vec<Face>,
    /// The subject's centre: the faces' centre, else where the detail is.
    pub saliency: (f32, f32),
    /// Variance of the Laplacian of the grey thumbnail.
    pub sharpness: f32,
}

/// Analyses an upright RGB thumbnail (interleaved, 8 bits per channel); faces are looked for in `detect` (an
/// upright grey copy, larger than the thumbnail for small faces), none when it is `None`.
pub fn analyse(data: &[u8], width: u32, height: u32, detect: Option<&GrayImage>) -> Analysis {
    let grey = grey_of(data, width, height);
    let faces = detect.map(faces::detect).unwrap_or_default();
    Analysis {
        fingerprint: Fingerprint::of_grey(&grey),
        saliency: faces::saliency_centre(&grey, &faces),
        sharpness: variance_of_laplacian(&grey),
        faces,
    }
}
