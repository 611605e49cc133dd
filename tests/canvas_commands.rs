//! The board canvas's commands on a real project (a corpus article, real photos, the real layout engine), through
//! the desktop app's command functions (`zhanban::app`): a swap dragged on the canvas (`Change::OrderPhotos`) puts
//! the photos in exactly that order and one undo takes it back; Delete (`Change::HidePhoto`) takes a photo off every
//! board and undo brings the same frames back; the inspector reads the stored choice (`photo_override`); and
//! the library reads the user's 不是同一张 (`Change::NotSame`) on both photos (`photo_relations`); 换一种排法's
//! candidates (`arrangements`) are the very boards `Change::Arrangement { n }` then lays out; and an
//! import reports each photo as it is stored (the library shows it at once), before the import ends.

mod common;

use std::ffi::OsString;
use std::path::Path;

use common::{corpus, real_photos};
use zhanban::app::{self, App};
use zhanban_frames::{BoardFrame, ItemKind};
use zhanban_project::payload::BoardsPayload;
use zhanban_project::Change;

fn run(args: &[OsString]) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_zhanban-cli"))
        .args(args)
        .output()
        .expect("zhanban-cli runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// An app with a project of a corpus article and four real photos open.
fn open(dir: &Path) -> App {
    let project = dir.join("画布.zhanban");
    run(&["new".into(), project.clone().into()]);
    let mut import: Vec<OsString> = vec!["import".into(), project.clone().into()];
    import.push(corpus("qingdao-model-organs-2023.txt").into());
    import.extend(real_photos().into_iter().take(4).map(OsString::from));
    run(&import);
    let app = App::new(zhanban::projects::RecentList::at(dir.join("recent.json")));
    app::open_project(&app, project.to_str().unwrap()).unwrap();
    app
}

fn boards(p: &BoardsPayload) -> Vec<BoardFrame> {
    p.frames
        .boards
        .iter()
        .map(|b| b.clone().expect("every board sent"))
        .collect()
}

/// The photos of a group, board by board, in the order layout placed them.
fn group_photos(p: &BoardsPayload, group: &str) -> Vec<String> {
    let frames = boards(p);
    p.summary
        .boards
        .iter()
        .filter_map(|s| Some((s, s.groups.iter().find(|g| g.key == group)?)))
        .flat_map(|(s, g)| {
            // A board may hold a short section and the next one: only this group's photos.
            let b = frames.iter().find(|b| b.id == s.id).unwrap();
            b.items
                .iter()
                .filter_map(|i| match &i.kind {
                    ItemKind::Image(img) if g.photos.contains(&img.photo) => Some(img.photo.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn on_boards(p: &BoardsPayload, hash: &str) -> bool {
    boards(p).iter().any(|b| {
        b.items
            .iter()
            .any(|i| matches!(&i.kind, ItemKind::Image(img) if img.photo == hash))
    })
}

#[test]
fn a_swap_is_one_undoable_order_and_delete_takes_a_photo_off_the_boards() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let base = app::layout_boards(&app).unwrap();
    // Two photos of the project into one group, in a known order; then swapped as the canvas does.
    let hashes: Vec<String> = {
        let mut all: Vec<String> = base
            .summary
            .boards
            .iter()
            .flat_map(|b| b.groups.iter().map(|g| g.key.clone()))
            .collect();
        all.dedup();
        let group = all.iter().find(|g| *g != "preface" && *g != "closing").unwrap().clone();
        let mut photos = group_photos(&base, &group);
        for b in boards(&base) {
            for i in b.items {
                if let ItemKind::Image(img) = i.kind {
                    if !photos.contains(&img.photo) {
                        photos.push(img.photo);
                    }
                }
            }
        }
        assert!(photos.len() >= 2, "photos on the boards: {photos:?}");
        let first = Change::OrderPhotos {
            orders: vec![(group.clone(), photos.clone())],
        };
        let ordered = app::adjust(&app, &first, &[]).unwrap();
        assert_eq!(group_photos(&ordered, &group), photos, "pinned in the order given");
        let mut swapped = photos.clone();
        swapped.swap(0, 1);
        let swap = Change::OrderPhotos {
            orders: vec![(group.clone(), swapped.clone())],
        };
        let after = app::adjust(&app, &swap, &[]).unwrap();
        assert_eq!(group_photos(&after, &group), swapped, "the two photos changed places");
        let undone = app::undo(&app, &[]).unwrap();
        assert_eq!(
            group_photos(&undone, &group),
            photos,
            "one undo takes the whole swap back"
        );
        assert!(boards(&undone) == boards(&ordered), "undo gives the same frames");
        photos
    };

    let hash = hashes[0].clone();
    let before = app::layout_boards(&app).unwrap();
    assert!(!app::photo_override(&app, &hash).unwrap().hidden);
    let hide = Change::HidePhoto {
        photo: hash.clone(),
        hidden: true,
    };
    let hidden = app::adjust(&app, &hide, &[]).unwrap();
    assert!(!on_boards(&hidden, &hash), "taken off every board");
    assert!(
        app::photo_override(&app, &hash).unwrap().hidden,
        "the inspector/library reads it"
    );
    assert!(
        !hidden.summary.unplaced.iter().any(|u| format!("{u:?}").contains(&hash)),
        "not reported as unplaced: the user took it off"
    );
    let back = app::undo(&app, &[]).unwrap();
    assert!(on_boards(&back, &hash), "undo puts it back");
    assert!(boards(&back) == boards(&before), "undo gives the same frames");
    // 放回展板 after a Delete: on the boards again, and wanted (selection never leaves it out again).
    app::adjust(&app, &hide, &[]).unwrap();
    let put_back = Change::HidePhoto {
        photo: hash.clone(),
        hidden: false,
    };
    let shown = app::adjust(&app, &put_back, &[]).unwrap();
    assert!(on_boards(&shown, &hash), "put back on a board");
    let choice = app::photo_override(&app, &hash).unwrap();
    assert!(!choice.hidden && choice.wanted, "{choice:?}");
    app::undo(&app, &[]).unwrap();
    app::undo(&app, &[]).unwrap();

    // 不是同一张: the library reads the user's word on both photos (and the faces, centre, copies, bursts import found);
    // undo takes it back.
    let (a, b) = (hashes[1].clone(), hashes[2].clone());
    let relations = app::photo_relations(&app).unwrap();
    assert_eq!(relations.len(), hashes.len());
    assert!(relations.iter().all(|r| r.not_same.is_empty() && r.centre.is_some()));
    let not_same = Change::NotSame {
        photo: a.clone(),
        other: b.clone(),
        not_same: true,
    };
    app::adjust(&app, &not_same, &[]).unwrap();
    let said = |app: &App| -> Vec<(String, Vec<String>)> {
        app::photo_relations(app)
            .unwrap()
            .into_iter()
            .filter(|r| !r.not_same.is_empty())
            .map(|r| (r.hash, r.not_same))
            .collect()
    };
    let mut expected = vec![(a.clone(), vec![b.clone()]), (b.clone(), vec![a.clone()])];
    expected.sort();
    let mut got = said(&app);
    got.sort();
    assert_eq!(got, expected);
    app::undo(&app, &[]).unwrap();
    assert!(said(&app).is_empty(), "undo takes the word back");

    // An unknown photo is refused in Chinese, nothing stored.
    let bad = Change::HidePhoto {
        photo: "no-such-hash".into(),
        hidden: true,
    };
    match app::adjust(&app, &bad, &[]) {
        Err(zhanban::payloads::CommandError::User { message: m, .. }) => assert!(m.contains("没有这张照片"), "{m}"),
        other => panic!("not refused: {:?}", other.map(|_| ())),
    }
}

#[test]
fn the_arrangement_candidates_look_different_and_are_the_boards_each_choice_lays_out() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path());
    let base = app::layout_boards(&app).unwrap();
    let summary = base
        .summary
        .boards
        .iter()
        .find(|b| b.arrangements >= 3 && boards(&base).iter().any(|f| f.id == b.id && f.items.len() > 3))
        .expect("a board with three arrangements or more");
    let candidates = app::arrangements(&app, &summary.id).unwrap();
    assert!(
        (2..=4).contains(&candidates.len()),
        "{} candidates of {}",
        candidates.len(),
        summary.arrangements
    );
    let current = boards(&base).into_iter().find(|b| b.id == summary.id).unwrap();
    assert_eq!(candidates[0].n, 0);
    assert!(
        candidates[0].board == current,
        "the arrangement shown now is among them, first"
    );
    // Each candidate differs visibly from every other, as thumbnails side by side (a block moved by a tenth of the
    // board or resized by a third; the rule's own cases are in the project crate's tests).
    for (i, a) in candidates.iter().enumerate() {
        for b in &candidates[i + 1..] {
            assert!(
                zhanban_project::pipeline::looks_different(&a.board, &b.board),
                "arrangements {} and {} look the same",
                a.n,
                b.n
            );
        }
    }
    // Nothing stored by asking: the layout is as before.
    assert!(boards(&app::layout_boards(&app).unwrap()) == boards(&base));
    for candidate in candidates.iter().skip(1) {
        let change = Change::Arrangement {
            board: summary.id.clone(),
            n: candidate.n,
        };
        let taken = app::adjust(&app, &change, &[]).unwrap();
        let board = boards(&taken).into_iter().find(|b| b.id == summary.id).unwrap();
        assert!(
            board == candidate.board,
            "candidate {} is what Arrangement {{ n }} lays out",
            candidate.n
        );
        // The one taken is shown first next time, with the others that look different from it.
        let again = app::arrangements(&app, &summary.id).unwrap();
        assert!(again.iter().any(|c| c.n == candidate.n && c.board == board));
    }
    assert!(app::arrangements(&app, "no-such-board").unwrap().is_empty());
}

#[test]
fn an_import_hands_over_each_photo_as_it_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("导入.zhanban");
    run(&["new".into(), project.clone().into()]);
    let app = App::new(zhanban::projects::RecentList::at(dir.path().join("recent.json")));
    app::open_project(&app, project.to_str().unwrap()).unwrap();
    let paths: Vec<String> = real_photos()
        .into_iter()
        .take(3)
        .map(|p| p.display().to_string())
        .collect();
    // Each photo stored must be handed over before the next file's progress: the library need not wait for the end.
    let mut events: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    let report = app::import_paths(&app, paths, |step| match step {
        zhanban_project::import::Step::Stored(row, thumb) => {
            assert!(thumb.is_some_and(|t| !t.jpeg.is_empty()), "with its thumbnail");
            events.push(format!("stored {}", row.hash));
            rows.push(row.clone());
        }
        zhanban_project::import::Step::Imported(f) => events.push(format!("imported {}", f.hash)),
        _ => {}
    })
    .unwrap();
    assert_eq!(report.imported.len(), 3);
    let expected: Vec<String> = report
        .imported
        .iter()
        .flat_map(|f| [format!("stored {}", f.hash), format!("imported {}", f.hash)])
        .collect();
    assert_eq!(events, expected, "each photo handed over as it is stored");
    assert_eq!(
        rows,
        app::project_info(&app).unwrap().photos,
        "as the library lists them"
    );
}
