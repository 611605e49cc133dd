//! `zhanban-cli preflight` and the check `export` runs first, on real material: a corpus article and real photos,
//! one caption with a character no installed font has (U+31350, CJK Extension H). Preflight must report it as an
//! error with the character itself; export must refuse in Chinese and write no board, unless `--force`.

mod common;

use common::{camera_photos, cli, corpus, real_photos, s};

#[test]
fn preflight_finds_a_missing_character_and_export_refuses_until_forced() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("预检.zhanban");
    assert!(cli(&["new".as_ref(), s(&project)]).status.success());
    let article = corpus("qingdao-model-organs-2023.txt");
    let photos: Vec<_> = real_photos().into_iter().take(3).collect();
    let mut args = vec!["import".as_ref(), s(&project), s(&article)];
    args.extend(photos.iter().map(|p| s(p)));
    assert!(cli(&args).status.success());
    let first = photos[0].file_name().unwrap();

    // Clean of errors first (warnings and hints are allowed): exit 0, JSON report with counts.
    let out = cli(&["preflight".as_ref(), s(&project), "--json".as_ref()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"], 0, "{report}");
    assert_eq!(report["blocks_export"], false);
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["kind"] != "missing_characters"));

    // A name with a character no font has.
    let caption = "张\u{31350}同志在活动现场";
    assert!(cli(&["caption".as_ref(), s(&project), first, caption.as_ref()])
        .status
        .success());
    let out = cli(&["preflight".as_ref(), s(&project), "--json".as_ref()]);
    assert_eq!(out.status.code(), Some(1), "errors make preflight fail");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"], 1, "{report}");
    let f = &report["findings"][0];
    assert_eq!(f["kind"], "missing_characters");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["severity_label"], "错误");
    assert_eq!(f["characters"], serde_json::json!(["\u{31350}"]));
    assert!(f["board"]["number"].as_u64().unwrap() >= 1);
    assert!(f["item"].as_str().unwrap().starts_with("caption"), "{f}");

    // The text report, in Chinese.
    let out = cli(&["preflight".as_ref(), s(&project)]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[错误]") && text.contains('\u{31350}'), "{text}");
    assert!(text.contains("印前检查：1 个错误"), "{text}");

    // Export refuses and writes nothing.
    let out_dir = dir.path().join("导出");
    let out = cli(&[
        "export".as_ref(),
        s(&project),
        "--out".as_ref(),
        s(&out_dir),
        "--no-review".as_ref(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("印前检查发现 1 个错误，导出已停止"), "{stderr}");
    assert!(stderr.contains('\u{31350}') && stderr.contains("--force"), "{stderr}");
    assert!(!out_dir.join("01-前言.pdf").exists());

    // --force exports, saying so.
    let out = cli(&[
        "export".as_ref(),
        s(&project),
        "--out".as_ref(),
        s(&out_dir),
        "--no-review".as_ref(),
        "--force".as_ref(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("已按 --force 继续导出"), "{stderr}");
    assert!(out_dir.join("01-前言.pdf").exists());
}

/// Every corpus article, laid out with real camera photos on the two most common board shapes, gives a user no
/// preflight error to fix: whatever layout makes automatically must be printable (warnings and hints aside).
#[test]
fn automatic_layout_of_every_corpus_article_has_no_preflight_errors() {
    let photos = camera_photos(4);
    let mut articles: Vec<_> = std::fs::read_dir(corpus(""))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    assert_eq!(articles.len(), 5);
    for article in &articles {
        for size in ["1200x900", "800x2000"] {
            let dir = tempfile::tempdir().unwrap();
            let project = dir.path().join("语料.zhanban");
            assert!(cli(&["new".as_ref(), s(&project)]).status.success());
            let mut args = vec!["import".as_ref(), s(&project), s(article)];
            args.extend(photos.iter().map(|p| s(p)));
            assert!(cli(&args).status.success());
            assert!(cli(&["layout".as_ref(), s(&project), "--size".as_ref(), size.as_ref()])
                .status
                .success());
            let out = cli(&["preflight".as_ref(), s(&project), "--json".as_ref()]);
            let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let errors: Vec<_> = report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["severity"] == "error")
                .map(|f| f["message"].as_str().unwrap_or_default().to_string())
                .collect();
            assert!(errors.is_empty(), "{} on {size}: {errors:#?}", article.display());
        }
    }
}
