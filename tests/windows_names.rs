//! File names and paths as Windows needs them, checked on every platform: export file names (pdf::names) and
//! project names (projects::project_path) with Chinese names, spaces, reserved device names, forbidden characters,
//! trailing dots and spaces, and long paths. The Wine smoke test (tests/wine/smoke.sh) runs the real thing on
//! Windows semantics.

use std::path::Path;

use zhanban::projects::project_path;
use zhanban_pdf::names::{board_file_name, sanitize};

const FORBIDDEN: &[char] = &['<', '>', ':', '"', '/', '\\', '|', '?', '*'];
const RESERVED: &[&str] = &["CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9"];

/// What Windows refuses in one path component.
fn windows_accepts(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").trim_end().to_ascii_uppercase();
    !name.is_empty()
        && !name.chars().any(|c| FORBIDDEN.contains(&c) || (c as u32) < 0x20)
        && !name.ends_with(['.', ' '])
        && !RESERVED.contains(&stem.as_str())
        && name.encode_utf16().count() <= 255
}

#[test]
fn chinese_names_with_spaces_are_kept() {
    assert_eq!(sanitize("成果 展示 2024"), "成果 展示 2024");
    assert_eq!(
        board_file_name(2, "一、坚决把牢 政治方向"),
        "02-一、坚决把牢 政治方向.pdf"
    );
    assert_eq!(
        project_path(Path::new("项目 文件夹"), "模范机关 成果展"),
        Some(Path::new("项目 文件夹").join("模范机关 成果展.zhanban"))
    );
}

#[test]
fn reserved_device_names_are_avoided() {
    for name in [
        "CON", "con", "PRN", "AUX", "NUL", "COM1", "com9", "LPT1", "lpt9", "NUL.txt", "CON.", "COM1 ",
    ] {
        let s = sanitize(name);
        assert!(windows_accepts(&s), "{name:?} → {s:?}");
        let file = board_file_name(1, name);
        assert!(windows_accepts(&file), "{name:?} → {file:?}");
        assert!(
            project_path(Path::new("d"), name).is_none(),
            "project name {name:?} accepted"
        );
    }
    // Not reserved: longer names that merely start like one.
    assert_eq!(sanitize("CONSOLE"), "CONSOLE");
    assert_eq!(sanitize("COM10"), "COM10");
    assert!(project_path(Path::new("d"), "CONSOLE").is_some());
}

#[test]
fn forbidden_characters_and_trailing_dots_and_spaces() {
    for name in [
        "政治<方向>",
        "A/B\\C",
        "问：答?",
        "\"引号\"",
        "a|b*c",
        "结束语...",
        "结束语 . ",
        "行1\n行2\t",
        "  。  ",
    ] {
        let s = sanitize(name);
        assert!(windows_accepts(&s), "{name:?} → {s:?}");
        assert!(windows_accepts(&board_file_name(12, name)), "{name:?}");
    }
    for name in ["政治<方向>", "A/B", "结束语.", "a|b", "", "   "] {
        assert!(
            project_path(Path::new("d"), name).is_none(),
            "project name {name:?} accepted"
        );
    }
    // The full-width colon is an ordinary character; the half-width question mark is not.
    assert!(project_path(Path::new("d"), "问：答").is_some());
    assert!(project_path(Path::new("d"), "问：答?").is_none());
}

#[test]
fn long_names_stay_inside_one_component() {
    let title = "坚持以习近平新时代中国特色社会主义思想为指导深入推进模范机关建设".repeat(10);
    let s = sanitize(&title);
    assert!(windows_accepts(&s) && s.chars().count() < title.chars().count());
    let file = board_file_name(99, &title);
    assert!(windows_accepts(&file), "{} UTF-16 units", file.encode_utf16().count());
    // Supplementary-plane characters (生僻字) count twice in UTF-16.
    let rare = "𠀀".repeat(300);
    assert!(windows_accepts(&board_file_name(1, &rare)));
    assert!(project_path(Path::new("d"), &"长".repeat(121)).is_none());
    assert!(project_path(Path::new("d"), &"长".repeat(120)).is_some());
}

#[test]
fn files_are_written_below_long_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let mut dir = tmp.path().to_path_buf();
    for n in 1..=9 {
        dir.push(format!("第{n}层 很长很长的文件夹名称 Long folder name"));
    }
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(board_file_name(
        7,
        "创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”",
    ));
    assert!(file.as_os_str().len() > 260);
    std::fs::write(&file, b"%PDF-1.6").unwrap();
    assert_eq!(std::fs::read(&file).unwrap(), b"%PDF-1.6");
    let project = project_path(&dir, "成果 展示").unwrap();
    assert!(project.to_string_lossy().ends_with("成果 展示.zhanban"));
    assert!(!project.to_string_lossy().starts_with(r"\\?\"));
}
