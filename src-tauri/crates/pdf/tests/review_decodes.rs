//! Issue 20: a folder export with the 审阅 folder reads and decodes each photo once for the review page and the
//! proof together (the proof takes the review page's pixels, or the bytes it read), and the board PDFs read each
//! photo once (no separate read to verify them first). Counted, not timed: `zhanban_raster::decodes()` and a
//! `PhotoBytes` that counts reads. One test in its own binary, so no other test decodes meanwhile.

mod common;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use common::{image_item, out_dir, run_of, SANS, SC};
use zhanban_frames::*;
use zhanban_pdf::{export_folder, FolderOptions, PhotoBytes};

/// Photo files by hash, counting the reads of each.
struct Counting {
    files: HashMap<String, PathBuf>,
    reads: Mutex<HashMap<String, usize>>,
}

impl PhotoBytes for Counting {
    fn original(&self, hash: &str) -> std::io::Result<Vec<u8>> {
        *self.reads.lock().unwrap().entry(hash.to_string()).or_default() += 1;
        self.files.original(hash)
    }
}

/// Six real photos (wallpaper JPEGs, 0.3–7 MB, some progressive), sorted by name.
fn photos() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir("/usr/share/backgrounds")
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jpg") && p.metadata().is_ok_and(|m| m.len() > 250_000))
        .collect();
    v.sort();
    assert!(v.len() >= 6, "scripts/setup installs the wallpaper packages");
    v.truncate(6);
    v
}

/// A board with a caption and photos in `slots` (photo `first + j` in slot `j`).
fn board(k: usize, first: usize, slots: &[Rect], photos: &[PathBuf]) -> BoardFrame {
    let mut items = vec![Item {
        id: "t".into(),
        source: Source::Exhibition { field: "title".into() },
        kind: ItemKind::Text(TextBlock {
            rect: Rect::new(40.0, 30.0, 500.0, 30.0),
            role: TextRole::BoardTitle,
            min_size_pt: 48.0,
            runs: vec![run_of(SANS, SC, 0, 48.0, 40.0, 60.0, "主题党日活动")],
        }),
    }];
    for (j, rect) in slots.iter().enumerate() {
        let n = first + j;
        items.push(Item {
            id: format!("p{j}"),
            source: Source::Photo { hash: format!("h{n}") },
            kind: image_item(&format!("h{n}"), &photos[n], 1, *rect),
        });
    }
    BoardFrame {
        id: format!("b{k}"),
        number: k + 1,
        name: format!("第{}部分", k + 1),
        width: 1200.0,
        height: 900.0,
        bleed: 3.0,
        safe: 20.0,
        background: Color::WHITE,
        fonts: vec![FontFace {
            family: "Noto Sans CJK SC".into(),
            path: SANS.into(),
            index: SC,
            synthetic_bold: false,
        }],
        items,
    }
}

#[test]
fn the_review_page_and_the_proof_decode_each_photo_once() {
    let photos = photos();
    // Board 1: three small slots (every photo at ≥ 2× the review's 100 ppi: its review copy is decoded and
    // downsampled). Board 2: three large slots (below 200 ppi: the review embeds the JPEG, only the proof decodes).
    let small: Vec<Rect> = (0..3)
        .map(|j| Rect::new(40.0 + 260.0 * j as f64, 100.0, 240.0, 160.0))
        .collect();
    let large: Vec<Rect> = (0..3)
        .map(|j| Rect::new(40.0 + 380.0 * j as f64, 100.0, 1100.0 / 3.0, 700.0))
        .collect();
    let frames = vec![board(0, 0, &small, &photos), board(1, 3, &large, &photos)];
    let counting = Counting {
        files: photos
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("h{i}"), p.clone()))
            .collect(),
        reads: Mutex::default(),
    };
    let opts = FolderOptions {
        title: "解码".into(),
        ..Default::default()
    };
    let dir = out_dir("review-decodes");
    let before = zhanban_raster::decodes();
    let rep = export_folder(
        &frames,
        &counting,
        &opts,
        &dir.join("out"),
        &|_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    let decoded = zhanban_raster::decodes() - before;
    assert_eq!(rep.proofs.len(), 2);
    assert!(rep.review.is_some());
    // Before: the review page decoded board 1's three photos and the proof decoded all six again (9).
    assert_eq!(
        decoded,
        photos.len(),
        "photos decoded for the review page and the proofs"
    );
    // Each photo read twice: once for its board PDF, once for the review page and proof together (before: four
    // times — verified up front, the board, the review page, the proof).
    let reads = counting.reads.lock().unwrap();
    for i in 0..photos.len() {
        assert_eq!(reads.get(&format!("h{i}")), Some(&2), "reads of photo h{i}: {reads:?}");
    }
    drop(reads);
    // The proofs look as when each decoded its own photos: within 2 levels on average.
    for (f, proof) in frames.iter().zip(&rep.proofs) {
        let shared = image::open(proof).unwrap().into_rgb8();
        let own = zhanban_raster::proof_jpeg(f, &counting.files, opts.proof_long_edge_px).unwrap();
        let own = image::load_from_memory(&own).unwrap().into_rgb8();
        assert_eq!(shared.dimensions(), own.dimensions());
        let diff: u64 = shared
            .as_raw()
            .iter()
            .zip(own.as_raw())
            .map(|(a, b)| u64::from(a.abs_diff(*b)))
            .sum();
        let mean = diff as f64 / shared.as_raw().len() as f64;
        assert!(mean < 2.0, "{}: mean difference {mean:.2}", proof.display());
    }
}
