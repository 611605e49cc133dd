//! Issue #20, layout once: the project keeps the frames of its last layout under a hash of the inputs, so a second
//! export (or preflight, or layout) of an unchanged project — in a new process, as `zhanban-cli export` is — reads
//! them back instead of laying out again; the frames read back are the very frames a layout makes; and any change
//! of the inputs (a word of the text, a photo's caption, a new photo, the board size) lays out again.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use common::{corpus, real_photos};
use zhanban_frames::Source;
use zhanban_project::{Change, ExportChoice, Session};

fn project(dir: &Path) -> PathBuf {
    let path = dir.join("缓存.zhanban");
    let mut import = vec!["import".into(), path.clone().into_os_string()];
    import.push(corpus("qingdao-model-organs-2023.txt").into_os_string());
    import.extend(real_photos().into_iter().take(3).map(|p| p.into_os_string()));
    for args in [vec!["new".into(), path.clone().into_os_string()], import] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    path
}

/// The export of these tests: the boards only, whatever preflight says.
fn quick() -> ExportChoice {
    ExportChoice {
        no_review: true,
        force: true,
        ..Default::default()
    }
}

/// Opens the project in a new session with a new engine (as a new process does), lays it out and returns the
/// layout with the engine's (layouts made, stored layouts taken).
fn layout_fresh(path: &Path) -> (zhanban_layout::LayoutResult, (usize, usize)) {
    let mut s = Session::open(path).unwrap();
    let r = s.layout().unwrap();
    let counts = s.close().unwrap().layout_counts();
    (r, counts)
}

#[test]
fn an_unchanged_project_is_not_laid_out_again_and_any_change_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path());

    // The first export lays out; its preflight reads that same layout.
    let choice = quick();
    let mut s = Session::open(&path).unwrap();
    s.export(&dir.path().join("a"), &choice, &|_| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!(
        s.close().unwrap().layout_counts(),
        (1, 0),
        "the first export lays out once"
    );

    // A second export of the unchanged project, in a new session: no layout at all.
    let mut s = Session::open(&path).unwrap();
    let (report, _) = s
        .export(&dir.path().join("b"), &choice, &|_| {}, &AtomicBool::new(false))
        .unwrap();
    assert!(!report.boards.is_empty());
    s.preflight().unwrap();
    assert_eq!(
        s.close().unwrap().layout_counts(),
        (0, 2),
        "export and preflight of an unchanged project take the layout it keeps"
    );

    // What is read back is exactly what a layout makes (frames and summary, every number).
    let (kept, counts) = layout_fresh(&path);
    assert_eq!(counts, (0, 1));
    let mut s = Session::open(&path).unwrap();
    s.project_mut().replace_boards(&[]).unwrap();
    let made = s.layout().unwrap();
    assert_eq!(s.close().unwrap().layout_counts(), (1, 0));
    assert!(kept == made, "the stored frames differ from a fresh layout");

    // Every change of the inputs lays out again (once), after which the new layout is kept.
    let photo = made
        .frames
        .boards
        .iter()
        .flat_map(|b| &b.items)
        .find_map(|i| match &i.kind {
            zhanban_frames::ItemKind::Image(img) => Some(img.photo.clone()),
            _ => None,
        })
        .expect("a photo on the boards");
    let changes = [
        Change::Text {
            target: Source::Exhibition { field: "title".into() },
            text: Some("模范机关建设成果展（一字之改）".into()),
        },
        Change::Caption {
            photo,
            text: "■ 新的图片说明".into(),
        },
        Change::Layout {
            size: "800x2000".into(),
            theme: "政务蓝".into(),
        },
    ];
    for change in changes {
        let mut s = Session::open(&path).unwrap();
        assert!(s.apply(&change).unwrap().recorded, "{change:?}");
        drop(s);
        assert_eq!(
            layout_fresh(&path).1,
            (1, 0),
            "after {change:?} the project is laid out again"
        );
        assert_eq!(layout_fresh(&path).1, (0, 1), "and then kept");
    }
    // A photo more.
    let mut s = Session::open(&path).unwrap();
    let extra = real_photos().into_iter().nth(5).unwrap();
    zhanban_project::import::import(s.project_mut(), &[extra], false, &AtomicBool::new(false), |_| {}).unwrap();
    drop(s);
    assert_eq!(layout_fresh(&path).1, (1, 0), "a new photo lays out again");
}

/// The desktop app's engine (`Engine::keep_later`) holds a new layout in memory — a second layout of the same
/// inputs is taken from there — and stores it in the project only when the project is closed or exported, not after
/// every edit; a crash before that loses only the cache (the next open lays out again).
#[test]
fn the_apps_engine_stores_its_layout_at_close_and_export_not_at_each_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path());
    let title = |t: &str| Change::Text {
        target: Source::Exhibition { field: "title".into() },
        text: Some(t.into()),
    };
    let app_session = || {
        Session::open(&path)
            .unwrap()
            .with_engine(zhanban_project::Engine::new().unwrap().keep_later())
    };

    // An edit, laid out twice (the second from memory); the app goes away without closing: nothing was stored.
    let mut s = app_session();
    s.apply(&title("模范机关建设成果展（甲）")).unwrap();
    let first = s.layout().unwrap();
    assert!(s.layout().unwrap() == first);
    drop(s);
    assert_eq!(
        layout_fresh(&path).1,
        (1, 0),
        "an edit's layout is not stored before close"
    );

    // Closed: stored, and a new process reads it.
    let mut s = app_session();
    s.apply(&title("模范机关建设成果展（乙）")).unwrap();
    s.layout().unwrap();
    s.layout().unwrap();
    assert_eq!(
        s.close().unwrap().layout_counts(),
        (1, 1),
        "laid out once, then taken from memory"
    );
    assert_eq!(layout_fresh(&path).1, (0, 1), "stored at close");

    // Exported: stored by the export itself.
    let mut s = app_session();
    s.apply(&title("模范机关建设成果展（丙）")).unwrap();
    let choice = quick();
    s.export(&dir.path().join("c"), &choice, &|_| {}, &AtomicBool::new(false))
        .unwrap();
    drop(s);
    assert_eq!(layout_fresh(&path).1, (0, 1), "stored by the export");
}

/// Issue #20, the export's peak: an engine made for one export (the CLI's) lets go of the layout's set text once the
/// boards are laid out and checked, before the photos are read; the app's engine keeps it for the next edit. The
/// boards exported are the same.
#[test]
fn a_one_shot_engine_lets_go_of_the_set_text_before_the_photos_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = project(dir.path());
    let choice = quick();
    let mut files = Vec::new();
    for one_shot in [false, true] {
        let mut s = Session::open(&path).unwrap();
        s.project_mut().replace_boards(&[]).unwrap();
        let engine = zhanban_project::Engine::new().unwrap();
        s.set_engine(if one_shot { engine.one_shot(|| {}) } else { engine });
        let out = dir.path().join(format!("one_shot_{one_shot}"));
        let (report, _) = s.export(&out, &choice, &|_| {}, &AtomicBool::new(false)).unwrap();
        let mut engine = s.close().unwrap();
        assert_eq!(engine.layout_counts(), (1, 0));
        let set = engine.layout_engine().setter().len();
        if one_shot {
            assert_eq!(set, 0, "the set text outlived the layout");
        } else {
            assert!(set > 0, "the app's engine keeps the set text");
        }
        files.push(
            report
                .boards
                .iter()
                .map(|b| (b.font_bytes, b.image_bytes))
                .collect::<Vec<_>>(),
        );
    }
    assert_eq!(files[0], files[1]);
}
