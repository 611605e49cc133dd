//! Faces and the subject's centre, found offline on the upright thumbnail.
//!
//! Faces: SeetaFace's frontal detector (funnel-structured LAB/SURF-MLP cascade) as ported by `rustface`, with its
//! model `assets/seeta_fd_frontal_v1.0.bin` (1.2 MB, BSD-2-Clause, copied from the `rustface` crate package; licence
//! beside it) compiled into the binary: nothing is downloaded or read from disk at run time. Saliency: the centre of
//! the faces when there are any, else the centroid of edge energy (where the detail is) pulled towards the middle.
//!
//! Owns detection and the subject centre; it must not crop (layout's gallery does) or store.

use std::sync::OnceLock;

use image::GrayImage;
use serde::{Deserialize, Serialize};

/// The SeetaFace frontal face model, from the `rustface` crate package (BSD-2-Clause).
pub static MODEL_BYTES: &[u8] = include_bytes!("../assets/seeta_fd_frontal_v1.0.bin");

/// Long edge of the grey image faces are looked for in: a group photo's faces are about 2 % of the long edge, 20 px
/// here (at 512 px they would be 10 px, below what the detector sees).
pub const DETECT_LONG_EDGE: u32 = 1024;

/// Smallest face looked for, in detection-image pixels (SeetaFace's lower limit is 20).
const MIN_FACE: u32 = 20;
/// Cascade score a window needs to count as a face. SeetaFace's demo uses 2.0; a little higher keeps textures in
/// landscapes and buildings from being taken for faces (measured on the set-up's photos: see the tests).
const SCORE: f64 = 2.0;

/// A face box in fractions of the upright picture (0..1 from the top-left), with the detector's score.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Face {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub score: f32,
}

fn model() -> Option<&'static rustface::Model> {
    static MODEL: OnceLock<Option<rustface::Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| rustface::read_model(std::io::Cursor::new(MODEL_BYTES)).ok())
        .as_ref()
}

/// The upright grey image faces are looked for in, from a decode in stored orientation (RGB, interleaved): at most
/// [`DETECT_LONG_EDGE`] px on the long edge.
pub fn detection_image(rgb: &[u8], width: u32, height: u32, orientation: u8) -> GrayImage {
    let grey = crate::fingerprint::grey_of(rgb, width, height);
    let (w, h) = crate::thumbnail::fit(width, height, DETECT_LONG_EDGE);
    let grey = if (w, h) == (width, height) {
        grey
    } else {
        image::imageops::resize(&grey, w, h, image::imageops::FilterType::Triangle)
    };
    let (data, w, h) = crate::orientation::apply(grey.into_raw(), w, h, 1, orientation);
    GrayImage::from_raw(w, h, data).unwrap_or_else(|| GrayImage::new(1, 1))
}

/// The detector's settings: smallest face, score, pyramid step and window step.
pub fn configure(detector: &mut dyn rustface::Detector) {
    detector.set_min_face_size(MIN_FACE);
    detector.set_score_thresh(SCORE);
    detector.set_pyramid_scale_factor(0.8);
    detector.set_slide_window_step(4, 4);
}

/// The faces in an upright grey image, largest first. Empty if the model could not be read (never at run time:
/// the model is part of the binary and a test reads it).
pub fn detect(grey: &GrayImage) -> Vec<Face> {
    let Some(model) = model() else {
        return Vec::new();
    };
    let (w, h) = grey.dimensions();
    if w < MIN_FACE || h < MIN_FACE {
        return Vec::new();
    }
    let mut detector = rustface::create_detector_with_model(model.clone());
    configure(detector.as_mut());
    let image = rustface::ImageData::new(grey.as_raw(), w, h);
    let (fw, fh) = (w as f32, h as f32);
    let mut faces: Vec<Face> = detector
        .detect(&image)
        .iter()
        .map(|f| {
            let b = f.bbox();
            // Boxes may reach past the edges; keep them inside the picture.
            let x0 = (b.x() as f32).clamp(0.0, fw);
            let y0 = (b.y() as f32).clamp(0.0, fh);
            let x1 = (b.x() as f32 + b.width() as f32).clamp(0.0, fw);
            let y1 = (b.y() as f32 + b.height() as f32).clamp(0.0, fh);
            Face {
                x: x0 / fw,
                y: y0 / fh,
                w: (x1 - x0) / fw,
                h: (y1 - y0) / fh,
                score: f.score() as f32,
            }
        })
        .filter(|f| f.w > 0.0 && f.h > 0.0)
        .collect();
    faces.sort_by(|a, b| (b.w * b.h).total_cmp(&(a.w * a.h)));
    faces
}

/// The subject's centre in fractions of the picture: the area-weighted centre of the faces, else where the detail
/// is (centroid of gradient energy on a 64 px copy, half-way towards the middle).
pub fn saliency_centre(grey: &GrayImage, faces: &[Face]) -> (f32, f32) {
    if !faces.is_empty() {
        let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
        for f in faces {
            let a = f.w * f.h;
            sx += (f.x + f.w / 2.0) * a;
            sy += (f.y + f.h / 2.0) * a;
            sw += a;
        }
        return (sx / sw, sy / sw);
    }
    let small = image::imageops::resize(grey, 64, 64, image::imageops::FilterType::Triangle);
    let at = |x: u32, y: u32| small.get_pixel(x, y).0[0] as f32;
    let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
    for y in 1..63 {
        for x in 1..63 {
            let gx = at(x + 1, y) - at(x - 1, y);
            let gy = at(x, y + 1) - at(x, y - 1);
            let e = (gx * gx + gy * gy).sqrt();
            sx += e * (x as f32 + 0.5) / 64.0;
            sy += e * (y as f32 + 0.5) / 64.0;
            sw += e;
        }
    }
    if sw <= 0.0 {
        return (0.5, 0.5);
    }
    (0.5 + (sx / sw - 0.5) * 0.5, 0.5 + (sy / sw - 0.5) * 0.5)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_model_reads() {
        assert!(super::model().is_some());
    }
}
