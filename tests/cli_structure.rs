//! `zhanban-cli structure` on the real corpus: JSON schema on standard output, simplified only when asked, and a
//! clear error with exit code 1 for a file it cannot read.

use std::path::PathBuf;
use std::process::{Command, Output};

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name)
}

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .args(args)
        .output()
        .expect("zhanban-cli runs")
}

#[test]
fn structure_json_follows_the_schema() {
    let file = corpus("qingdao-model-organs-2023.txt");
    let out = cli(&["structure", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "创新党建与业务融合模式 奋力书写模范机关建设“青岛答卷”");
    assert_eq!(v["subtitle"], "青岛市模范机关建设工作成果展示");
    for key in ["source", "author", "reporter", "correspondent", "date", "date_iso"] {
        assert!(v["byline"].get(key).is_some(), "byline.{key}");
    }
    let blocks = v["blocks"].as_array().unwrap();
    assert!(blocks
        .iter()
        .all(|b| ["heading", "paragraph", "caption", "photo"].contains(&b["kind"].as_str().unwrap())));
    assert!(blocks
        .iter()
        .filter(|b| b["kind"] == "heading")
        .all(|b| b["level"] == 1 || b["level"] == 2));
    assert!(blocks
        .iter()
        .any(|b| b["kind"] == "heading" && b["text"] == "坚决把牢政治方向"));
    assert!(v["key_figures"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k["text"] == "936人"));
    assert!(v["dropped"].is_array());
}

#[test]
fn traditional_text_is_converted_only_when_asked() {
    let file = corpus("qingdao-case-four-threes-traditional.txt");
    let plain = cli(&["structure", file.to_str().unwrap(), "--json"]);
    let simplified = cli(&["structure", file.to_str().unwrap(), "--json", "--simplified"]);
    let plain = String::from_utf8(plain.stdout).unwrap();
    let simplified = String::from_utf8(simplified.stdout).unwrap();
    assert!(
        plain.contains("學習") && !plain.contains("學(xué)"),
        "pinyin removed, characters kept"
    );
    assert!(simplified.contains("学习") && !simplified.contains("學習"));
    // The outline offers the conversion.
    let outline = cli(&["structure", file.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&outline.stdout).contains("--simplified"));
}

#[test]
fn unreadable_write_ups_are_user_errors() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("旧文档.doc");
    std::fs::write(&doc, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1old word").unwrap();
    let out = cli(&["structure", doc.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(".docx"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = cli(&["structure", dir.path().join("无此文件.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
}
