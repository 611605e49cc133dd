//! 活动剪影 (issue 16, point 2): per section, layout chooses the photos that serve it (as many as the room beside its
//! text); the rest go onto 活动剪影 gallery boards at the end of the exhibition, or — the user's choice — stay in the
//! library, listed with their reasons. The material: the corpus's 2023 article with 30 photos of real pixel sizes
//! (none anchored, every other one captioned, three of them the Solvay group photo with the faces the import finds
//! in it), plus two WeChat-size copies, a burst of three, an 800×600 web copy and a WeChat-size picture of its own.
//!
//! With the boards on, every usable photo no section chose is on a 活动剪影 board exactly once — never a copy of a
//! picture used elsewhere, never a burst shot left out — and those boards are a designed gallery (captions under
//! their photos, every photo at 100 ppi or more, no hole over the critic's limit, at least three photos a board, no
//! face cut); off, there is none and the same photos are listed as not chosen. No photo prints below the 72 ppi
//! print floor anywhere. One or two photos left over make no gallery: they stay beside their sections' text. The
//! user's word wins: a photo taken off a board stays off, one put on the 活动剪影 boards goes there, one asked for is
//! placed.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use zhanban_frames::{ItemKind, Source};
use zhanban_layout::critic;
use zhanban_layout::plan::GALLERY;
use zhanban_layout::*;

/// The Solvay conference group photo's faces as the import finds them.
fn group_faces() -> PhotoFacts {
    let solvay = common::crate_file("rustface-0.1.7", "test.png").expect("the rustface crate package (cargo fetch)");
    let facts = common::facts_of(&solvay);
    assert!(facts.faces.len() > 10, "the group's faces: {}", facts.faces.len());
    facts
}

fn material() -> Material {
    let mut m = common::corpus_material();
    m.writeups.truncate(1);
    let faces = group_faces();
    for (i, p) in m.photos.iter_mut().enumerate() {
        p.anchor = None;
        p.caption = (i % 2 == 0).then(|| format!("第{}张：机关党员志愿服务队走进社区开展活动", i + 1));
        // Sharpness from the import's measure, varied so that the choice is visible.
        p.facts.sharpness = 100.0 + ((i * 37) % 29) as f64 * 10.0;
        if [4, 11, 17].contains(&i) {
            p.facts = PhotoFacts {
                sharpness: p.facts.sharpness,
                ..faces.clone()
            };
            (p.width_px, p.height_px) = (3332, 2272);
        }
    }
    let photo = |hash: &str, name: &str, w: u32, h: u32, facts: PhotoFacts| PhotoInput {
        hash: hash.into(),
        file_name: name.into(),
        width_px: w,
        height_px: h,
        orientation: 1,
        caption: None,
        anchor: None,
        facts,
    };
    let first = m.photos[0].hash.clone();
    let late = m.photos[25].hash.clone();
    m.photos.push(photo(
        "wechat-a",
        "微信图片_a.jpg",
        1080,
        810,
        PhotoFacts {
            same_as: Some(first),
            ..Default::default()
        },
    ));
    m.photos.push(photo(
        "wechat-b",
        "微信图片_b.jpg",
        1080,
        810,
        PhotoFacts {
            same_as: Some(late),
            ..Default::default()
        },
    ));
    // A web copy of another picture (800×600: 59 ppi at the smallest photo size, captioned) and a WeChat-size
    // picture of its own (1080×810: 79 ppi).
    let mut web = photo("web-small", "网页图.jpg", 800, 600, PhotoFacts::default());
    web.caption = Some("网页转存的小图".into());
    m.photos.push(web);
    m.photos.push(photo(
        "wechat-alone",
        "微信图片_c.jpg",
        1080,
        810,
        PhotoFacts::default(),
    ));
    for k in 0..3 {
        m.photos.push(photo(
            &format!("burst{k}"),
            &format!("BURST_{k}.jpg"),
            4000,
            3000,
            PhotoFacts {
                burst: Some("burst0".into()),
                sharpness: 200.0 + k as f64,
                ..Default::default()
            },
        ));
    }
    m
}

fn layout(m: &Material, ov: &Overrides) -> LayoutResult {
    let settings = LayoutSettings {
        spec: BoardSpec::new(1200.0, 900.0),
        theme: "党建红".into(),
    };
    let r = common::engine().layout(m, &settings, ov).unwrap();
    let errs = common::check(m, ov, &r);
    assert!(errs.is_empty(), "{errs:#?}");
    r
}

/// Photo hashes per board id, in reading order, for the 活动剪影 boards and for the others.
fn photos_on(r: &LayoutResult) -> (Vec<String>, Vec<String>) {
    let (mut gallery, mut sections) = (Vec::new(), Vec::new());
    for (b, s) in r.frames.boards.iter().zip(&r.summary.boards) {
        for i in &b.items {
            if let (ItemKind::Image(img), Source::Photo { .. }) = (&i.kind, &i.source) {
                if i.id == "logo" {
                    continue;
                }
                if s.group == GALLERY {
                    gallery.push(img.photo.clone());
                } else {
                    sections.push(img.photo.clone());
                }
            }
        }
    }
    (gallery, sections)
}

#[test]
fn unused_photos_go_on_gallery_boards_once_or_stay_in_the_library() {
    let m = material();
    let spec = BoardSpec::new(1200.0, 900.0);
    let by_hash: BTreeMap<&str, &PhotoInput> = m.photos.iter().map(|p| (p.hash.as_str(), p)).collect();
    let on = layout(&m, &Overrides::default());
    println!("{}", on.summary.to_text());
    let (gallery, sections) = photos_on(&on);

    // The photos selection keeps (one copy per picture, one shot per burst) that no section chose: each once on the
    // 活动剪影 boards.
    let chosen = zhanban_layout::select::select(&m, &Overrides::default());
    let usable: BTreeSet<&str> = m
        .photos
        .iter()
        .zip(&chosen.used)
        .filter(|(p, used)| **used && select::ppi_at_min_area(p.width_px, p.height_px, &spec) >= 100.0)
        .map(|(p, _)| p.hash.as_str())
        .collect();
    let in_sections: BTreeSet<&str> = sections.iter().map(String::as_str).collect();
    let want: Vec<&str> = m
        .photos
        .iter()
        .map(|p| p.hash.as_str())
        .filter(|h| usable.contains(h) && !in_sections.contains(h))
        .collect();
    assert!(want.len() >= 3, "the sections chose nearly everything: {want:?}");
    let mut sorted = gallery.clone();
    sorted.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(
        sorted, want_sorted,
        "the 活动剪影 boards hold every usable photo no section chose, once"
    );
    // Planned by shape (portraits first, then the wider the later), like shapes sharing rows.
    let planned = plan::plan_for(&m, &Overrides::default(), spec);
    let g = planned.groups.iter().find(|g| g.key == GALLERY).unwrap();
    let aspects: Vec<f64> = g.photos.iter().map(|s| m.photos[s.index].aspect()).collect();
    assert!(aspects.windows(2).all(|w| w[0] <= w[1]), "{aspects:?}");
    for h in &gallery {
        let p = by_hash[h.as_str()];
        assert!(p.facts.same_as.is_none() || !sections.contains(p.facts.same_as.as_ref().unwrap()));
        assert!(
            !h.starts_with("wechat") && !h.starts_with("burst") || h == "burst2",
            "{h}"
        );
    }
    // Never below the print floor: the web copy is left out as too coarse to print, the WeChat-size picture placed
    // at 72 ppi or more (in a section) or listed as too coarse for a 活动剪影 board.
    for b in &on.frames.boards {
        for i in b.items.iter().filter(|i| i.id != "logo") {
            if let ItemKind::Image(img) = &i.kind {
                assert!(
                    img.effective_ppi() >= presets::MIN_PPI - 0.5,
                    "{}: {} at {:.0} ppi",
                    b.name,
                    img.photo,
                    img.effective_ppi()
                );
            }
        }
    }
    let web = on
        .summary
        .left_out
        .iter()
        .find(|l| l.hash == "web-small")
        .expect("the web copy is listed");
    assert_eq!(web.kind, LeftOutKind::LowResolution, "{web:?}");
    assert!(
        sections.iter().any(|h| h == "wechat-alone")
            || on
                .summary
                .left_out
                .iter()
                .any(|l| l.hash == "wechat-alone" && l.kind == LeftOutKind::NotChosen)
    );
    // Not chosen and not on a 活动剪影 board: only a photo too coarse for one, with its reason.
    for l in on.summary.left_out.iter().filter(|l| l.kind == LeftOutKind::NotChosen) {
        let p = by_hash[l.hash.as_str()];
        assert!(select::ppi_at_min_area(p.width_px, p.height_px, &spec) < 100.0, "{l:?}");
        assert!(l.reason.contains("100 ppi") && l.group.is_some(), "{l:?}");
    }

    // A designed gallery: titled 活动剪影, photos at 100 ppi or more with their captions (checked by common::check),
    // no hole over the critic's limit, at least three photos a board, no face cut.
    let boards: Vec<_> = on
        .frames
        .boards
        .iter()
        .zip(&on.summary.boards)
        .filter(|(_, s)| s.group == GALLERY)
        .collect();
    assert!(!boards.is_empty());
    let last_section = on
        .summary
        .boards
        .iter()
        .rposition(|s| s.group != GALLERY && s.group != "closing");
    let first_gallery = on.summary.boards.iter().position(|s| s.group == GALLERY).unwrap();
    assert!(
        last_section.unwrap() < first_gallery,
        "the 活动剪影 boards come after the sections"
    );
    let mut faces_checked = 0;
    for (b, s) in &boards {
        assert!(s.name.starts_with("活动剪影"), "{}", s.name);
        assert!(s.photos.len() >= 3, "{}: {} photos", s.name, s.photos.len());
        assert!(s.min_ppi.unwrap() >= 99.5, "{}: {:?} ppi", s.name, s.min_ppi);
        let c = critic::critique(b);
        println!(
            "{}: {} photos, hole {:.1} %, fill {:.0} %",
            s.name,
            s.photos.len(),
            c.hole_share * 100.0,
            c.fill * 100.0
        );
        assert!(
            c.hole_share <= critic::HOLE_MAX,
            "{}: hole {:.1} %",
            s.name,
            c.hole_share * 100.0
        );
        for i in &b.items {
            let ItemKind::Image(img) = &i.kind else { continue };
            let Some(p) = by_hash.get(img.photo.as_str()) else {
                continue;
            };
            if let Some(keep) = p.facts.keep() {
                let (w, h) = (f64::from(p.width_px), f64::from(p.height_px));
                assert!(
                    common::crop_keeps(&img.crop, keep, w, h),
                    "{}: a face of {} is cut",
                    s.name,
                    p.file_name
                );
                faces_checked += 1;
            }
        }
    }
    println!(
        "{} 活动剪影 boards, {} photos, {faces_checked} group photos with faces kept",
        boards.len(),
        gallery.len()
    );

    // Off: no 活动剪影 board; the sections are as before and the same photos are listed as not chosen, with the
    // section they were meant for.
    let mut off_m = m.clone();
    off_m.exhibition.gallery = Some(false);
    let off = layout(&off_m, &Overrides::default());
    let (none, sections_off) = photos_on(&off);
    assert!(none.is_empty() && off.summary.boards.iter().all(|s| s.group != GALLERY));
    assert_eq!(sections_off, sections, "the sections choose the same photos either way");
    let not_chosen: Vec<&str> = off
        .summary
        .left_out
        .iter()
        .filter(|l| l.kind == LeftOutKind::NotChosen)
        .map(|l| l.hash.as_str())
        .collect();
    for h in &gallery {
        assert!(not_chosen.contains(&h.as_str()), "{h} neither on a board nor listed");
    }
    let l = off.summary.left_out.iter().find(|l| l.hash == gallery[0]).unwrap();
    assert!(l.reason.contains("活动剪影展板已关闭") && l.group.is_some(), "{l:?}");
}

#[test]
fn the_users_word_wins_on_gallery_boards() {
    let m = material();
    let (gallery, sections) = photos_on(&layout(&m, &Overrides::default()));
    let mut ov = Overrides::default();
    let set =
        |ov: &mut Overrides, h: &str, f: &dyn Fn(&mut PhotoOverride)| f(ov.photos.entry(h.to_string()).or_default());
    // Taken off a 活动剪影 board (Delete on the canvas): it stays off, listed as the user's choice.
    set(&mut ov, &gallery[0], &|o| o.hidden = true);
    // A section photo put on the 活动剪影 boards by the user goes there.
    set(&mut ov, &sections[0], &|o| o.group = Some(GALLERY.into()));
    let r = layout(&m, &ov);
    let (g, s) = photos_on(&r);
    assert!(!g.contains(&gallery[0]) && !s.contains(&gallery[0]));
    let l = r.summary.left_out.iter().find(|l| l.hash == gallery[0]).unwrap();
    assert_eq!(l.kind, LeftOutKind::Hidden);
    assert!(g.contains(&sections[0]) && !s.contains(&sections[0]));
    assert_eq!(g.iter().filter(|h| **h == sections[0]).count(), 1);

    // Off: a photo the user asks for (放回展板) is placed in its section; one kept out never appears.
    let mut off_m = m.clone();
    off_m.exhibition.gallery = Some(false);
    let mut ov = Overrides::default();
    set(&mut ov, &gallery[1], &|o| o.wanted = true);
    set(&mut ov, &gallery[2], &|o| o.hidden = true);
    let r = layout(&off_m, &ov);
    let (g, s) = photos_on(&r);
    assert!(g.is_empty());
    assert!(s.contains(&gallery[1]), "the photo asked for is placed");
    assert!(!s.contains(&gallery[2]));
    assert_eq!(
        r.summary.left_out.iter().find(|l| l.hash == gallery[2]).unwrap().kind,
        LeftOutKind::Hidden
    );

    // One or two photos left for the 活动剪影 boards make no gallery: they go back beside their sections' text. (The
    // others taken off, burst shots all — else the next shot of a burst steps in.)
    let kept: Vec<&String> = gallery.iter().filter(|h| !h.starts_with("burst")).take(2).collect();
    let mut ov = Overrides::default();
    for h in gallery.iter().filter(|h| !kept.contains(h)) {
        set(&mut ov, h, &|o| o.hidden = true);
    }
    for k in 0..3 {
        set(&mut ov, &format!("burst{k}"), &|o| o.hidden = true);
    }
    let r = layout(&m, &ov);
    let (g, s) = photos_on(&r);
    assert!(g.is_empty() && r.summary.boards.iter().all(|b| b.group != GALLERY));
    assert!(kept.iter().all(|h| s.contains(h)), "{kept:?} not in {s:?}");

    // The 活动剪影 boards deleted: listed to restore, their photos listed as not chosen.
    let ov = Overrides {
        removed: vec![GALLERY.into()],
        ..Default::default()
    };
    let r = layout(&m, &ov);
    assert!(photos_on(&r).0.is_empty());
    assert!(r
        .summary
        .removed
        .iter()
        .any(|g| g.key == GALLERY && g.title == "活动剪影"));
    let l = r.summary.left_out.iter().find(|l| l.hash == gallery[0]).unwrap();
    assert!(l.kind == LeftOutKind::NotChosen && l.reason.contains("删除"), "{l:?}");
}
