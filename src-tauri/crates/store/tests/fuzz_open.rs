//! Seeded mutation fuzzing of opening a project file: a real project (photos, write-ups, settings, boards) is
//! damaged at random (header bytes, bytes inside pages, whole pages zeroed or swapped, truncation, a junk -wal) and
//! opened. It must never panic; a refused file must be left byte-for-byte unchanged and refused as the user's
//! problem, in Chinese; a file that opens must answer `info` without panicking. A short run is part of the normal
//! tests; a long run: ZHANBAN_FUZZ_SECONDS=600 cargo test -p zhanban-store --test fuzz_open -- --nocapture

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

use zhanban_store::{NewPhoto, Project, Thumbnail};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seed_project(path: &Path) {
    let mut p = Project::create(path).unwrap();
    for i in 0..3u8 {
        let original: Vec<u8> = (0..20_000u32).map(|j| (j * 7 + u32::from(i)) as u8).collect();
        p.add_photo(&NewPhoto {
            hash: blake3::hash(&original).to_hex().to_string(),
            file_name: format!("照片{i}.jpg"),
            original,
            format: "jpeg".into(),
            width: 4000,
            height: 3000,
            orientation: 1,
            color_model: "rgb".into(),
            thumbnails: vec![Thumbnail {
                size: 160,
                width: 160,
                height: 120,
                jpeg: vec![i; 3000],
            }],
            ..Default::default()
        })
        .unwrap();
    }
    let s = serde_json::json!({"title": "模范机关建设", "blocks": [{"kind": "paragraph", "text": "正文一段"}]});
    p.add_writeup("文稿.txt", "模范机关建设\n正文一段", &s).unwrap();
    p.set_setting("exhibition", &serde_json::json!({"title": "成果展"}))
        .unwrap();
    p.replace_boards(&[serde_json::json!({"name": "前言"}), serde_json::json!({"name": "成果"})])
        .unwrap();
}

fn damage(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut v = bytes.to_vec();
    let page = u16::from_be_bytes([v[16], v[17]]) as usize;
    for _ in 0..1 + rng.below(4) {
        let len = v.len();
        // An earlier damage may have cut the file: count its pages anew.
        let pages = len / page;
        if len == 0 || pages == 0 {
            break;
        }
        match rng.below(7) {
            0 => {
                let i = rng.below(100.min(len));
                v[i] = rng.next() as u8;
            }
            1 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            2 => {
                // A byte inside a b-tree page header or cell pointer area.
                let p = rng.below(pages);
                let i = (p * page + if p == 0 { 100 } else { 0 } + rng.below(16)).min(len - 1);
                v[i] = rng.next() as u8;
            }
            3 => {
                let p = rng.below(pages);
                let end = ((p + 1) * page).min(len);
                v[p * page..end].fill(0);
            }
            4 => {
                let (a, b) = (rng.below(pages), rng.below(pages));
                if a != b && (a.max(b) + 1) * page <= len {
                    let pa = v[a * page..(a + 1) * page].to_vec();
                    let pb = v[b * page..(b + 1) * page].to_vec();
                    v[a * page..(a + 1) * page].copy_from_slice(&pb);
                    v[b * page..(b + 1) * page].copy_from_slice(&pa);
                }
            }
            5 => v.truncate(rng.below(len)),
            _ => {
                let i = rng.below(len);
                let n = rng.below(64).min(len - i);
                for b in &mut v[i..i + n] {
                    *b = rng.next() as u8;
                }
            }
        }
    }
    v
}

#[test]
fn no_damaged_project_panics_or_changes() {
    let seconds: u64 = std::env::var("ZHANBAN_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let iterations = if seconds > 0 { u64::MAX } else { 120 };
    let dir = tempfile::tempdir().unwrap();
    let seed_path = dir.path().join("种子.zhanban");
    seed_project(&seed_path);
    let seed = std::fs::read(&seed_path).unwrap();
    let path = dir.path().join("受损.zhanban");
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    let mut rng = Rng(std::env::var("ZHANBAN_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0xdb_2026));
    let (start, mut n, mut opened) = (Instant::now(), 0u64, 0u64);
    while n < iterations && (seconds == 0 || start.elapsed() < Duration::from_secs(seconds)) {
        let input = damage(&mut rng, &seed);
        std::fs::write(&path, &input).unwrap();
        let _ = std::fs::remove_file(&wal);
        if rng.below(8) == 0 {
            // A leftover -wal of junk (or of a real-looking header) beside the file.
            let mut junk = b"\x37\x7f\x06\x82\x00\x2d\xe2\x18".to_vec();
            junk.extend((0..rng.below(9000)).map(|_| rng.next() as u8));
            std::fs::write(&wal, junk).unwrap();
        }
        let result = catch_unwind(AssertUnwindSafe(|| match Project::open(&path) {
            Ok(p) => {
                let _ = p.info();
                let _ = p.damaged_originals();
                Ok(())
            }
            Err(e) => Err(e),
        }));
        let crash = dir.path().join(format!("fuzz-crash-{n}.zhanban"));
        match result {
            Err(_) => {
                std::fs::write(&crash, &input).unwrap();
                panic!("input {n} panicked (kept for the report: {})", crash.display());
            }
            Ok(Ok(())) => opened += 1,
            Ok(Err(e)) => {
                let unchanged = std::fs::read(&path).unwrap() == input;
                if !unchanged || !e.is_user_error() {
                    let keep = std::env::temp_dir().join(format!("zhanban-fuzz-open-{n}.zhanban"));
                    std::fs::write(&keep, &input).unwrap();
                    panic!(
                        "input {n} (kept at {}): unchanged {unchanged}, user error {}: {e}",
                        keep.display(),
                        e.is_user_error()
                    );
                }
            }
        }
        n += 1;
    }
    eprintln!(
        "project-open fuzz: {n} damaged files, {opened} opened, the rest refused cleanly, in {:.0?}",
        start.elapsed()
    );
}
