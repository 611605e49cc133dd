//! Issue #20: font files are memory-mapped once per process, never read into the heap, and the mapping is the one
//! every reader gets from `zhanban-fontfiles`. Its own test binary (own process), so other tests' allocations do
//! not blur the heap figure. Linux: reads RssAnon from /proc/self/status.

mod common;

use std::sync::Arc;

use common::ts;
use zhanban_typeset::ParagraphStyle;

/// Anonymous (heap and other private) resident memory of this process, bytes.
fn rss_anon() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("RssAnon:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kb * 1024
}

#[cfg(target_os = "linux")]
#[test]
fn cjk_font_files_are_mapped_not_read_and_shared_with_every_reader() {
    let before = rss_anon();
    // Every bundled family, regular and bold, shaping the whole corpus.
    let mut faces = Vec::new();
    for font in ["思源黑体", "思源宋体", "霞鹜文楷"] {
        for weight in [400, 700] {
            let st = ParagraphStyle {
                weight,
                ..ParagraphStyle::body(font, 12.0)
            };
            for (_, para) in common::corpus_paragraphs() {
                let p = ts().prepare(&para, &st).unwrap();
                faces.extend(p.faces.iter().cloned());
            }
        }
    }
    faces.sort_by_key(|f| Arc::as_ptr(f) as usize);
    faces.dedup_by_key(|f| Arc::as_ptr(f) as usize);
    let mut files: Vec<_> = faces.iter().map(|f| f.path.clone()).collect();
    files.sort();
    files.dedup();
    let file_bytes: u64 = files.iter().map(|p| std::fs::metadata(p).unwrap().len()).sum();
    let grown = rss_anon().saturating_sub(before);
    assert!(files.len() >= 5, "the test should load several CJK files: {files:?}");
    // Read whole, these files would add their size to the heap; mapped, only the shaping caches are private.
    assert!(
        grown < file_bytes / 4,
        "heap grew {} MB with {} MB of font files in use",
        grown >> 20,
        file_bytes >> 20
    );
    // One mapping per file for the process: what the PDF writer, raster and preflight open is the typesetter's.
    for f in &faces {
        let opened = zhanban_fontfiles::open(&f.path).unwrap();
        assert!(Arc::ptr_eq(&opened, &f.data), "{} mapped twice", f.path.display());
    }
    eprintln!(
        "font files in use: {} ({} MB); heap growth while shaping the corpus in 6 styles: {} MB",
        files.len(),
        file_bytes >> 20,
        grown >> 20
    );
}
