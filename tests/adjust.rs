//! Board adjustments on a real project (a corpus article and real photos, the real layout engine): each one is
//! stored as an undoable edit, survives the next automatic re-layout, and undo returns the boards as they were.

mod common;

use std::sync::atomic::AtomicBool;

use common::{corpus, real_photos};
use zhanban_frames::{ItemKind, Source};
use zhanban_layout::LayoutResult;
use zhanban_project::payload::board_key;
use zhanban_project::{Change as Adjustment, ExportChoice, Session};
use zhanban_store::Project;

struct Fixture {
    _dir: tempfile::TempDir,
    session: Session,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let mut project = Project::create(&dir.path().join("调整.zhanban")).unwrap();
        let mut paths = vec![corpus("qingdao-model-organs-2023.txt")];
        paths.extend(real_photos().into_iter().take(6));
        zhanban_project::import::import(&mut project, &paths, false, &AtomicBool::new(false), |_| {}).unwrap();
        Fixture {
            _dir: dir,
            session: Session::new(project),
        }
    }

    fn layout(&mut self) -> LayoutResult {
        self.session.layout().unwrap()
    }

    fn apply(&mut self, a: Adjustment) -> LayoutResult {
        self.session.apply(&a).unwrap();
        self.layout()
    }

    fn undo(&mut self) -> LayoutResult {
        self.session.undo().unwrap().expect("something to undo");
        self.layout()
    }
}

/// The group each photo on a board belongs to (a board may hold a short section and the next one).
fn photo_groups(r: &LayoutResult) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (b, s) in r.frames.boards.iter().zip(&r.summary.boards) {
        for i in &b.items {
            if let ItemKind::Image(img) = &i.kind {
                let g = s.groups.iter().find(|g| g.photos.contains(&img.photo));
                out.push((img.photo.clone(), g.map_or(&s.group, |g| &g.key).clone()));
            }
        }
    }
    out
}

/// Every group in the series, in order (all the groups on each board).
fn groups(r: &LayoutResult) -> Vec<String> {
    let mut g: Vec<String> = r
        .summary
        .boards
        .iter()
        .flat_map(|b| b.groups.iter().map(|g| g.key.clone()))
        .collect();
    g.dedup();
    g
}

#[test]
fn moving_a_photo_survives_relayout_and_undo_puts_it_back() {
    let mut f = Fixture::new();
    let before = f.layout();
    let (photo, from) = photo_groups(&before)[0].clone();
    let to = groups(&before)
        .into_iter()
        .find(|g| g != &from && g != "preface")
        .unwrap();
    let moved = f.apply(Adjustment::MovePhoto {
        photo: photo.clone(),
        group: to.clone(),
        position: None,
    });
    assert!(
        photo_groups(&moved).contains(&(photo.clone(), to.clone())),
        "moved to {to}"
    );
    // A later, unrelated edit and re-layout keep the move.
    let again = f.apply(Adjustment::Emphasis {
        photo: photo.clone(),
        emphasis: zhanban_layout::Emphasis::Larger,
    });
    assert!(photo_groups(&again).contains(&(photo.clone(), to)));
    f.undo();
    let back = f.undo();
    assert_eq!(
        photo_groups(&back),
        photo_groups(&before),
        "two undos restore the original boards"
    );
}

#[test]
fn merge_split_and_order_change_the_series_and_undo_restores_it() {
    let mut f = Fixture::new();
    let before = f.layout();
    let original = groups(&before);
    let sections: Vec<String> = original.iter().filter(|g| g.contains("-b")).cloned().collect();
    assert!(sections.len() >= 3, "sections: {original:?}");

    let merged = f.apply(Adjustment::Merge {
        group: sections[1].clone(),
    });
    assert!(
        !groups(&merged).contains(&sections[1]),
        "merged into the previous group"
    );
    f.undo();

    // Split the first section at its second paragraph.
    let board = before
        .summary
        .boards
        .iter()
        .position(|b| b.groups.iter().any(|g| g.key == sections[0]))
        .unwrap();
    // The board may also hold the section before or after it (a short section shares its board): only its blocks.
    let next_start = |k: &str| k.rsplit("-b").next().and_then(|b| b.parse::<usize>().ok());
    let start = next_start(&sections[0]).unwrap_or(0);
    let end = next_start(&sections[1]).unwrap_or(usize::MAX);
    let blocks: Vec<usize> = before.frames.boards[board]
        .items
        .iter()
        .filter_map(|i| match (&i.source, &i.kind) {
            (Source::Block { block, .. }, ItemKind::Text(t))
                if t.role == zhanban_frames::TextRole::Body && (start..end).contains(block) =>
            {
                Some(*block)
            }
            _ => None,
        })
        .collect();
    assert!(blocks.len() >= 2, "the section has paragraphs");
    let split = f.apply(Adjustment::Split {
        group: sections[0].clone(),
        before_block: blocks[1],
    });
    assert_eq!(
        groups(&split).len(),
        original.len() + 1,
        "one more group: {:?}",
        groups(&split)
    );
    f.undo();

    let mut reversed = sections.clone();
    reversed.reverse();
    let ordered = f.apply(Adjustment::Order {
        groups: reversed.clone(),
    });
    let now: Vec<String> = groups(&ordered).into_iter().filter(|g| g.contains("-b")).collect();
    assert_eq!(now, reversed);
    let back = f.undo();
    assert_eq!(groups(&back), original);
}

#[test]
fn boards_can_be_added_deleted_and_restored_and_undo_restores_the_series() {
    let mut f = Fixture::new();
    let before = f.layout();
    let original = groups(&before);
    let sections: Vec<String> = original.iter().filter(|g| g.contains("-b")).cloned().collect();

    // Reordered first, so the new board must find its place in an explicit order.
    let mut reversed = sections.clone();
    reversed.reverse();
    f.apply(Adjustment::Order {
        groups: reversed.clone(),
    });
    let added = f.apply(Adjustment::AddBoard {
        after: Some(reversed[0].clone()),
        title: "  ".into(),
        text: "新增展板的正文。".into(),
    });
    let now = groups(&added);
    let at = now.iter().position(|g| g == &reversed[0]).unwrap();
    assert_eq!(
        now[at + 1],
        "new1",
        "right after the group it was added behind: {now:?}"
    );
    let board = added.summary.boards.iter().find(|b| b.group == "new1").unwrap();
    assert_eq!(board.name, "新展板", "an unnamed board gets a Chinese default title");
    // A photo moved onto it is drawn there.
    let (photo, _) = photo_groups(&added)[0].clone();
    let moved = f.apply(Adjustment::MovePhoto {
        photo: photo.clone(),
        group: "new1".into(),
        position: None,
    });
    assert!(photo_groups(&moved).contains(&(photo, "new1".to_string())));

    // Deleted: out of the series, listed to restore; restoring brings it back where it was.
    let gone = f.apply(Adjustment::RemoveBoard {
        group: sections[0].clone(),
    });
    assert!(!groups(&gone).contains(&sections[0]));
    assert_eq!(gone.summary.removed.len(), 1);
    assert_eq!(gone.summary.removed[0].key, sections[0]);
    let restored = f.apply(Adjustment::RestoreBoard {
        group: sections[0].clone(),
    });
    assert_eq!(groups(&restored), groups(&moved));
    assert!(restored.summary.removed.is_empty());

    // Deleted, then the others reordered (without it, as the outline sends them), then restored: it comes back
    // right after the group it followed.
    let victim = sections[1].clone();
    let series = groups(&restored);
    let before_victim = series[series.iter().position(|g| g == &victim).unwrap() - 1].clone();
    let gone = f.apply(Adjustment::RemoveBoard { group: victim.clone() });
    let mut others: Vec<String> = groups(&gone)
        .into_iter()
        .filter(|g| g != "preface" && g != "closing")
        .collect();
    others.reverse();
    f.apply(Adjustment::Order { groups: others });
    let back = f.apply(Adjustment::RestoreBoard { group: victim.clone() });
    let now = groups(&back);
    let at = now.iter().position(|g| g == &victim).unwrap();
    assert_eq!(now[at - 1], before_victim, "{now:?}");
    for _ in 0..3 {
        f.undo();
    }

    // Undo all the way: the series as it was.
    for _ in 0..4 {
        f.undo();
    }
    let back = f.undo();
    assert_eq!(groups(&back), original);
}

#[test]
fn one_group_of_boards_can_have_its_own_size_and_theme() {
    let mut f = Fixture::new();
    let before = f.layout();
    let group = groups(&before).into_iter().find(|g| g.contains("-b")).unwrap();
    let styled = f.apply(Adjustment::BoardStyle {
        group: group.clone(),
        size: Some("800x2000".into()),
        theme: Some("政务蓝".into()),
    });
    for (b, s) in styled.frames.boards.iter().zip(&styled.summary.boards) {
        if s.group == group {
            assert_eq!((b.width, b.height, s.theme.as_str()), (800.0, 2000.0, "政务蓝"));
        } else {
            assert_eq!(
                (b.width, b.height),
                (1200.0, 900.0),
                "other boards keep the exhibition's size"
            );
        }
    }
    let back = f.apply(Adjustment::BoardStyle {
        group: group.clone(),
        size: None,
        theme: None,
    });
    assert!(back
        .frames
        .boards
        .iter()
        .all(|b| (b.width, b.height) == (1200.0, 900.0)));
}

#[test]
fn a_photo_moved_onto_the_preface_or_closing_is_refused_in_chinese_and_nothing_changes() {
    let mut f = Fixture::new();
    let before = f.layout();
    let (photo, from) = photo_groups(&before)[0].clone();
    for group in ["preface", "closing"] {
        let moved = Adjustment::MovePhoto {
            photo: photo.clone(),
            group: group.into(),
            position: None,
        };
        let order = Adjustment::OrderPhotos {
            orders: vec![(group.into(), vec![photo.clone()])],
        };
        for bad in [moved, order] {
            let e = f.session.apply(&bad).unwrap_err();
            assert!(
                e.is_user_error() && e.to_string().contains("前言和结束语展板只排文字"),
                "{e}"
            );
        }
    }
    let after = f.layout();
    assert!(
        photo_groups(&after).contains(&(photo, from)),
        "the photo stays where it was"
    );
    assert_eq!(photo_groups(&after), photo_groups(&before));
}

#[test]
fn a_text_edit_is_drawn_and_bad_values_are_refused_in_chinese() {
    let mut f = Fixture::new();
    let before = f.layout();
    let heading = before.frames.boards[1]
        .items
        .iter()
        .find_map(|i| match (&i.source, &i.kind) {
            (s @ Source::Block { .. }, ItemKind::Text(_)) => Some(s.clone()),
            _ => None,
        })
        .unwrap();
    let edited = f.apply(Adjustment::Text {
        target: heading.clone(),
        text: Some("改过的文字".into()),
    });
    let drawn: String = edited
        .frames
        .boards
        .iter()
        .flat_map(|b| &b.items)
        .filter(|i| i.source == heading)
        .filter_map(|i| match &i.kind {
            ItemKind::Text(t) => Some(t.runs.iter().map(|r| r.text()).collect::<String>()),
            _ => None,
        })
        .collect();
    assert_eq!(drawn, "改过的文字");

    let photo = f.session.project().photos().unwrap()[0].hash.clone();
    for bad in [
        Adjustment::Focal {
            photo: photo.clone(),
            x: 1.5,
            y: 0.5,
        },
        Adjustment::PinSize {
            group: "preface".into(),
            body_pt: Some(2.0),
        },
        Adjustment::Layout {
            size: "宽x高".into(),
            theme: "党建红".into(),
        },
        Adjustment::MovePhoto {
            photo: "不存在".into(),
            group: "preface".into(),
            position: None,
        },
    ] {
        let e = f.session.apply(&bad).unwrap_err();
        assert!(e.is_user_error(), "{bad:?}");
        assert!(
            e.to_string().chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "Chinese: {e}"
        );
    }
}

#[test]
fn zhanban_cli_adjust_writes_an_override_that_the_next_layout_keeps() {
    use common::{cli, s};
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("命令行 调整.zhanban");
    assert!(cli(&["new".as_ref(), s(&project)]).status.success());
    let article = corpus("qingdao-model-organs-2023.txt");
    let photos: Vec<_> = real_photos().into_iter().take(4).collect();
    let mut args = vec!["import".as_ref(), s(&project), s(&article)];
    args.extend(photos.iter().map(|p| s(p)));
    assert!(cli(&args).status.success());

    let summary = |out: std::process::Output| -> serde_json::Value {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let before = summary(cli(&["layout".as_ref(), s(&project), "--json".as_ref()]));
    // Every group on each board (a short section shares its board with the next one), with its photos' hashes.
    let groups_of = |v: &serde_json::Value| -> Vec<(String, Vec<String>)> {
        v["boards"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|b| b["groups"].as_array().unwrap().clone())
            .map(|g| {
                let photos = g["photos"].as_array().unwrap().iter();
                let photos = photos.map(|p| p.as_str().unwrap().to_string()).collect();
                (g["key"].as_str().unwrap().to_string(), photos)
            })
            .collect()
    };
    let (from, hash) = groups_of(&before)
        .into_iter()
        .find_map(|(k, photos)| Some((k, photos.first()?.clone())))
        .unwrap();
    let to = groups_of(&before)
        .into_iter()
        .map(|(k, _)| k)
        .find(|g| *g != from && g.contains("-b"))
        .unwrap();
    let adjustment = serde_json::json!({ "kind": "move_photo", "photo": hash, "group": to, "position": null });
    let after = summary(cli(&[
        "adjust".as_ref(),
        s(&project),
        adjustment.to_string().as_ref(),
        "--json".as_ref(),
    ]));
    let on = |v: &serde_json::Value, group: &str| {
        groups_of(v)
            .iter()
            .any(|(k, photos)| k == group && photos.contains(&hash))
    };
    assert!(on(&after, &to), "moved to {to}: {after}");
    // A plain re-layout keeps it: the override is stored in the project.
    let again = summary(cli(&["layout".as_ref(), s(&project), "--json".as_ref()]));
    assert!(on(&again, &to) && !on(&again, &from));

    let bad = cli(&["adjust".as_ref(), s(&project), "{\"kind\":\"shrink\"}".as_ref()]);
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("看不懂这项调整"), "{err}");
}

#[test]
fn export_can_reprint_chosen_boards_only() {
    let mut f = Fixture::new();
    let laid = f.layout();
    let board = &laid.frames.boards[2];
    let out = tempfile::tempdir().unwrap();
    let choice = ExportChoice {
        no_review: true,
        force: true,
        boards: Some(vec![board.id.clone()]),
        ..Default::default()
    };
    let (report, _) = f
        .session
        .export(out.path(), &choice, &|_| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!(report.boards.len(), 1);
    let pdfs: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf") && n.as_bytes()[0].is_ascii_digit())
        .collect();
    assert_eq!(pdfs.len(), 1, "{pdfs:?}");
    assert!(
        pdfs[0].starts_with(&format!("{:02}-", board.number)),
        "keeps its number: {pdfs:?}"
    );

    let none = ExportChoice {
        boards: Some(vec!["没有这块".into()]),
        force: true,
        ..Default::default()
    };
    let e = f
        .session
        .export(out.path(), &none, &|_| {}, &AtomicBool::new(false))
        .unwrap_err();
    assert!(e.is_user_error() && e.to_string().contains("至少选择一块"), "{e}");
}

/// Issue 20: the payload after each edit checks only the boards the edit changed (their findings are kept by board
/// key), and its report is always the full preflight's of the same layout. A series of random edits — paragraphs in
/// traditional script (a mixed-script warning), web chrome, a character no font has (an error), set back to what
/// was written; captions; photos made larger; undo — must never leave a stale finding or miss a new one.
#[test]
fn preflight_after_each_edit_is_the_full_preflight_and_checks_only_what_changed() {
    let mut f = Fixture::new();
    let first = f.session.payload(None, &[]).unwrap();
    let boards = first.keys.len();
    let layout = f.layout();
    let paragraphs: Vec<Source> = layout
        .frames
        .boards
        .iter()
        .flat_map(|b| &b.items)
        .filter_map(|i| match (&i.source, &i.kind) {
            (s @ Source::Block { .. }, ItemKind::Text(_)) => Some(s.clone()),
            _ => None,
        })
        .collect();
    let photos: Vec<String> = f
        .session
        .project()
        .photos()
        .unwrap()
        .into_iter()
        .map(|p| p.hash)
        .collect();
    let texts = [
        Some("機關黨員幹部堅持學習，推動工作落實。"),
        Some("版权所有 鲁ICP备12345678号 上一篇 下一篇"),
        Some("党员在\u{E000}活动中发挥作用。"),
        None,
    ];
    let mut seed = 20u64;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let (mut known, mut narrow) = (first.keys, 0);
    for step in 0..14 {
        let text_edit = match next(5) {
            0..=2 => Adjustment::Text {
                target: paragraphs[next(paragraphs.len())].clone(),
                text: texts[next(texts.len())].map(String::from),
            },
            3 => Adjustment::Caption {
                photo: photos[next(photos.len())].clone(),
                text: ["会议现场", "專題黨課", ""][next(3)].into(),
            },
            _ => Adjustment::Emphasis {
                photo: photos[next(photos.len())].clone(),
                emphasis: zhanban_layout::Emphasis::Larger,
            },
        };
        if step % 4 == 3 {
            f.session.undo().unwrap();
        } else {
            f.session.apply(&text_edit).unwrap();
        }
        let payload = f.session.payload(None, &known).unwrap();
        let checked = f.session.engine().unwrap().boards_checked();
        assert_eq!(
            payload.preflight,
            f.session.preflight().unwrap(),
            "step {step}: {text_edit:?}"
        );
        let keys: Vec<String> = f.layout().frames.boards.iter().map(board_key).collect();
        assert_eq!(payload.keys, keys, "step {step}: the keys kept are the frames' keys");
        narrow += usize::from(checked < boards);
        known = payload.keys;
    }
    assert!(
        narrow >= 7,
        "most edits check a few boards, not all {boards}: {narrow} of 14"
    );
}
