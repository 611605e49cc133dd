//! EXIF orientation: the displayed size of a photo and the rotation/flip of decoded pixels to make them upright.
//!
//! Owns the eight EXIF transforms on interleaved 8-bit buffers; it must not decode, resize or read metadata.

/// Size as displayed: orientations 5–8 swap width and height.
pub fn displayed_size(width: u32, height: u32, orientation: u8) -> (u32, u32) {
    if (5..=8).contains(&orientation) {
        (height, width)
    } else {
        (width, height)
    }
}

/// The orientation that undoes `orientation` (6 and 8 swap; the others are their own inverse).
pub fn inverse(orientation: u8) -> u8 {
    match orientation {
        6 => 8,
        8 => 6,
        o => o,
    }
}

/// Applies EXIF `orientation` to a stored `width`×`height` image of `channels` interleaved bytes per pixel and returns
/// the upright pixels with their size. Orientation 1 (or anything outside 1–8) returns the input unchanged.
pub fn apply(pixels: Vec<u8>, width: u32, height: u32, channels: usize, orientation: u8) -> (Vec<u8>, u32, u32) {
    if !(2..=8).contains(&orientation) {
        return (pixels, width, height);
    }
    let (w, h) = (width as usize, height as usize);
    let (dw, dh) = displayed_size(width, height, orientation);
    let (dw, dh) = (dw as usize, dh as usize);
    let mut out = vec![0u8; pixels.len()];
    for dy in 0..dh {
        let row = &mut out[dy * dw * channels..(dy + 1) * dw * channels];
        for dx in 0..dw {
            let (sx, sy) = match orientation {
                2 => (w - 1 - dx, dy),
                3 => (w - 1 - dx, h - 1 - dy),
                4 => (dx, h - 1 - dy),
                5 => (dy, dx),
                6 => (dy, h - 1 - dx),
                7 => (w - 1 - dy, h - 1 - dx),
                _ => (w - 1 - dy, dx), // 8
            };
            let s = (sy * w + sx) * channels;
            row[dx * channels..(dx + 1) * channels].copy_from_slice(&pixels[s..s + channels]);
        }
    }
    (out, dw as u32, dh as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 3×2 grey image with distinct values: [1 2 3 / 4 5 6].
    fn img() -> Vec<u8> {
        vec![1, 2, 3, 4, 5, 6]
    }

    #[test]
    fn the_eight_transforms() {
        let cases: [(u8, &[u8], (u32, u32)); 8] = [
            (1, &[1, 2, 3, 4, 5, 6], (3, 2)),
            (2, &[3, 2, 1, 6, 5, 4], (3, 2)),
            (3, &[6, 5, 4, 3, 2, 1], (3, 2)),
            (4, &[4, 5, 6, 1, 2, 3], (3, 2)),
            (5, &[1, 4, 2, 5, 3, 6], (2, 3)),
            (6, &[4, 1, 5, 2, 6, 3], (2, 3)),
            (7, &[6, 3, 5, 2, 4, 1], (2, 3)),
            (8, &[3, 6, 2, 5, 1, 4], (2, 3)),
        ];
        for (o, want, size) in cases {
            let (got, w, h) = apply(img(), 3, 2, 1, o);
            assert_eq!((&got[..], (w, h)), (want, size), "orientation {o}");
            // Undoing brings the original back.
            let (back, bw, bh) = apply(got, w, h, 1, inverse(o));
            assert_eq!((back, bw, bh), (img(), 3, 2), "inverse of {o}");
        }
    }
}
