//! Same-picture detection on real pictures, measured: every picture the set-up's wallpaper packages install
//! (Debian's desktop backgrounds: camera photos and artworks, one file per picture) and the photographs of people
//! and places the set-up and the crate packages provide, each against five copies — a WeChat-size copy (smaller,
//! JPEG q70), a pixel-turned re-encode, a WeChat copy of that, an EXIF-turned re-encode and a mild crop (8 % off
//! each axis) — all must be found as the same picture; and every pair of different pictures (originals, and each
//! copy against every other original) — none may be. Prints the distance margins, for the pictures the thresholds
//! were set on (/usr/share/backgrounds) and for the held-out rest separately.
//!
//! The originals are fingerprinted from their files, as import does; to keep the test quick (each original is
//! decoded once) the copies are made small, from the original's upright 512 px thumbnail (a WeChat copy: 400 px,
//! q70). The fingerprint itself only looks at 64×64 pixels, so copy size hardly matters; a first run with copies
//! from a 1600 px decode (≤ 1080 px WeChat copies) measured the same margins within a few bits (see the README).

mod common;

use std::path::{Path, PathBuf};

use common::*;
use image::{imageops, RgbImage};
use zhanban_photos::fingerprint::{Fingerprint, BURST, HASH_BITS, SAME_PICTURE};
use zhanban_photos::{process, ProcessOptions};

/// One file per distinct picture, and whether it is held out (not looked at when the thresholds were set).
/// Tuning set: top-level backgrounds, MATE's nature and abstract sets (Elephants only in its largest size; MATE's
/// desktop set is recolourings of a few artworks). Held out: the largest image of each Plasma wallpaper (its other
/// files are the same picture resized; `images_dark` variants are recoloured copies), scikit-image's astronaut and
/// cameraman, the Solvay group photo (rustface package) and jpeg-decoder's two benchmark photos.
fn pictures() -> Vec<(PathBuf, bool)> {
    let files = |dir: &Path| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        v.retain(|p| {
            p.is_file()
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "jpg" | "jpeg" | "png"))
        });
        v.sort();
        v
    };
    let mut tuning = Vec::new();
    let bg = Path::new("/usr/share/backgrounds");
    tuning.extend(files(bg));
    tuning.extend(files(&bg.join("mate/nature")));
    tuning.extend(
        files(&bg.join("mate/abstract"))
            .into_iter()
            .filter(|p| !p.to_string_lossy().contains("Elephants") || p.ends_with("Elephants_5640x3172.jpg")),
    );
    let mut held_out = Vec::new();
    let mut walls: Vec<PathBuf> = std::fs::read_dir("/usr/share/wallpapers")
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    walls.sort();
    for w in walls {
        let mut fs = files(&w.join("contents/images"));
        fs.extend(files(&w.join("contents")));
        if let Some(biggest) = fs
            .into_iter()
            .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        {
            held_out.push(biggest);
        }
    }
    held_out.push(PathBuf::from(format!("{PEOPLE_DIR}/astronaut.png")));
    held_out.push(PathBuf::from(format!("{PEOPLE_DIR}/camera.png")));
    held_out.extend(crate_file("rustface-0.1.7", "test.png"));
    held_out.extend(crate_file("jpeg-decoder-0.3.2", "benches/tower.jpg"));
    held_out.extend(crate_file("jpeg-decoder-0.3.2", "benches/large_image.jpg"));
    tuning
        .into_iter()
        .map(|p| (p, false))
        .chain(held_out.into_iter().map(|p| (p, true)))
        .collect()
}

/// The import's fingerprint (faces off: only fingerprints are compared here; detection has its own tests).
fn fingerprint(bytes: &[u8]) -> Fingerprint {
    let opts = ProcessOptions {
        faces: false,
        ..Default::default()
    };
    process(bytes, "x.jpg", &opts).unwrap().analysis.fingerprint
}

fn jpeg(img: &RgbImage, q: u8) -> Vec<u8> {
    encode_rgb(img.as_raw(), img.width(), img.height(), q, false)
}

fn fit(img: &RgbImage, long: u32) -> RgbImage {
    let (w, h) = (img.width(), img.height());
    if w.max(h) <= long {
        return img.clone();
    }
    let s = long as f64 / w.max(h) as f64;
    let (nw, nh) = (
        ((w as f64 * s).round() as u32).max(1),
        ((h as f64 * s).round() as u32).max(1),
    );
    RgbImage::from_raw(nw, nh, resize_rgb(img.as_raw().clone(), w, h, nw, nh)).unwrap()
}

/// "Plasma/contents/images/1920x1080.jpg" is named by its wallpaper.
fn picture_name(path: &Path) -> String {
    let s = path.to_string_lossy();
    match s.strip_prefix("/usr/share/wallpapers/") {
        Some(rest) => rest.split('/').next().unwrap_or(rest).to_string(),
        None => path.file_name().unwrap().to_string_lossy().into_owned(),
    }
}

struct Measured {
    name: String,
    held_out: bool,
    original: Fingerprint,
    /// (what copy, its fingerprint)
    copies: Vec<(&'static str, Fingerprint)>,
}

fn measure(i: usize, path: &Path, held_out: bool) -> Option<Measured> {
    let bytes = std::fs::read(path).unwrap();
    // Transparent artworks have no one look to copy (each program flattens them onto its own ground): left out.
    if zhanban_photos::probe(&bytes, "x", u64::MAX).ok()?.has_alpha {
        return None;
    }
    // The original as import sees it; its upright 512 px thumbnail is what the copies are made from.
    let opts = ProcessOptions {
        faces: false,
        ..Default::default()
    };
    let t = process(&bytes, "x.jpg", &opts).unwrap();
    let original = t.analysis.fingerprint;
    let base = image::load_from_memory(&t.thumb.jpeg).unwrap().into_rgb8();
    let (w, h) = base.dimensions();
    let turned = match i % 3 {
        0 => imageops::rotate90(&base),
        1 => imageops::rotate180(&base),
        _ => imageops::rotate270(&base),
    };
    // Stored turned left with EXIF Orientation 6: displays as the original.
    let exif_turned = with_orientation(&jpeg(&imageops::rotate270(&base), 85), 6);
    let crop = imageops::crop_imm(&base, w * 5 / 100, h * 3 / 100, w * 92 / 100, h * 92 / 100).to_image();
    let copies = vec![
        ("wechat", jpeg(&fit(&base, 400), 70)),
        ("turned", jpeg(&turned, 85)),
        ("wechat_turned", jpeg(&fit(&turned, 400), 70)),
        ("exif_turned", exif_turned),
        ("crop", jpeg(&crop, 85)),
    ]
    .into_iter()
    .map(|(kind, b)| (kind, fingerprint(&b)))
    .collect();
    Some(Measured {
        name: picture_name(path),
        held_out,
        original,
        copies,
    })
}

/// Farthest copy from its original, and the closest pair of different pictures (originals, or a copy of one
/// against the other's original), among `set`.
fn margins(set: &[&Measured], all: &[Measured]) -> ((u32, String), (u32, String)) {
    let mut farthest_same = (0, String::new());
    let mut closest_different = (HASH_BITS, String::new());
    for m in set {
        for (kind, f) in &m.copies {
            let d = m.original.distance(f);
            if d > farthest_same.0 {
                farthest_same = (d, format!("{} ({kind})", m.name));
            }
        }
        for o in all.iter().filter(|o| o.name != m.name) {
            let d = m.original.distance(&o.original);
            if d < closest_different.0 {
                closest_different = (d, format!("{} / {}", m.name, o.name));
            }
            for (kind, f) in &m.copies {
                let d = o.original.distance(f);
                if d < closest_different.0 {
                    closest_different = (d, format!("{} ({kind}) / {}", m.name, o.name));
                }
            }
        }
    }
    (farthest_same, closest_different)
}

#[test]
fn copies_are_the_same_picture_and_different_pictures_are_not() {
    let paths = pictures();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let measured = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((p, held_out)) = paths.get(i) else { break };
                if let Some(m) = measure(i, p, *held_out) {
                    measured.lock().unwrap().push((i, m));
                }
            });
        }
    });
    let mut measured = measured.into_inner().unwrap();
    measured.sort_by_key(|(i, _)| *i);
    let measured: Vec<Measured> = measured.into_iter().map(|(_, m)| m).collect();
    assert!(
        measured.len() >= 60,
        "only {} pictures: run scripts/setup (wallpaper packages, test photos) and cargo fetch",
        measured.len()
    );
    let tuning: Vec<&Measured> = measured.iter().filter(|m| !m.held_out).collect();
    let held_out: Vec<&Measured> = measured.iter().filter(|m| m.held_out).collect();
    let n = measured.len();
    println!(
        "{n} pictures ({} tuning, {} held out), {} copies, {} different pairs and {} copy/other-original pairs; \
         SAME_PICTURE {SAME_PICTURE}, BURST {BURST} of {HASH_BITS} bits",
        tuning.len(),
        held_out.len(),
        n * 5,
        n * (n - 1) / 2,
        n * 5 * (n - 1)
    );
    for (label, set) in [("tuning", &tuning), ("held out", &held_out)] {
        let (same, different) = margins(set, &measured);
        println!(
            "{label}: farthest copy {} bits ({}); closest different {} bits ({})",
            same.0, same.1, different.0, different.1
        );
        assert!(same.0 <= SAME_PICTURE, "{label}: a copy was not found: {same:?}");
        assert!(different.0 > SAME_PICTURE, "{label}: a false match: {different:?}");
    }
    for m in &measured {
        let ds: Vec<(&str, u32)> = m.copies.iter().map(|(k, f)| (*k, m.original.distance(f))).collect();
        println!("{:48} {ds:?}", m.name);
    }
}
