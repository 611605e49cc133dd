//! `zhanban-cli new` and `info`: a real project file on disk, JSON on standard output, and every kind of bad
//! project file refused with its own message on standard error, exit code 1, and the file unchanged.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

fn cli(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .args(args)
        .output()
        .expect("zhanban-cli runs")
}

fn new_project(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let out = cli(&["new".as_ref(), path.as_os_str()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    path
}

/// A new project with these files imported.
fn imported(dir: &Path, name: &str, files: &[&Path]) -> PathBuf {
    let path = new_project(dir, name);
    let mut args = vec!["import".as_ref(), path.as_os_str()];
    args.extend(files.iter().map(|f| f.as_os_str()));
    let out = cli(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    path
}

#[test]
fn new_then_info_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path(), "模范机关 成果展.zhanban");
    assert!(path.is_file());
    let out = cli(&["info".as_ref(), path.as_os_str(), "--json".as_ref()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "results go to stdout only");
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).expect("info --json prints JSON");
    assert_eq!(info["format_version"], zhanban::store::current_version());
    assert_eq!(info["photos"], serde_json::json!([]));
    assert_eq!(info["writeups"], serde_json::json!([]));
    assert_eq!(info["path"], path.display().to_string());

    // A second `new` on the same path is refused and changes nothing.
    let before = std::fs::read(&path).unwrap();
    let out = cli(&["new".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("已存在"));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // The human-readable summary is Chinese.
    let out = cli(&["info".as_ref(), path.as_os_str()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("照片：0 张"));
}

/// Runs `info` on a bad file: exit code 1, a message containing `expect` on stderr, nothing on stdout, and the
/// file byte-for-byte unchanged.
fn assert_refused(path: &Path, expect: &str) {
    let before = std::fs::read(path).unwrap();
    let out = cli(&["info".as_ref(), path.as_os_str(), "--json".as_ref()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{}: {stderr}", path.display());
    assert!(
        stderr.contains(expect),
        "{}: expected “{expect}” in: {stderr}",
        path.display()
    );
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read(path).unwrap(), before, "{} changed", path.display());
}

#[test]
fn bad_project_files_each_get_their_own_error() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(new_project(dir.path(), "good.zhanban")).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };

    assert_refused(&write("zero.zhanban", b""), "空文件");
    assert_refused(&write("truncated.zhanban", &good[..good.len() / 2]), "截断");

    let mut corrupt = good.clone();
    let page = u16::from_be_bytes([good[16], good[17]]) as usize;
    corrupt[page..]
        .iter_mut()
        .enumerate()
        .for_each(|(i, b)| *b = (i * 7 % 253) as u8);
    assert_refused(&write("corrupt.zhanban", &corrupt), "损坏");

    // A real JPEG renamed to .zhanban.
    let jpeg = std::fs::read_dir("/usr/share/backgrounds")
        .ok()
        .and_then(|mut d| {
            d.find_map(|e| {
                e.ok()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "jpg"))
            })
        })
        .map(|p| std::fs::read(p).unwrap())
        .unwrap_or_else(|| {
            vec![
                0xFF, 0xD8, 0xFF, 0xE1, 0, 0x10, b'E', b'x', b'i', b'f', 0, 0, 1, 2, 3, 4, 5, 6,
            ]
        });
    assert_refused(&write("photo.zhanban", &jpeg), "不是展板工坊项目文件");

    let mut newer = good.clone();
    newer[60..64].copy_from_slice(&7u32.to_be_bytes());
    assert_refused(&write("newer.zhanban", &newer), "更新版本");
}

#[test]
fn a_project_open_in_another_program_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_project(dir.path(), "locked.zhanban");
    let held = zhanban::store::Project::open(&path).unwrap();
    let out = cli(&["info".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("正在被另一个"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    drop(held);
    assert!(cli(&["info".as_ref(), path.as_os_str()]).status.success());
}

#[test]
fn argument_mistakes_are_user_errors_and_help_is_bilingual() {
    let out = cli(&["frobnicate".as_ref()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("命令参数有误"));
    let out = cli(&["info".as_ref()]);
    assert_eq!(out.status.code(), Some(1));
    let out = cli(&["--help".as_ref()]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("用法 / Usage") && help.contains("Create a new, empty project file"),
        "{help}"
    );
    let out = cli(&["info".as_ref(), "--help".as_ref()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("以 JSON 输出"));
}

/// A project that cannot be written where it is (here: the file set read-only) opens read-only for the commands that
/// only read it — info, layout, preflight, export — with a note; a command that edits it is refused in Chinese with
/// exit code 1; the file is never changed.
#[test]
fn a_read_only_project_can_be_viewed_and_exported_but_not_edited() {
    let dir = tempfile::tempdir().unwrap();
    let article = common::corpus("laixi-organ-party-building-2022.txt");
    let photo = common::camera_photos(1).remove(0);
    let path = imported(dir.path(), "只读.zhanban", &[&article, &photo]);
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    let before = std::fs::read(&path).unwrap();

    let out_dir = dir.path().join("导出");
    for args in [
        vec!["info".as_ref(), path.as_os_str()],
        vec!["layout".as_ref(), path.as_os_str(), "--json".as_ref()],
        vec!["preflight".as_ref(), path.as_os_str()],
        vec![
            "export".as_ref(),
            path.as_os_str(),
            "--out".as_ref(),
            out_dir.as_os_str(),
            "--no-review".as_ref(),
        ],
    ] {
        let out = cli(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{:?}: {stderr}", args[0]);
        assert!(
            stderr.contains("已只读打开"),
            "{:?} says it opened read-only: {stderr}",
            args[0]
        );
    }
    let pdfs = std::fs::read_dir(&out_dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "pdf"))
        .count();
    assert!(pdfs >= 2, "the boards were exported ({pdfs} PDFs)");

    for args in [
        vec!["import".as_ref(), path.as_os_str(), photo.as_os_str()],
        vec!["caption".as_ref(), path.as_os_str(), "1".as_ref(), "说明".as_ref()],
        vec![
            "layout".as_ref(),
            path.as_os_str(),
            "--size".as_ref(),
            "900x1200".as_ref(),
        ],
    ] {
        let out = cli(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{:?}: {stderr}", args[0]);
        assert!(stderr.contains("只读"), "{:?} says why: {stderr}", args[0]);
        assert!(!stderr.contains("内部错误"), "{stderr}");
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the read-only project is unchanged"
    );
}

/// With no preface written, layout says the 前言 board borrows the first write-up's opening; `exhibition
/// --draft-preface` adopts the one drafted (why the exhibition is held, each write-up's lead sentence, what it holds),
/// and the note goes.
#[test]
fn a_preface_is_offered_from_the_lead_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let a = common::corpus("laixi-organ-party-building-2022.txt");
    let b = common::corpus("changdao-review-2024.txt");
    let path = imported(dir.path(), "前言.zhanban", &[&a, &b]);
    let layout = |p: &Path| {
        let out = cli(&["layout".as_ref(), p.as_os_str(), "--json".as_ref()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let notes = |v: &serde_json::Value| v["notes"].to_string();
    let before = layout(&path);
    assert!(notes(&before).contains("尚未填写前言"), "{}", notes(&before));

    let out = cli(&[
        "exhibition".as_ref(),
        path.as_os_str(),
        "--draft-preface".as_ref(),
        "--title".as_ref(),
        "模范机关建设成果展".as_ref(),
        "--organiser".as_ref(),
        "中共莱西市委市直机关工委".as_ref(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = layout(&path);
    assert!(!notes(&after).contains("尚未填写前言"), "{}", notes(&after));
    assert_eq!(after["boards"][0]["group"], "preface");
    let session = zhanban_project::Session::open(&path).unwrap();
    let preface = session.settings().unwrap().exhibition.preface.unwrap_or_default();
    let lines: Vec<&str> = preface.lines().collect();
    // why the exhibition is held, one lead sentence per write-up, what the exhibition holds
    assert_eq!(lines.len(), 4, "{preface}");
    // (drafted with the title and organiser given in the same command)
    assert!(
        lines[0].starts_with("为全面展示中共莱西市委市直机关工委") && lines[0].contains("特举办模范机关建设成果展"),
        "{preface}"
    );
    assert!(
        lines[1].starts_with("莱西市委市直机关工委") && lines[2].starts_with("2024年"),
        "{preface}"
    );
    assert!(lines[3].contains("共分 2 个部分"), "{preface}");
    assert!(lines.iter().all(|l| l.ends_with('。')), "{preface}");
}

/// One changed byte in a photo stored in the project file (a damaged disk): export stops before writing anything,
/// names the photo in Chinese and exits 1 — the export verifies each original once (#20 reads it twice: up front and
/// when embedding it), never zero times.
#[test]
fn an_export_stops_at_a_damaged_original_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let photo = common::real_photos().into_iter().next().expect("a real photo");
    let article = common::corpus("qingdao-model-organs-2023.txt");
    let path = imported(dir.path(), "损坏的照片.zhanban", &[&article, &photo]);

    // Flip one byte of the photo inside the project file (found by a run of its bytes within one database page).
    let original = std::fs::read(&photo).unwrap();
    let mut file = std::fs::read(&path).unwrap();
    let at = (1..64)
        .map(|k| original.len() * k / 64)
        .find_map(|o| {
            let run = &original[o..o + 48];
            file.windows(run.len()).position(|w| w == run)
        })
        .expect("the photo's bytes are in the project file");
    file[at + 20] ^= 0x01;
    std::fs::write(&path, &file).unwrap();

    let out_dir = dir.path().join("导出");
    let out = cli(&[
        "export".as_ref(),
        path.as_os_str(),
        "--out".as_ref(),
        out_dir.as_os_str(),
        "--force".as_ref(),
        "--no-review".as_ref(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let name = photo.file_name().unwrap().to_string_lossy().to_string();
    assert!(stderr.contains("已损坏") && stderr.contains(&name), "{stderr}");
    let written = std::fs::read_dir(&out_dir).map_or(0, |d| d.filter(|e| e.is_ok()).count());
    assert_eq!(written, 0, "nothing written into {}", out_dir.display());
}

/// Lead's look (2026-12-08): a photo report whose only headline is its deck ("——我局机关党委组织党员干部开展无偿献血",
/// read as a subtitle) had its board titled by the exhibition's title; the deck titles it, without its dash.
#[test]
fn a_write_up_with_a_deck_and_no_headline_is_titled_by_its_deck() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("t1.txt");
    std::fs::write(
        &page,
        "——我局机关党委组织党员干部开展无偿献血\n6月20日，在“七一”建党97周年即将来临之际，我局机关党委组织部分党员干部过了一次特别的“党日”活动——开展无偿献血。无论是即将退休的老同志，还是参加工作不久的小青年，都踊跃参加了此次献血活动。\n",
    )
    .unwrap();
    let path = imported(dir.path(), "展览.zhanban", &[&page]);
    let out = cli(&[
        "exhibition".as_ref(),
        path.as_os_str(),
        "--title".as_ref(),
        "机关党建工作成果展".as_ref(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = cli(&["layout".as_ref(), path.as_os_str()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains(" 我局机关党委组织党员干部开展无偿献血  "), "{summary}");
}
