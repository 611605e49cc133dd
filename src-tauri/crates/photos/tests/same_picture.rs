//! Same-picture detection on real pictures: every picture the set-up's wallpaper packages install (Debian's desktop
//! backgrounds: camera photos and artworks, one file per picture) against its WeChat-size copy, rotated re-encodes,
//! an EXIF-rotated re-encode and a mild crop — all must be found as the same picture — and all pairs of different
//! pictures — none may be. Prints the distance margins. Also: no faces are found in pictures without people.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use image::{imageops, RgbImage};
use zhanban_photos::fingerprint::{HASH_BITS, SAME_PICTURE};
use zhanban_photos::{process, Analysis, ProcessOptions};

/// One file per distinct picture: top-level backgrounds, MATE's nature and abstract sets (Elephants only in its
/// largest size), and the largest image of each Plasma wallpaper (its other files are the same picture resized;
/// the `images_dark` variants are left out as recoloured copies).
fn pictures() -> Vec<PathBuf> {
    let mut out = Vec::new();
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
    let bg = Path::new("/usr/share/backgrounds");
    out.extend(files(bg));
    out.extend(files(&bg.join("mate/nature")));
    out.extend(
        files(&bg.join("mate/abstract"))
            .into_iter()
            .filter(|p| !p.to_string_lossy().contains("Elephants") || p.ends_with("Elephants_5640x3172.jpg")),
    );
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
            out.push(biggest);
        }
    }
    out
}

/// The import's analysis; `faces` off for the copies (only their fingerprints are compared; detection is slow).
fn analysis(bytes: &[u8], faces: bool) -> Analysis {
    let opts = ProcessOptions {
        faces,
        ..Default::default()
    };
    process(bytes, "x.jpg", &opts).unwrap().analysis
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
    original: Analysis,
    /// (what copy, distance to the original)
    copies: Vec<(&'static str, u32)>,
}

fn measure(i: usize, path: &Path) -> Option<Measured> {
    let bytes = std::fs::read(path).unwrap();
    // Transparent artworks have no one look to copy (each program flattens them onto its own ground): left out.
    if zhanban_photos::probe(&bytes, "x", u64::MAX).ok()?.has_alpha {
        return None;
    }
    let original = analysis(&bytes, true);
    let full = image::load_from_memory(&bytes).unwrap().into_rgb8();
    // Copies are made from a 1600 px version (a phone-size original) to keep the test quick.
    let base = fit(&full, 1600);
    let (w, h) = base.dimensions();
    let turned = match i % 3 {
        0 => imageops::rotate90(&base),
        1 => imageops::rotate180(&base),
        _ => imageops::rotate270(&base),
    };
    // Stored turned left with EXIF Orientation 6: displays as the original.
    let exif_turned = with_orientation(&jpeg(&imageops::rotate270(&base), 85), 6);
    let crop = imageops::crop_imm(&base, w * 5 / 100, h * 3 / 100, w * 92 / 100, h * 92 / 100).to_image();
    let wechat = jpeg(&fit(&base, 1080), 70);
    let wechat_turned = jpeg(&fit(&turned, 1080), 70);
    let copies = vec![
        ("wechat", wechat),
        ("turned", jpeg(&turned, 85)),
        ("wechat_turned", wechat_turned),
        ("exif_turned", exif_turned),
        ("crop", jpeg(&crop, 85)),
    ]
    .into_iter()
    .map(|(kind, b)| (kind, original.fingerprint.distance(&analysis(&b, false).fingerprint)))
    .collect();
    Some(Measured {
        name: picture_name(path),
        original,
        copies,
    })
}

#[test]
#[ignore = "thresholds not yet confirmed for the whole-and-centre fingerprint (see the photos README); run with --ignored"]
fn copies_are_the_same_picture_and_different_pictures_are_not() {
    let paths = pictures();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let measured = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(p) = paths.get(i) else { break };
                if let Some(m) = measure(i, p) {
                    measured.lock().unwrap().push((i, m));
                }
            });
        }
    });
    let mut measured = measured.into_inner().unwrap();
    measured.sort_by_key(|(i, _)| *i);
    let measured: Vec<Measured> = measured.into_iter().map(|(_, m)| m).collect();
    assert!(
        measured.len() >= 55,
        "only {} pictures: run scripts/setup",
        measured.len()
    );

    let mut farthest_same = (0, String::new());
    for m in &measured {
        for (kind, d) in &m.copies {
            if *d > farthest_same.0 {
                farthest_same = (*d, format!("{} ({kind})", m.name));
            }
        }
    }
    let mut different = Vec::new();
    for (i, a) in measured.iter().enumerate() {
        for b in &measured[i + 1..] {
            let d = a.original.fingerprint.distance(&b.original.fingerprint);
            different.push((d, format!("{} / {}", a.name, b.name)));
        }
    }
    different.sort();
    println!("closest different pairs: {:?}", &different[..8]);
    let closest_different = different[0].clone();
    let pairs = measured.len() * (measured.len() - 1) / 2;
    println!(
        "{} pictures, {} copies, {pairs} different pairs; farthest same: {} bits ({}); closest different: {} bits ({}); \
         threshold {SAME_PICTURE} of {HASH_BITS}",
        measured.len(),
        measured.len() * 5,
        farthest_same.0,
        farthest_same.1,
        closest_different.0,
        closest_different.1
    );
    for m in &measured {
        println!("{:48} {:?} faces {}", m.name, m.copies, m.original.faces.len());
    }
    assert!(
        farthest_same.0 <= SAME_PICTURE,
        "a copy was not found: {farthest_same:?}"
    );
    assert!(
        closest_different.0 > SAME_PICTURE,
        "a false match: {closest_different:?}"
    );
}
