//! The import pipeline on real photos: progress, de-duplication (in the batch and against the project), cancel.

mod common;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use common::*;
use zhanban_photos::{content_hash, import_paths, ImportEvent, ImportOptions};

fn folder_of_photos(name: &str) -> PathBuf {
    let dir = scratch(name);
    let sub = dir.join("子目录 二");
    std::fs::create_dir_all(&sub).unwrap();
    for (i, src) in [PHOTO_LANDSCAPE, PHOTO_PORTRAIT, PHOTO_PROGRESSIVE].iter().enumerate() {
        std::fs::copy(src, dir.join(format!("照片 {i}.jpg"))).unwrap();
    }
    // The same bytes again under another name, deeper down: a duplicate.
    std::fs::copy(PHOTO_LANDSCAPE, sub.join("副本.JPG")).unwrap();
    // A photo without an extension is still found (sniffed); a text file is skipped quietly.
    std::fs::copy(
        "/usr/share/backgrounds/mate/nature/GreenMeadow.jpg",
        sub.join("无扩展名"),
    )
    .unwrap();
    std::fs::write(sub.join("readme.md"), "# not a photo").unwrap();
    dir
}

#[test]
fn progress_duplicates_and_known_hashes() {
    let dir = folder_of_photos("import");
    let known_hash = content_hash(&std::fs::read(PHOTO_PORTRAIT).unwrap());
    let known = |h: &str| h == known_hash;
    let mut events = Vec::new();
    let summary = import_paths(
        &[dir],
        &ImportOptions::default(),
        &AtomicBool::new(false),
        &known,
        |ev| {
            events.push(ev);
            Ok::<(), ()>(())
        },
    )
    .unwrap();
    assert_eq!(
        (
            summary.total,
            summary.processed,
            summary.duplicates,
            summary.failed,
            summary.skipped
        ),
        (5, 3, 2, 0, 1)
    );
    assert!(!summary.cancelled);
    assert!(matches!(events[0], ImportEvent::Started { total: 5, skipped: 1 }));
    // Every outcome is preceded by a progress event counting up to the total.
    let dones: Vec<usize> = events
        .iter()
        .filter_map(|e| {
            if let ImportEvent::Progress { done, .. } = e {
                Some(*done)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(dones, [1, 2, 3, 4, 5]);
    let mut names = HashSet::new();
    for e in &events {
        if let ImportEvent::Processed(p) = e {
            // The original, byte for byte, with its hash; thumbnails are JPEGs.
            assert_eq!(p.bytes, std::fs::read(&p.path).unwrap());
            assert_eq!(p.hash, content_hash(&p.bytes));
            assert!(p.thumb.jpeg.starts_with(&[0xFF, 0xD8]) && p.thumb_small.jpeg.starts_with(&[0xFF, 0xD8]));
            assert_eq!(p.thumb.width.max(p.thumb.height), 512);
            assert_eq!(p.thumb_small.width.max(p.thumb_small.height), 160);
            names.insert(p.file_name.clone());
        }
    }
    assert!(names.contains("无扩展名"));
    let dup_names: HashSet<String> = events
        .iter()
        .filter_map(|e| {
            if let ImportEvent::Duplicate { file_name, .. } = e {
                Some(file_name.clone())
            } else {
                None
            }
        })
        .collect();
    // The portrait is in the project already; one of the two identical landscapes is a duplicate of the other.
    assert!(dup_names.contains("照片 1.jpg"));
    assert!(dup_names.contains("副本.JPG") || dup_names.contains("照片 0.jpg"));
}

#[test]
fn cancel_stops_promptly_and_keeps_what_was_delivered() {
    // Twelve distinct files (a byte appended after the end of image makes each copy unique).
    let dir = scratch("cancel");
    let base = std::fs::read(PHOTO_LANDSCAPE).unwrap();
    for i in 0..12u8 {
        let mut b = base.clone();
        b.push(i);
        std::fs::write(dir.join(format!("{i:02}.jpg")), b).unwrap();
    }
    let cancel = AtomicBool::new(false);
    let mut delivered = 0;
    let summary = import_paths(&[dir], &ImportOptions::default(), &cancel, &|_| false, |ev| {
        if let ImportEvent::Processed(_) = ev {
            delivered += 1;
            if delivered == 2 {
                cancel.store(true, Ordering::Relaxed);
            }
        }
        Ok::<(), ()>(())
    })
    .unwrap();
    assert!(summary.cancelled);
    assert_eq!(summary.processed, 2);
    assert_eq!(delivered, 2);
}

#[test]
fn a_sink_error_stops_the_run_and_is_returned() {
    let dir = folder_of_photos("sink-error");
    let mut seen = 0;
    let r = import_paths(
        &[dir],
        &ImportOptions::default(),
        &AtomicBool::new(false),
        &|_| false,
        |ev| {
            if let ImportEvent::Processed(_) = ev {
                seen += 1;
                return Err("disk full");
            }
            Ok(())
        },
    );
    assert_eq!(r, Err("disk full"));
    assert_eq!(seen, 1);
}

/// A big photo first and small ones after it: the small ones finish first on the other workers, yet the sink meets
/// every file in the walked order, so the same drop always makes the same project.
#[test]
fn outcomes_arrive_in_the_walked_order() {
    let dir = scratch("import-order");
    std::fs::copy(PHOTO_LANDSCAPE, dir.join("a 大图.jpg")).unwrap();
    let small = {
        let (rgb, w, h) = decode_rgb(&std::fs::read(PHOTO_PORTRAIT).unwrap());
        let (sw, sh) = (w / 16, h / 16);
        encode_rgb(&resize_rgb(rgb, w, h, sw, sh), sw, sh, 85, false)
    };
    for i in 0..6 {
        // Each small photo differs by one byte in its comment so none is a duplicate of another.
        let mut bytes = small.clone();
        bytes.splice(2..2, [0xFF, 0xFE, 0x00, 0x03, b'0' + i as u8]);
        std::fs::write(dir.join(format!("b 小图 {i}.jpg")), bytes).unwrap();
    }
    let mut order = Vec::new();
    let opts = ImportOptions {
        threads: 3,
        queue: 1,
        ..ImportOptions::default()
    };
    import_paths(&[dir], &opts, &AtomicBool::new(false), &|_: &str| false, |ev| {
        match ev {
            ImportEvent::Processed(p) => order.push(p.index),
            ImportEvent::Duplicate { index, .. } | ImportEvent::Failed { index, .. } => order.push(index),
            _ => {}
        }
        Ok::<(), ()>(())
    })
    .unwrap();
    assert_eq!(order, (0..7).collect::<Vec<_>>());
}
