//! Sharpness: the variance of the 4-neighbour Laplacian of the grey thumbnail (higher = sharper). Blurred, shaken or
//! out-of-focus shots score low; comparable between photos because every thumbnail has the same long edge.
//!
//! Owns only the measure; it must not decide which photo to use (layout's selection does).

use image::GrayImage;

/// Variance of the Laplacian over the interior pixels.
pub fn variance_of_laplacian(grey: &GrayImage) -> f32 {
    let (w, h) = grey.dimensions();
    if w < 3 || h < 3 {
        return 0.0;
    }
    let px = grey.as_raw();
    let at = |x: u32, y: u32| px[(y * w + x) as usize] as f64;
    let (mut sum, mut sum2, mut n) = (0.0f64, 0.0f64, 0.0f64);
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            let l = at(x - 1, y) + at(x + 1, y) + at(x, y - 1) + at(x, y + 1) - 4.0 * at(x, y);
            sum += l;
            sum2 += l * l;
            n += 1.0;
        }
    }
    let mean = sum / n;
    (sum2 / n - mean * mean) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blur_lowers_the_score() {
        let img = GrayImage::from_fn(200, 150, |x, y| {
            image::Luma([if (x / 6 + y / 6) % 2 == 0 { 30 } else { 220 }])
        });
        let blurred = image::imageops::blur(&img, 3.0);
        let flat = GrayImage::from_pixel(50, 50, image::Luma([128]));
        assert!(variance_of_laplacian(&img) > 4.0 * variance_of_laplacian(&blurred));
        assert_eq!(variance_of_laplacian(&flat), 0.0);
    }
}
