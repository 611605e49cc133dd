//! Issue 7: the folder export's memory must not grow with the number of boards. The same export (board PDFs, the
//! review PDF, proof JPEGs) of 3 and of 10 boards runs in a child process each, and their peak resident memory
//! (VmHWM) is compared. Three boards already use all twelve real photos in every slot a later board uses, so only the
//! number of boards differs. A ratio, not a timing: it fails if memory grows with the boards (boards exported one at
//! a time, so the peak does not depend on which boards a parallel pool happens to overlap).

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;

use common::{image_item, out_dir, run_of, SANS, SANS_BOLD, SC};
use zhanban_frames::*;
use zhanban_pdf::{export_folder, FolderOptions};

const CHILD: &str = "ZB_MEMORY_CHILD";
const DIR: &str = "ZB_MEMORY_DIR";

/// Twelve real photos (wallpapers, 0.3–7 MB JPEG, some progressive), sorted by name.
fn photos() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir("/usr/share/backgrounds")
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jpg") && p.metadata().is_ok_and(|m| m.len() > 250_000))
        .collect();
    v.sort();
    assert!(
        v.len() >= 12,
        "scripts/setup installs the wallpaper packages; found {}",
        v.len()
    );
    v.truncate(12);
    v
}

/// Board `k` (0-based): a title and photos 4k … 4k+3 (mod 12) in four slots, each large on the board.
fn board(k: usize, photos: &[PathBuf]) -> BoardFrame {
    let mut items = vec![Item {
        id: "title".into(),
        source: Source::Exhibition { field: "title".into() },
        kind: ItemKind::Text(TextBlock {
            rect: Rect::new(40.0, 40.0, 1100.0, 60.0),
            role: TextRole::BoardTitle,
            min_size_pt: 72.0,
            runs: vec![run_of(
                SANS_BOLD,
                SC,
                1,
                72.0,
                40.0,
                90.0,
                &format!("第{}部分 模范机关建设", k + 1),
            )],
        }),
    }];
    let slots = [
        Rect::new(40.0, 130.0, 550.0, 360.0),
        Rect::new(610.0, 130.0, 550.0, 360.0),
        Rect::new(40.0, 510.0, 550.0, 360.0),
        Rect::new(610.0, 510.0, 550.0, 360.0),
    ];
    for (j, rect) in slots.into_iter().enumerate() {
        let n = (4 * k + j) % photos.len();
        items.push(Item {
            id: format!("p{j}"),
            source: Source::Photo { hash: format!("h{n}") },
            kind: image_item(&format!("h{n}"), &photos[n], 1, rect),
        });
        items.push(Item {
            id: format!("c{j}"),
            source: Source::Caption { hash: format!("h{n}") },
            kind: ItemKind::Text(TextBlock {
                rect: Rect::new(rect.x, rect.bottom() - 12.0, rect.w, 12.0),
                role: TextRole::Caption,
                min_size_pt: 24.0,
                runs: vec![run_of(
                    SANS,
                    SC,
                    0,
                    24.0,
                    rect.x,
                    rect.bottom() - 2.0,
                    "主题党日活动现场",
                )],
            }),
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
        fonts: vec![
            FontFace {
                family: "Noto Sans CJK SC".into(),
                path: SANS.into(),
                index: SC,
                synthetic_bold: false,
            },
            FontFace {
                family: "Noto Sans CJK SC".into(),
                path: SANS_BOLD.into(),
                index: SC,
                synthetic_bold: false,
            },
        ],
        items,
    }
}

fn vmhwm_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The child: exports `ZB_MEMORY_CHILD` boards and prints its peak memory. Does nothing in a normal test run.
#[test]
fn memory_child() {
    let Ok(n) = std::env::var(CHILD) else { return };
    let n: usize = n.parse().unwrap();
    let dir = PathBuf::from(std::env::var(DIR).unwrap());
    let photos = photos();
    let frames: Vec<BoardFrame> = (0..n).map(|k| board(k, &photos)).collect();
    let bytes: HashMap<String, PathBuf> = photos
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("h{i}"), p.clone()))
        .collect();
    // One board at a time: which boards of a parallel pool overlap varies with timing (measured: 10 boards peaked
    // 1.11–1.34× 3 boards with the pool, on the same code), which would make a ratio flaky; a board at a time
    // shows exactly whether anything is kept from board to board.
    let opts = FolderOptions {
        title: "内存".into(),
        parallel: false,
        ..Default::default()
    };
    let out = dir.join(format!("out{n}"));
    let rep = export_folder(&frames, &bytes, &opts, &out, &|_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(rep.boards.len(), n);
    assert_eq!(rep.proofs.len(), n);
    println!("vmhwm_kb={}", vmhwm_kb());
}

fn child(n: usize, dir: &Path) -> u64 {
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["memory_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD, n.to_string())
        .env(DIR, dir)
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{s}{}", String::from_utf8_lossy(&out.stderr));
    s.lines()
        .find_map(|l| l.split_once("vmhwm_kb=").map(|(_, v)| v.trim().to_string()))
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no vmhwm in {s}"))
}

#[test]
fn folder_export_memory_does_not_grow_with_the_number_of_boards() {
    let dir = out_dir("memory");
    let three = child(3, &dir);
    let ten = child(10, &dir);
    eprintln!("peak memory of the folder export: 3 boards {three} kB, 10 boards {ten} kB");
    assert!(three > 0 && ten > 0);
    // Measured one board at a time: 1.07–1.23× (allocator and review-PDF bookkeeping vary run to run). Keeping one
    // board's decoded photos (4 photos, ~20 MB each) per board would add ~550 MB over seven more boards (≥ 3×), so
    // 1.4× still fails on the fault this test is for.
    assert!(
        (ten as f64) <= 1.4 * three as f64,
        "10 boards peaked at {ten} kB, more than 1.4 × the {three} kB of 3 boards"
    );
}
