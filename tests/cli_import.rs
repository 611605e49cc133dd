//! `zhanban-cli import`, `caption` and `info` on real material: photos (one EXIF-rotated), bad files each with
//! their own Chinese reason, a corpus write-up, de-duplication, and a kill in the middle of a large import that
//! leaves a consistent project holding exactly the committed photos.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use common::{cli, corpus, real_photos, s};

fn rotated_copy(src: &Path, dst: &Path) {
    std::fs::copy(src, dst).unwrap();
    let ok = Command::new("exiftool")
        .args(["-q", "-overwrite_original", "-n", "-Orientation=6"])
        .arg(dst)
        .status()
        .expect("exiftool (libimage-exiftool-perl) is installed by scripts/setup");
    assert!(ok.success());
}

#[test]
fn import_photos_bad_files_and_a_write_up() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("成果展.zhanban");
    assert!(cli(&["new".as_ref(), s(&project)]).status.success());

    let folder = dir.path().join("照片 素材");
    std::fs::create_dir(&folder).unwrap();
    let photos = real_photos();
    for (i, p) in photos.iter().take(3).enumerate() {
        std::fs::copy(p, folder.join(format!("活动照片 {i}.jpg"))).unwrap();
    }
    rotated_copy(&photos[3], &folder.join("竖拍.jpg"));
    std::fs::write(folder.join("空文件.jpg"), b"").unwrap();
    std::fs::write(folder.join("其实是文本.jpg"), "这不是照片".repeat(50)).unwrap();
    let whole = std::fs::read(&photos[4]).unwrap();
    std::fs::write(folder.join("没传完.jpg"), &whole[..whole.len() / 3]).unwrap();
    std::fs::write(folder.join("说明.pdf"), b"%PDF-1.4").unwrap();

    let article = corpus("qingdao-model-organs-2023.txt");
    let out = cli(&[
        "import".as_ref(),
        s(&project),
        s(&folder),
        s(&article),
        "--json".as_ref(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["imported"].as_array().unwrap().len(), 4, "{report}");
    let failed = report["failed"].as_array().unwrap();
    assert_eq!(failed.len(), 3, "{report}");
    for name in ["空文件.jpg", "其实是文本.jpg", "没传完.jpg"] {
        let f = failed
            .iter()
            .find(|f| f["file_name"] == name)
            .unwrap_or_else(|| panic!("{name} in {report}"));
        let reason = f["reason"].as_str().unwrap();
        assert!(reason.contains(name), "the reason names the file: {reason}");
    }
    let reasons: std::collections::HashSet<_> = failed.iter().map(|f| f["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons.len(), 3, "each bad file has its own reason");
    assert_eq!(
        report["writeups"][0]["title"],
        "创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”"
    );
    assert!(stderr.contains("已导入：竖拍.jpg"), "{stderr}");

    // The rotated photo's size is as displayed (portrait).
    let info = cli(&["info".as_ref(), s(&project), "--json".as_ref()]);
    let info: serde_json::Value = serde_json::from_slice(&info.stdout).unwrap();
    let rows = info["photos"].as_array().unwrap();
    let upright = rows.iter().find(|p| p["file_name"] == "竖拍.jpg").unwrap();
    let original = rows.iter().find(|p| p["file_name"] == "活动照片 0.jpg").unwrap();
    assert!(upright["height"].as_u64() > upright["width"].as_u64(), "{upright}");
    assert!(original["width"].as_u64() > original["height"].as_u64(), "{original}");
    assert_eq!(upright["hash"].as_str().unwrap().len(), 64);
    assert_eq!(info["writeups"].as_array().unwrap().len(), 1);

    // The same photos again: stored once, and the user is told.
    let out = cli(&[
        "import".as_ref(),
        s(&project),
        s(&folder.join("活动照片 1.jpg")),
        "--json".as_ref(),
    ]);
    let again: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(again["imported"].as_array().unwrap().len(), 0);
    assert_eq!(again["duplicates"][0]["existing_file_name"], "活动照片 1.jpg");
    assert!(String::from_utf8_lossy(&out.stderr).contains("重复"));

    // Captions: set, shown, cleared.
    assert!(cli(&[
        "caption".as_ref(),
        s(&project),
        "竖拍.jpg".as_ref(),
        "党员志愿者走进社区".as_ref()
    ])
    .status
    .success());
    let info = cli(&["info".as_ref(), s(&project), "--json".as_ref()]);
    let info: serde_json::Value = serde_json::from_slice(&info.stdout).unwrap();
    let row = info["photos"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file_name"] == "竖拍.jpg")
        .unwrap()
        .clone();
    assert_eq!(row["caption"], "党员志愿者走进社区");
    assert!(
        cli(&["caption".as_ref(), s(&project), "竖拍.jpg".as_ref(), "".as_ref()])
            .status
            .success()
    );
    let out = cli(&["caption".as_ref(), s(&project), "没有这张.jpg".as_ref(), "x".as_ref()]);
    assert_eq!(out.status.code(), Some(1));

    // Only bad files: nothing imported is a user error.
    let out = cli(&["import".as_ref(), s(&project), s(&folder.join("空文件.jpg"))]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_killed_import_leaves_a_consistent_project() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("断电.zhanban");
    assert!(cli(&["new".as_ref(), s(&project)]).status.success());
    let photos = real_photos();
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .arg("import")
        .arg(&project)
        .args(&photos)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut printed = Vec::new();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    while let Some(Ok(line)) = lines.next() {
        if let Some(rest) = line.strip_prefix("已导入：") {
            printed.push(rest.split('（').next().unwrap().to_string());
            if printed.len() == 3 {
                break;
            }
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(printed.len(), 3, "the import got going before the kill");

    let p = zhanban::store::Project::open(&project).expect("the project opens after the kill");
    let stored = p.photos().unwrap();
    assert!(stored.len() < photos.len(), "the kill came in the middle");
    let names: Vec<_> = stored.iter().map(|r| r.file_name.clone()).collect();
    for name in &printed {
        assert!(
            names.contains(name),
            "{name} was reported imported, so it is in the project: {names:?}"
        );
    }
    // At most the photo being committed at the moment of the kill had not been reported yet.
    assert!(stored.len() <= printed.len() + 1, "{names:?} vs {printed:?}");
    for row in &stored {
        let bytes = p.original(&row.hash).unwrap();
        assert_eq!(bytes.len() as i64, row.byte_len);
        assert_eq!(zhanban_photos::content_hash(&bytes), row.hash);
        assert!(
            p.thumbnail(row.id, 512).unwrap().is_some(),
            "{} has its thumbnail",
            row.file_name
        );
    }
}

/// A WeChat-size copy of a photo already in the project (resized, re-encoded at quality 70) is imported, and the
/// CLI says it may be the same picture as the original (issue 16: found at import, both kept).
#[test]
fn a_wechat_copy_is_reported_as_possibly_the_same_picture() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("同图.zhanban");
    assert!(cli(&["new".as_ref(), s(&project)]).status.success());
    let original = common::camera_photos(1).remove(0);
    let copy = dir.path().join("微信图片_20231201.jpg");
    let ok = Command::new("convert")
        .arg(&original)
        .args(["-auto-orient", "-resize", "1080x1080>", "-quality", "70"])
        .arg(&copy)
        .status()
        .expect("ImageMagick is installed by scripts/setup");
    assert!(ok.success());
    assert!(cli(&["import".as_ref(), s(&project), s(&original)]).status.success());
    let out = cli(&["import".as_ref(), s(&project), s(&copy)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let name = original.file_name().unwrap().to_string_lossy();
    assert!(
        stderr.contains("已导入：微信图片_20231201.jpg") && stderr.contains(&format!("可能与“{name}”是同一张照片")),
        "{stderr}"
    );
}

/// Issue 14, point 4: `zhanban-cli import … --simplified` converts a traditional-script write-up at import (a real
/// page of the writeup crate's set, fresh9's w05); without the flag it is stored as written, to be offered for
/// conversion at review.
#[test]
fn import_converts_a_traditional_write_up_with_simplified() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src-tauri/crates/writeup/tests/pages/fresh9/w05_hmelfe_trad_zhuoyue_dangzhibu.txt");
    let dir = tempfile::tempdir().unwrap();
    let title = |simplified: bool| {
        let project = dir.path().join(format!("繁简{simplified}.zhanban"));
        assert!(cli(&["new".as_ref(), s(&project)]).status.success());
        let mut args = vec!["import".as_ref(), s(&project), s(&page), "--json".as_ref()];
        if simplified {
            args.push("--simplified".as_ref());
        }
        let out = cli(&args);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["writeups"][0]["title"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(title(false), "關於開展2020年“卓越黨支部”黨建案例征集評選活動的通知");
    assert_eq!(title(true), "关于开展2020年“卓越党支部”党建案例征集评选活动的通知");
}

/// A file whose only text is a headline (a page saved before its text loaded) imports, and says at once that it has
/// no text; a layout with nothing to lay out says what to do instead of listing no boards.
#[test]
fn a_write_up_without_text_and_a_project_without_content_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("空.zhanban");
    assert!(cli(&["new".as_ref(), s(&project)]).status.success());
    let page = dir.path().join("只有标题.html");
    std::fs::write(&page, "<html><body><h1>机关党建工作交流会召开</h1></body></html>").unwrap();
    let out = cli(&["import".as_ref(), s(&project), s(&page)]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("没有找到正文"), "{text}");
    let out = cli(&["layout".as_ref(), s(&project)]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("共 0 块展板") && text.contains("还没有可排的内容"),
        "{text}"
    );
}
