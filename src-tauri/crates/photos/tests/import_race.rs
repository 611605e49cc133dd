//! The in-batch de-duplication of parallel workers: a copy is reported "重复，未再次保存" only when an earlier copy was
//! really processed (and so stored). Copies of a broken file all fail with their own message; copies of a good
//! file give one photo and duplicates. Repeated many times, because the fault was a race.

mod common;

use std::path::Path;
use std::sync::atomic::AtomicBool;

use common::*;
use zhanban_photos::{import_paths, ImportEvent, ImportOptions};

/// Imports `dir` with many workers and returns (processed, duplicates, failed).
fn run(dir: &Path) -> (usize, usize, usize) {
    let opts = ImportOptions {
        threads: 6,
        ..Default::default()
    };
    let (mut processed, mut duplicates, mut failed) = (0, 0, 0);
    import_paths(&[dir.to_path_buf()], &opts, &AtomicBool::new(false), &|_| false, |e| {
        match e {
            ImportEvent::Processed(_) => processed += 1,
            ImportEvent::Duplicate { .. } => duplicates += 1,
            ImportEvent::Failed { .. } => failed += 1,
            _ => {}
        }
        Ok::<_, ()>(())
    })
    .unwrap();
    (processed, duplicates, failed)
}

fn copies(name: &str, bytes: &[u8], n: usize, ext: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    for i in 0..n {
        std::fs::write(dir.join(format!("副本{i:02}.{ext}")), bytes).unwrap();
    }
    dir
}

#[test]
fn copies_of_a_truncated_jpeg_are_never_duplicates() {
    let full = std::fs::read(PHOTO_LANDSCAPE).unwrap();
    let dir = copies("race-jpeg", &full[..full.len() * 2 / 3], 20, "jpg");
    for round in 0..40 {
        assert_eq!(run(&dir), (0, 0, 20), "round {round}");
    }
}

/// A broken file that takes a while to fail (a PNG cut short near its end decodes most rows first) widens the
/// window in which the old bookkeeping called later copies duplicates of a photo never stored.
#[test]
fn copies_of_a_slowly_failing_png_are_never_duplicates() {
    let img = image::RgbImage::from_fn(1600, 1200, |x, y| {
        image::Rgb([((x * 7) ^ (y * 3)) as u8, (x + y) as u8, (x * y) as u8])
    });
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let dir = copies("race-png", &png[..png.len() - png.len() / 20], 20, "png");
    for round in 0..10 {
        assert_eq!(run(&dir), (0, 0, 20), "round {round}");
    }
}

#[test]
fn copies_of_a_good_photo_are_one_photo_and_duplicates() {
    let dir = copies("race-good", &std::fs::read(PHOTO_PROGRESSIVE).unwrap(), 12, "jpg");
    for round in 0..5 {
        assert_eq!(run(&dir), (1, 11, 0), "round {round}");
    }
}
