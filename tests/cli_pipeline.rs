//! The whole pipeline through zhanban-cli on real material: a project made with its exhibition details, a corpus
//! article and real photos imported, boards laid out, PDFs exported — and every board PDF accepted by the
//! independent print audit (../shared/tools/pdf-audit: trim size, 3 mm bleed, boxes, fonts embedded and subset,
//! PDF/X intent, ≥ 72 ppi).

mod common;

use std::path::Path;
use std::process::Command;

use common::{camera_photos, cli, corpus, s};

fn ok(out: std::process::Output) -> std::process::Output {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

fn audit(pdf: &Path, trim: &str) {
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/pdf-audit");
    let out = Command::new("python3")
        .arg(&tool)
        .arg(pdf)
        .args(["--trim", trim, "--bleed", "3", "--pdfx", "--min-ppi", "72"])
        .output()
        .expect("pdf-audit runs");
    assert!(
        out.status.success(),
        "pdf-audit failed on {}:\n{}",
        pdf.display(),
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn corpus_article_and_photos_to_audited_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("模范机关.zhanban");
    // The exhibition's details given when the project is made (as the new-project dialog does) reach the boards.
    ok(cli(&[
        "new".as_ref(),
        s(&project),
        "--title".as_ref(),
        "模范机关建设成果展示".as_ref(),
        "--organiser".as_ref(),
        "中共青岛市委市直机关工委".as_ref(),
    ]));
    let article = corpus("qingdao-model-organs-2023.txt");
    let mut args = vec!["import".as_ref(), s(&project), s(&article)];
    // Camera-sized photos (≥ 6 MP): a small web copy is placed at the 1/12-of-board minimum even below 72 ppi
    // (reported by layout and preflight), which would (rightly) fail the audit's ppi floor.
    let photos = camera_photos(8);
    args.extend(photos.iter().map(|p| s(p)));
    ok(cli(&args));

    let out = ok(cli(&[
        "layout".as_ref(),
        s(&project),
        "--size".as_ref(),
        "1200x900".as_ref(),
        "--json".as_ref(),
    ]));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let boards = summary["boards"].as_array().unwrap();
    assert!(boards.len() >= 3, "preface, sections, closing: {summary}");
    assert_eq!(summary["unplaced"], serde_json::json!([]), "nothing unplaced");
    let placed: usize = boards.iter().map(|b| b["photos"].as_array().unwrap().len()).sum();
    assert_eq!(placed, 8, "every photo placed once");

    // The board list is recorded in the project.
    let info: serde_json::Value =
        serde_json::from_slice(&ok(cli(&["info".as_ref(), s(&project), "--json".as_ref()])).stdout).unwrap();
    assert_eq!(info["boards"].as_u64().unwrap() as usize, boards.len());

    let out_dir = dir.path().join("导出 结果");
    ok(cli(&["export".as_ref(), s(&project), "--out".as_ref(), s(&out_dir)]));
    let mut pdfs: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf") && !p.ends_with("打印清单.pdf"))
        .collect();
    pdfs.sort();
    assert_eq!(pdfs.len(), boards.len());
    assert!(
        pdfs[0].file_name().unwrap().to_string_lossy().starts_with("01-"),
        "{pdfs:?}"
    );
    for pdf in &pdfs {
        audit(pdf, "1200x900");
    }
    // Text stays text: the exhibition title comes back out of the first board.
    let text = Command::new("pdftotext").arg(&pdfs[0]).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout).replace(char::is_whitespace, "");
    assert!(text.contains("模范机关建设成果展示"), "{text}");
    assert!(out_dir.join("打印清单.csv").is_file());
    // The print list as a PDF: A4 landscape, fonts embedded and subset, accepted by the same audit.
    let out = Command::new("python3")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/pdf-audit"))
        .arg(out_dir.join("打印清单.pdf"))
        .args(["--trim", "297x210", "--bleed", "0", "--pdfx"])
        .output()
        .expect("pdf-audit runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(out_dir.join("审阅").is_dir());
    // --cmyk: the same boards converted to CMYK (FOGRA39), still accepted by the audit, with no RGB left.
    let cmyk_dir = dir.path().join("cmyk");
    ok(cli(&[
        "export".as_ref(),
        s(&project),
        "--out".as_ref(),
        s(&cmyk_dir),
        "--cmyk".as_ref(),
        "--no-review".as_ref(),
    ]));
    let pdf = cmyk_dir.join(pdfs[0].file_name().unwrap());
    audit(&pdf, "1200x900");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(
        !bytes.windows(9).any(|w| w == b"DeviceRGB"),
        "RGB left in {}",
        pdf.display()
    );
    let list = Command::new("pdfimages").arg("-list").arg(&pdf).output().unwrap();
    for line in String::from_utf8_lossy(&list.stdout).lines().skip(2) {
        let colour = line.split_whitespace().nth(5).unwrap_or("");
        assert!(colour == "cmyk" || colour == "gray", "{line}");
    }
}

#[test]
fn bad_layout_choices_are_user_errors() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.zhanban");
    ok(cli(&["new".as_ref(), s(&project)]));
    let out = cli(&["layout".as_ref(), s(&project), "--size".as_ref(), "巨大".as_ref()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1200x900"));
    let out = cli(&["layout".as_ref(), s(&project), "--theme".as_ref(), "彩虹".as_ref()]);
    assert_eq!(out.status.code(), Some(1));
    let out = cli(&[
        "export".as_ref(),
        s(&project),
        "--out".as_ref(),
        s(&dir.path().join("o")),
        "--bleed".as_ref(),
        "25".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
}
