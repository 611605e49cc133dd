//! A project file written by the previous version (format 1: settings under separate keys, the unused overrides
//! table, no history) opens, is upgraded, keeps everything the user set, and lays out exactly as the same project
//! made by this version. The fixture `tests/fixtures/format-1.zhanban` was written by zhanban-cli at commit 92c345b
//! with `tests/fixtures/format-1.sh`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use zhanban_project::{Change, Session};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn run(args: &[OsString]) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .args(args)
        .output()
        .expect("zhanban-cli runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_format_1_project_opens_upgraded_with_its_settings_and_lays_out_as_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("旧.zhanban");
    std::fs::copy(fixture().join("format-1.zhanban"), &old).unwrap();

    let mut session = Session::open(&old).unwrap();
    let info = session.project().info().unwrap();
    assert_eq!(
        info.format_version,
        zhanban_store::current_version(),
        "upgraded on opening"
    );
    let s = session.settings().unwrap();
    assert_eq!(s.version, zhanban_project::settings::VERSION);
    assert_eq!(
        (s.layout.size.as_str(), s.layout.theme.as_str()),
        ("900x1200", "政务蓝")
    );
    assert_eq!(s.exhibition.title.as_deref(), Some("机关党建展"));
    assert_eq!(s.exhibition.organiser.as_deref(), Some("莱西市直机关工委"));
    let photo = info.photos.iter().find(|p| p.file_name == "蜻蜓.jpg").unwrap();
    assert_eq!(photo.caption, "蜻蜓");
    assert_eq!(
        s.overrides.photos[&photo.hash].emphasis,
        zhanban_layout::Emphasis::Larger,
        "the adjustment survived"
    );
    assert_eq!(s.overrides.added.len(), 1);
    assert!(!session.can_undo().unwrap(), "no history came with the old file");
    let upgraded = serde_json::to_string(&session.layout().unwrap().frames).unwrap();

    // The same project made by this version, with the same steps (the write-up as the old version understood it).
    let record = session.project().writeup(info.writeups[0].id).unwrap();
    let draft = zhanban_project::review::Draft {
        source_name: record.source_name,
        source_text: record.source_text,
        structure: record.structure,
    };
    let new = dir.path().join("新.zhanban");
    let p = |path: &Path| OsString::from(path);
    run(&["new".into(), p(&new)]);
    // One by one, in the fixture's order (an import of several photos stores them as they finish).
    for photo in &info.photos {
        run(&["import".into(), p(&new), p(&fixture().join(&photo.file_name))]);
    }
    let add = Change::WriteupAdd { draft };
    run(&["adjust".into(), p(&new), serde_json::to_string(&add).unwrap().into()]);
    run(&["caption".into(), p(&new), "蜻蜓.jpg".into(), "蜻蜓".into()]);
    run(&[
        "exhibition".into(),
        p(&new),
        "--title".into(),
        "机关党建展".into(),
        "--organiser".into(),
        "莱西市直机关工委".into(),
    ]);
    run(&[
        "layout".into(),
        p(&new),
        "--size".into(),
        "900x1200".into(),
        "--theme".into(),
        "政务蓝".into(),
    ]);
    let emphasis = Change::Emphasis {
        photo: photo.hash.clone(),
        emphasis: zhanban_layout::Emphasis::Larger,
    };
    let add = Change::AddBoard {
        after: None,
        title: "自己的展板".into(),
        text: "一段说明。".into(),
    };
    for c in [emphasis, add] {
        run(&["adjust".into(), p(&new), serde_json::to_string(&c).unwrap().into()]);
    }
    let mut made = Session::open(&new).unwrap();
    assert_eq!(made.settings().unwrap(), s, "the same settings");
    let fresh = serde_json::to_string(&made.layout().unwrap().frames).unwrap();
    assert!(
        upgraded == fresh,
        "the upgraded project lays out exactly as the new one"
    );
}
