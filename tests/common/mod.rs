//! Helpers shared by the integration tests: running zhanban-cli, and finding real material (the corpus in
//! ../shared/corpus, camera photos from Debian's wallpaper packages installed by scripts/setup).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn cli(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .args(args)
        .output()
        .expect("zhanban-cli runs")
}

pub fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name)
}

/// Real camera photos (JPEG, over 500 kB), sorted by path, from the wallpaper packages.
pub fn real_photos() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for root in ["/usr/share/backgrounds", "/usr/share/wallpapers"] {
        collect(Path::new(root), &mut found);
    }
    found.sort();
    assert!(
        found.len() >= 20,
        "scripts/setup installs the wallpaper packages with real photos; found {}",
        found.len()
    );
    found
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("jpg"))
            && e.metadata().is_ok_and(|m| m.len() > 500_000)
        {
            out.push(p);
        }
    }
}

/// The first `n` real photos of camera size (≥ 6 MP), which layout can print large at ≥ 100 ppi.
pub fn camera_photos(n: usize) -> Vec<PathBuf> {
    let photos: Vec<PathBuf> = real_photos()
        .into_iter()
        .filter(|p| {
            let bytes = std::fs::read(p).unwrap();
            zhanban_photos::probe(&bytes, "x", u64::MAX)
                .is_ok_and(|i| u64::from(i.width) * u64::from(i.height) >= 6_000_000)
        })
        .take(n)
        .collect();
    assert_eq!(photos.len(), n, "{n} camera-sized photos in the wallpaper packages");
    photos
}

pub fn s(p: &Path) -> &std::ffi::OsStr {
    p.as_os_str()
}
