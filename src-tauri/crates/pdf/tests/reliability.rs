//! Export reliability: the print list is safe to open in Excel/WPS (no formula runs), a damaged or missing photo
//! stops the export before anything is written and is named, leftovers of an interrupted export are removed, and
//! I/O failures speak Chinese, name the user's file (never a temporary name) and keep the OS text as a detail.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use common::{image_item, out_dir};
use zhanban_frames::*;
use zhanban_pdf::{clean_leftovers, export_folder, print_list_csv, FolderOptions, PdfError, PhotoBytes};

fn frame(number: usize, name: &str, items: Vec<Item>) -> BoardFrame {
    BoardFrame {
        id: format!("b{number}"),
        number,
        name: name.into(),
        width: 600.0,
        height: 900.0,
        bleed: 3.0,
        safe: 20.0,
        background: Color::WHITE,
        fonts: vec![],
        items,
    }
}

/// Splits one CSV line into cells (quoted cells may hold commas and doubled quotes).
fn cells(line: &str) -> Vec<String> {
    let (mut out, mut cur, mut quoted, mut chars) = (Vec::new(), String::new(), false, line.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out
}

#[test]
fn print_list_cells_cannot_start_a_formula() {
    let names = [
        "=SUM(1+1)*2",
        "@SUM(A1)",
        "+1+2",
        "-2+3",
        "\t=1",
        "\r=1",
        "＝1+1",
        "＋1",
        "－1",
        "＠x",
        "  =HYPERLINK(\"http://x\",\"点我\")",
        "前言, \"引号\"",
        "第一部分 党建引领",
    ];
    let frames: Vec<_> = names.iter().enumerate().map(|(i, n)| frame(i + 1, n, vec![])).collect();
    let csv = print_list_csv(&frames, &FolderOptions::default());
    let lines: Vec<&str> = csv.trim_end_matches("\r\n").split("\r\n").collect();
    // Line breaks inside quoted cells would split lines: none of these names has one except "\r=1", which is quoted.
    let rows: Vec<Vec<String>> = {
        let mut rows = Vec::new();
        let mut pending = String::new();
        for l in &lines[1..] {
            pending.push_str(l);
            if pending.matches('"').count().is_multiple_of(2) {
                rows.push(cells(&pending));
                pending.clear();
            } else {
                pending.push_str("\r\n");
            }
        }
        rows
    };
    assert_eq!(rows.len(), names.len());
    let dangerous = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    for (row, name) in rows.iter().zip(names) {
        let cell = &row[1];
        let shown = cell.trim_start_matches([' ', '\u{3000}']);
        assert!(
            !shown.starts_with(dangerous),
            "cell {cell:?} could start a formula in Excel"
        );
        // Nothing is lost: the cell is the name, with at most a leading apostrophe.
        assert_eq!(cell.strip_prefix('\'').unwrap_or(cell), name, "{cell:?}");
        if name.trim_start().starts_with(dangerous) || name.starts_with(['\t', '\r']) {
            assert_eq!(cell, &format!("'{name}"));
        }
        // The file-name column is derived from the name; it must be safe too.
        assert!(!row[7].starts_with(dangerous), "{:?}", row[7]);
    }
    assert_eq!(rows[12][1], "第一部分 党建引领");
    assert_eq!(rows[11][1], "前言, \"引号\"");
}

/// Photos from files, except the ones listed as damaged, which fail as the project store fails them.
struct Damaged {
    files: HashMap<String, PathBuf>,
    damaged: Vec<&'static str>,
}

impl PhotoBytes for Damaged {
    fn original(&self, hash: &str) -> std::io::Result<Vec<u8>> {
        if self.damaged.contains(&hash) {
            return Err(std::io::Error::other(
                "照片“会场.jpg”的原件在项目文件中已损坏（内容与导入时的校验值不符）",
            ));
        }
        self.files.original(hash)
    }
}

fn photo_boards() -> (Vec<BoardFrame>, HashMap<String, PathBuf>) {
    let bg = Path::new("/usr/share/backgrounds");
    let a = bg.join("Bridge_by_Sander_Klootwijk.jpg");
    let b = bg.join("Dragonfly_by_Bolly.jpg");
    let item = |id: &str, hash: &str, path: &Path| Item {
        id: id.into(),
        source: Source::Theme,
        kind: image_item(hash, path, 1, Rect::new(40.0, 40.0, 500.0, 330.0)),
    };
    let frames = vec![
        frame(1, "前言", vec![item("p1", "good", &a)]),
        frame(2, "成果", vec![item("p2", "bad", &b)]),
    ];
    let files = HashMap::from([("good".to_string(), a), ("bad".to_string(), b)]);
    (frames, files)
}

fn opts() -> FolderOptions {
    FolderOptions {
        review: false,
        ..Default::default()
    }
}

#[test]
fn a_damaged_photo_stops_the_export_before_anything_is_written() {
    let dir = out_dir("reliability-damaged");
    let out = dir.join("导出");
    let (frames, files) = photo_boards();
    let photos = Damaged {
        files,
        damaged: vec!["bad"],
    };
    let err = export_folder(&frames, &photos, &opts(), &out, &|_| {}, &AtomicBool::new(false)).unwrap_err();
    assert!(matches!(err, PdfError::PhotoMissing { .. }), "{err:?}");
    assert!(err.is_user_error());
    let msg = err.to_string();
    assert!(msg.contains("会场.jpg") && msg.contains("已损坏"), "{msg}");
    assert!(!msg.contains("内部错误"), "{msg}");
    assert!(!out.exists(), "nothing may be written, not even the folder");
    // Sound photos export.
    let report = export_folder(
        &frames,
        &Damaged {
            files: photos.files.clone(),
            damaged: vec![],
        },
        &opts(),
        &out,
        &|_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(report.boards.len(), 2);
}

#[test]
fn leftovers_of_an_interrupted_export_are_removed() {
    let dir = out_dir("reliability-leftovers");
    let out = dir.join("导出");
    std::fs::create_dir_all(out.join("审阅")).unwrap();
    std::fs::create_dir_all(out.join("图像")).unwrap();
    let leftovers = [
        out.join(".01-前言.pdf.4242.part"),
        out.join(".打印清单.csv.part"),
        out.join("审阅").join(".展板-审阅.pdf.77.part"),
        out.join("图像").join(".01-前言.jpg.9.part"),
    ];
    let keep = [
        out.join("说明.part"),
        out.join(".part"),
        out.join("审阅").join("备注.txt"),
        out.join(".隐藏文件"),
    ];
    for p in leftovers.iter().chain(&keep) {
        std::fs::write(p, b"x").unwrap();
    }
    let (frames, files) = photo_boards();
    export_folder(&frames, &files, &opts(), &out, &|_| {}, &AtomicBool::new(false)).unwrap();
    for p in &leftovers {
        assert!(!p.exists(), "{} left behind", p.display());
    }
    for p in &keep {
        assert!(p.exists(), "{} is the user's and must stay", p.display());
    }
    let mut parts = Vec::new();
    for d in [out.clone(), out.join("审阅"), out.join("图像")] {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.ends_with(".part") && n.len() > 5 && n.starts_with('.') {
                parts.push(n);
            }
        }
    }
    assert!(parts.is_empty(), "{parts:?}");
    // The function the app calls at start: counts what it removed; a missing folder is fine.
    std::fs::write(out.join(".02-成果.pdf.1.part"), b"x").unwrap();
    assert_eq!(clean_leftovers(&out).unwrap(), 1);
    assert_eq!(clean_leftovers(&dir.join("不存在")).unwrap(), 0);
}

fn assert_user_facing(err: &PdfError, names: &str) {
    let msg = err.to_string();
    assert!(matches!(err, PdfError::Io { .. }), "{err:?}");
    assert!(msg.contains(names), "{msg}");
    assert!(!msg.contains(".part"), "temporary name shown: {msg}");
    assert!(
        !msg.contains("os error") && !msg.contains("directory"),
        "English OS text: {msg}"
    );
    assert!(
        err.detail().is_some_and(|d| d.contains("os error")),
        "{:?}",
        err.detail()
    );
    assert!(err.is_user_error());
}

#[test]
fn io_failures_name_the_users_file_in_chinese() {
    let dir = out_dir("reliability-io");
    let (frames, files) = photo_boards();
    // The export folder's place is taken by a file.
    let blocker = dir.join("文件");
    std::fs::write(&blocker, b"x").unwrap();
    let err = export_folder(
        &frames,
        &files,
        &opts(),
        &blocker.join("导出"),
        &|_| {},
        &AtomicBool::new(false),
    )
    .unwrap_err();
    assert_user_facing(&err, "导出");
    assert!(err.to_string().contains("挡住"), "{err}");
    // A board's file name is taken by a folder: the rename into place fails after the temporary file was written.
    let out = dir.join("导出");
    std::fs::create_dir_all(out.join("02-成果.pdf").join("里面")).unwrap();
    let err = export_folder(&frames, &files, &opts(), &out, &|_| {}, &AtomicBool::new(false)).unwrap_err();
    assert_user_facing(&err, "02-成果.pdf");
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".part")), "{names:?}");
}
