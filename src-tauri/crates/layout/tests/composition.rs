//! Composition quality on real material: photos never enlarged beyond their resolution (real web and WeChat pixel
//! sizes), text-only boards set as a designed, centred block, a section's photos kept beside its text instead of
//! alone on a （续） board, no near-empty （续） boards, key figures shown once, and boards filled.

mod common;

use zhanban_frames::{BoardFrame, ItemKind, Source, TextRole};
use zhanban_layout::*;

fn settings(size: &str) -> LayoutSettings {
    LayoutSettings {
        spec: BoardSpec::parse(size).unwrap(),
        theme: "党建红".into(),
    }
}

fn photo(i: usize, w: u32, h: u32, anchor: Option<Anchor>) -> PhotoInput {
    PhotoInput {
        hash: format!("h{i:02}-{w}x{h}"),
        file_name: format!("photo-{i:02}-{w}x{h}.jpg"),
        width_px: w,
        height_px: h,
        orientation: 1,
        caption: Some(format!("第{}张：机关党员志愿服务队走进社区开展活动", i + 1)),
        anchor,
        facts: Default::default(),
    }
}

/// Photos of these sizes without captions (as a page's or a phone's photos come).
fn uncaptioned(sizes: &[(u32, u32)]) -> Vec<PhotoInput> {
    sizes
        .iter()
        .enumerate()
        .map(|(i, &(w, h))| PhotoInput {
            caption: None,
            ..photo(i, w, h, None)
        })
        .collect()
}

/// The 2023 corpus article with these photos spread over its sections.
fn article_with(sizes: &[(u32, u32)]) -> Material {
    let mut m = common::corpus_material();
    m.writeups.truncate(1);
    m.photos = sizes
        .iter()
        .enumerate()
        .map(|(i, &(w, h))| photo(i, w, h, None))
        .collect();
    m
}

fn ppis(b: &BoardFrame) -> Vec<(String, f64, f64)> {
    b.items
        .iter()
        .filter_map(|i| match (&i.kind, &i.source) {
            (ItemKind::Image(img), Source::Photo { hash }) => {
                Some((hash.clone(), img.effective_ppi(), img.rect.area()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn web_and_wechat_photos_are_not_enlarged_beyond_their_resolution() {
    let eng = common::engine();
    // A 1365×1074 web photo, 640×480 WeChat copies and 4000×3000 camera photos.
    let sizes = [
        (1365, 1074),
        (640, 480),
        (4000, 3000),
        (1365, 1074),
        (640, 480),
        (4000, 3000),
        (3000, 4000),
        (1365, 1074),
    ];
    let m = article_with(&sizes);
    let ov = Overrides::default();
    for size in ["1200x900", "800x2000", "2400x1200"] {
        let r = eng.layout(&m, &settings(size), &ov).unwrap();
        let errs = common::check(&m, &ov, &r);
        assert!(errs.is_empty(), "{size}: {errs:#?}");
        let spec = BoardSpec::parse(size).unwrap();
        let min_area = spec.min_photo_area();
        // A photo that would print below 72 ppi even at the smallest photo area (1/12 of the board, less on roll-ups) is left out
        // and reported with its reason (issue 16); the others are placed.
        let printable = |w: u32, h: u32| zhanban_layout::select::ppi_at_min_area(w, h, &spec) >= 72.0;
        let mut web = Vec::new();
        for b in &r.frames.boards {
            for (hash, ppi, area) in ppis(b) {
                if hash.ends_with("1365x1074") {
                    web.push(ppi);
                    // Never larger than 100 ppi allows, unless that is under the minimum area (then at it).
                    assert!(
                        ppi >= 99.5 || area <= min_area * 1.05,
                        "{size}: web photo at {ppi:.0} ppi"
                    );
                }
                if hash.ends_with("640x480") {
                    panic!("{size}: a 640×480 WeChat copy is laid out at {ppi:.0} ppi");
                }
                if hash.ends_with("4000x3000") || hash.ends_with("3000x4000") {
                    assert!(ppi >= 99.5, "{size}: camera photo at {ppi:.0} ppi");
                    assert!(!r.summary.low_resolution.iter().any(|l| l.hash == hash));
                }
            }
        }
        for p in &m.photos {
            let left = r.summary.left_out.iter().find(|l| l.hash == p.hash);
            if printable(p.width_px, p.height_px) {
                assert!(left.is_none(), "{size}: {left:?}");
            } else {
                let l = left.unwrap_or_else(|| panic!("{size}: {} not reported", p.file_name));
                assert!(
                    l.kind == LeftOutKind::LowResolution && l.reason.contains("72 ppi"),
                    "{l:?}"
                );
            }
        }
        eprintln!(
            "{size}: web photo ppi {web:.0?}; {} low-resolution reports, {} left out",
            r.summary.low_resolution.len(),
            r.summary.left_out.len()
        );
        assert_eq!(web.len(), if printable(1365, 1074) { 3 } else { 0 }, "{size}");
        assert!(r.summary.to_text().contains("未用于展板的照片"));
    }
}

/// Characters per line of a text block (lines by baseline).
fn line_lengths(t: &zhanban_frames::TextBlock) -> Vec<usize> {
    let mut lines: Vec<(f64, usize)> = Vec::new();
    for r in &t.runs {
        let n = r.text().chars().count();
        match lines.iter_mut().find(|(y, _)| (y - r.origin.y).abs() < 0.01) {
            Some(l) => l.1 += n,
            None => lines.push((r.origin.y, n)),
        }
    }
    lines.into_iter().map(|(_, n)| n).collect()
}

/// Checks a text-only board: body at the size given, lines of 30–40 characters (the last of a paragraph aside),
/// the block centred across the body and balanced vertically (a little above the middle).
/// `shortest`: the fewest characters a full line may hold (24 on a roll-up's 前言/结束语 panel, whose measure of 28
/// at display size breaks a few characters early before punctuation; else 26).
fn designed_text_board(b: &BoardFrame, min_pt: f64, shortest: usize) {
    let body: Vec<&zhanban_frames::TextBlock> = b
        .items
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Text(t) if t.role == TextRole::Body => Some(t),
            _ => None,
        })
        .collect();
    assert!(!body.is_empty(), "{}: no body text", b.name);
    let size = body[0].runs[0].size_pt;
    assert!(size >= min_pt, "{}: body at {size} pt", b.name);
    let mut full = Vec::new();
    for t in &body {
        let l = line_lengths(t);
        full.extend_from_slice(&l[..l.len().saturating_sub(1)]);
    }
    for n in &full {
        // Half-width digits and compressed punctuation let a 40-em line hold a few more characters.
        // (At the 前言/结束语 panel's 80–90 pt a line may break a character or two earlier before punctuation.)
        assert!(
            (shortest..=44).contains(n),
            "{}: a line of {n} characters ({full:?})",
            b.name
        );
    }
    let left = body.iter().map(|t| t.rect.x).fold(f64::MAX, f64::min);
    let right = body.iter().map(|t| t.rect.right()).fold(0.0, f64::max);
    // The block starts at its set heading when it has one (前言, 结束语).
    let heading_top = b
        .items
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Text(t) if i.id == "panel-heading" => Some(t.rect.y),
            _ => None,
        })
        .fold(f64::MAX, f64::min);
    let top = body.iter().map(|t| t.rect.y).fold(heading_top, f64::min);
    let bottom = body.iter().map(|t| t.rect.bottom()).fold(0.0, f64::max);
    let safe = b.safe_area();
    let (l, r) = (left - safe.x, safe.right() - right);
    assert!(
        (l - r).abs() < 0.02 * safe.w,
        "{}: block not centred ({l:.0} vs {r:.0} mm)",
        b.name
    );
    let title_bottom = b
        .items
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Text(t) if t.role == TextRole::BoardTitle => Some(t.rect.bottom()),
            _ => None,
        })
        .fold(0.0, f64::max);
    let (above, below) = (top - title_bottom, safe.bottom() - bottom);
    if heading_top < f64::MAX {
        // A 前言/结束语 panel: balanced (a block that nearly fills the body has nothing to balance).
        assert!(
            above + below < 0.15 * safe.h || (above >= 0.3 * below && above <= 1.2 * below),
            "{}: block not balanced vertically ({above:.0} mm above, {below:.0} mm below)",
            b.name
        );
    } else {
        text_starts_at_the_top(b, top);
    }
}

/// A section's text starts at the top of the body (under the key figures when they stand there): no empty band
/// above it.
fn text_starts_at_the_top(b: &BoardFrame, top: f64) {
    let body = critic::body_of(b);
    let figures = b
        .items
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Text(t) if matches!(t.role, TextRole::KeyFigure | TextRole::KeyFigureLabel) && t.rect.y < top => {
                Some(t.rect.bottom() + critic::block_gap(b.width, b.height))
            }
            // (A key figure's tile is the block: its padding is not a band.)
            ItemKind::Rect(r) if i.id.starts_with("figure-tile-") && r.rect.y < top => {
                Some(r.rect.bottom() + critic::block_gap(b.width, b.height))
            }
            _ => None,
        })
        .fold(body.y, f64::max);
    assert!(
        top - figures < 1.0,
        "{}: an empty band of {:.0} mm above the text",
        b.name,
        top - figures
    );
}

/// The text of a board's item `id`.
fn text_of(b: &BoardFrame, id: &str) -> String {
    b.items
        .iter()
        .find_map(|i| match &i.kind {
            ItemKind::Text(t) if i.id == id => Some(t.runs.iter().map(|r| r.text()).collect()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{}: no {id}", b.name))
}

/// The tinted panel of a 前言/结束语 board.
fn panel_of(b: &BoardFrame) -> zhanban_frames::Rect {
    b.items
        .iter()
        .find_map(|i| match &i.kind {
            ItemKind::Rect(r) if i.id == "panel" => Some(r.rect),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{}: no panel", b.name))
}

/// The set heading of a 前言/结束语 panel: inside the panel, above all the body text, larger than it, centred.
fn panel_heading(b: &BoardFrame, want: &str) {
    let panel = panel_of(b);
    let heading = b
        .items
        .iter()
        .find_map(|i| match &i.kind {
            ItemKind::Text(t) if i.id == "panel-heading" => Some(t),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{}: no panel heading", b.name));
    let text: String = heading.runs.iter().map(|r| r.text()).collect();
    assert_eq!(text, want, "{}", b.name);
    assert!(panel.contains(&heading.rect), "{}: heading outside its panel", b.name);
    let body: Vec<&zhanban_frames::TextBlock> = b
        .items
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Text(t) if t.role == TextRole::Body => Some(t),
            _ => None,
        })
        .collect();
    let body_pt = body[0].runs[0].size_pt;
    assert!(
        heading.runs[0].size_pt > body_pt,
        "{}: heading not larger than the text",
        b.name
    );
    let top = body.iter().map(|t| t.rect.y).fold(f64::MAX, f64::min);
    assert!(heading.rect.bottom() <= top, "{}: heading not above the text", b.name);
    let ink_l = heading.runs.iter().map(|r| r.origin.x).fold(f64::MAX, f64::min);
    let mid = panel.x + panel.w / 2.0;
    assert!(
        ink_l < mid && ink_l > panel.x + 0.3 * panel.w,
        "{}: heading not centred",
        b.name
    );
}

#[test]
fn preface_and_closing_boards_are_designed_text_blocks() {
    let eng = common::engine();
    let m = common::corpus_material();
    for size in ["1200x900", "800x2000"] {
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let boards = &r.frames.boards;
        let preface = &boards[0];
        let closing = boards.last().unwrap();
        assert_eq!(preface.name, "前言");
        assert_eq!(closing.name, "结束语");
        // Short texts: at the largest size allowed (twice the 28 pt minimum); on a roll-up, whose panel runs the
        // body's height, larger still — as large as a measure of 28 characters allows inside the panel's margins
        // (71 pt set the text on the panel's frame).
        let shortest = if size == "800x2000" { 24 } else { 26 };
        designed_text_board(preface, if size == "800x2000" { 64.0 } else { 55.9 }, shortest);
        designed_text_board(closing, 55.9, shortest);
        panel_heading(preface, "前\u{3000}言");
        panel_heading(closing, "结束语");
        // The band carries the exhibition title (the panel says 前言/结束语 once; "前言" in the band over "前　言"
        // in the panel said it twice), and the panel is a surface, not a strip in a void.
        for (b, word) in [(preface, "前"), (closing, "结束")] {
            let title = text_of(b, "title");
            assert_eq!(title, m.exhibition.title.clone().unwrap(), "{size}: {}", b.name);
            let said = b
                .items
                .iter()
                .filter_map(|i| match &i.kind {
                    ItemKind::Text(t) => Some(t.runs.iter().map(|r| r.text()).collect::<String>()),
                    _ => None,
                })
                .filter(|t| t.starts_with(word))
                .count();
            assert_eq!(said, 1, "{size}: {} says its name {said} times", b.name);
            let body = critic::body_of(b);
            assert!(
                panel_of(b).h >= 0.58 * body.h - 1.0,
                "{size}: {} panel {:.0} of a body {:.0} tall",
                b.name,
                panel_of(b).h,
                body.h
            );
        }
        // On a roll-up the panel runs from the title zone down to the body's end above the stand's base: no void
        // above or below it (it stood at mid-height, 42 % of the body tall, before).
        if size == "800x2000" {
            for b in [preface, closing] {
                let body = critic::body_of(b);
                let panel = panel_of(b);
                assert!(
                    (panel.y - body.y).abs() < 1.0 && (body.bottom() - panel.bottom()).abs() < 1.0,
                    "{}: panel {panel:?} in body {body:?}",
                    b.name
                );
                assert!(critic::critique(b).fill >= 0.35, "{}", b.name);
            }
        }
        // The text stands an em or more in from the panel's sides (a measure of the body's width set it on a
        // roll-up's panel frame); on a roll-up a short text stands in the panel's upper part and the theme's waves
        // fill the part under it, inside the panel (its lower part was bare tint under a small block).
        for b in [preface, closing] {
            let panel = panel_of(b);
            let texts: Vec<zhanban_frames::Rect> = b
                .items
                .iter()
                .filter_map(|i| match &i.kind {
                    ItemKind::Text(t) if panel.contains(&t.rect) => Some(t.rect),
                    _ => None,
                })
                .collect();
            let em = b
                .items
                .iter()
                .find_map(|i| match &i.kind {
                    ItemKind::Text(t) if t.role == TextRole::Body => Some(t.runs[0].size_pt),
                    _ => None,
                })
                .expect("body text")
                * 25.4
                / 72.0;
            for t in &texts {
                assert!(
                    t.x - panel.x >= em - 0.5 && panel.right() - t.right() >= em - 0.5,
                    "{size}: {} text {t:?} on its panel's edge {panel:?}",
                    b.name
                );
            }
            let motif: Vec<(f64, f64)> = b
                .items
                .iter()
                .filter(|i| i.id.starts_with("dress-panel-motif"))
                .flat_map(|i| match &i.kind {
                    ItemKind::Path(p) => p
                        .ops
                        .iter()
                        .filter_map(|op| match *op {
                            zhanban_frames::PathOp::MoveTo { x, y } | zhanban_frames::PathOp::LineTo { x, y } => {
                                Some((x, y))
                            }
                            _ => None,
                        })
                        .collect::<Vec<_>>(),
                    _ => Vec::new(),
                })
                .collect();
            if size == "800x2000" {
                let text_bottom = texts.iter().map(|t| t.bottom()).fold(0.0, f64::max);
                assert!(!motif.is_empty(), "{}: no motif", b.name);
                for (x, y) in motif {
                    assert!(
                        x >= panel.x && x <= panel.right() && y > text_bottom && y <= panel.bottom(),
                        "{}: motif point {x:.0},{y:.0} outside the panel {panel:?} under the text ({text_bottom:.0})",
                        b.name
                    );
                }
            } else {
                assert!(motif.is_empty(), "{size}: {} has a motif", b.name);
            }
        }
        // A long text-only section: smaller, still a measure of 30–40 characters.
        for b in boards.iter().filter(|b| b.name.starts_with("一、突出政治建设")) {
            designed_text_board(b, 28.0, 26);
        }
    }
}

#[test]
fn an_exhibition_title_too_long_for_the_band_stays_the_kicker_of_the_preface() {
    // A project named after its file (the CLI's default title): one Latin word wider than the band at title size
    // overflowed the 前言's band (preflight: 文字“qingdao-case-fou…”超出了它的文字框). The board keeps "前言" as its
    // title and the exhibition title as its kicker, as every other board does.
    let eng = common::engine();
    let mut m = common::corpus_material();
    m.exhibition.title = Some("qingdao-case-four-threes-traditional".into());
    let r = eng.layout(&m, &settings("800x2000"), &Overrides::default()).unwrap();
    let preface = &r.frames.boards[0];
    assert_eq!(text_of(preface, "title"), "前言");
    assert_eq!(
        text_of(preface, "exhibition-title"),
        "qingdao-case-four-threes-traditional"
    );
    // On 1200×900 it fits in the band at title size, and is the title there.
    let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
    assert_eq!(
        text_of(&r.frames.boards[0], "title"),
        "qingdao-case-four-threes-traditional"
    );
}

#[test]
fn a_board_title_on_two_lines_is_balanced() {
    // Seen on never-tuned pages (1200×900): 县委组织部召集…现场推 / 进会 — a title set at the full measure left a
    // word's last two characters alone on its second line. Two lines of a title are of about one length.
    let eng = common::engine();
    let mut m = common::corpus_material();
    let long = "县委组织部召集香山社区结对共创单位召开创文工作现场推进会";
    m.writeups[0].title = long.into();
    let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
    let title = r
        .frames
        .boards
        .iter()
        .find_map(|b| {
            b.items.iter().find_map(|i| match &i.kind {
                ItemKind::Text(t) if i.id == "title" && t.runs.iter().map(|r| r.text()).collect::<String>() == long => {
                    Some(t.clone())
                }
                _ => None,
            })
        })
        .expect("the long title on a board");
    let mut lines: std::collections::BTreeMap<i64, usize> = Default::default();
    for r in &title.runs {
        *lines.entry(r.origin.y.round() as i64).or_default() += r.text().chars().count();
    }
    let n: Vec<usize> = lines.into_values().collect();
    assert_eq!(n.len(), 2, "{n:?}");
    assert!(n[0].abs_diff(n[1]) <= 3, "unbalanced title lines {n:?}");
}

/// The lines of the board title `title` as laid out on some board at `size`, by baseline.
fn title_lines(m: &zhanban_layout::Material, size: &str, title: &str) -> Vec<String> {
    let r = common::engine()
        .layout(m, &settings(size), &Overrides::default())
        .unwrap();
    let runs = r
        .frames
        .boards
        .iter()
        .find_map(|b| {
            b.items.iter().find_map(|i| match &i.kind {
                ItemKind::Text(t)
                    if i.id == "title"
                        && t.runs.iter().map(|r| r.text().replace(' ', "")).collect::<String>()
                            == title.replace(' ', "") =>
                {
                    Some(t.runs.clone())
                }
                _ => None,
            })
        })
        .unwrap_or_else(|| panic!("{size}: the title {title} on a board"));
    let mut lines: std::collections::BTreeMap<i64, String> = Default::default();
    for r in &runs {
        lines.entry(r.origin.y.round() as i64).or_default().push_str(&r.text());
    }
    lines.into_values().collect()
}

#[test]
fn a_board_title_on_two_lines_parts_where_its_phrases_part() {
    // A look at never-seen pages (1200×900): 机关党建工作经验研讨材料：树 / 典型示范引领 促党建质量提升 — the balanced
    // measure broke inside a word (树典型). A designer parts a title after its colon, or at its space.
    let mut m = common::corpus_material();
    let colon = "机关党建工作经验研讨材料：树典型示范引领 促党建质量提升";
    m.writeups[0].title = colon.into();
    let lines = title_lines(&m, "1200x900", colon);
    assert_eq!(
        lines,
        vec!["机关党建工作经验研讨材料：", "树典型示范引领 促党建质量提升"]
    );
    let spaced = "坚持党建引领推动机关作风建设 打造让人民群众满意的模范机关";
    m.writeups[0].title = spaced.into();
    let lines = title_lines(&m, "1200x900", spaced);
    let trimmed: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
    assert_eq!(
        trimmed,
        vec!["坚持党建引领推动机关作风建设", "打造让人民群众满意的模范机关"]
    );
    // The title reads back as written (what the inspector offers to edit is the text of the runs).
    assert_eq!(lines.concat(), spaced);
}

#[test]
fn a_sections_photos_stay_beside_its_text() {
    let eng = common::engine();
    for size in ["1200x900", "800x2000"] {
        let m = common::corpus_material();
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        for b in &r.summary.boards {
            if b.name.ends_with("（续）") {
                assert!(
                    !(b.photos.len() == 1 && b.paragraphs == 0),
                    "{size}: {} holds only a leftover photo",
                    b.name
                );
            }
        }
        // A section of about 300 characters with two photos is on one board (which it may share with the section
        // before or after it).
        let s = r
            .summary
            .boards
            .iter()
            .filter(|b| b.groups.iter().any(|g| g.title.starts_with("全面夯实基层基础")))
            .count();
        assert_eq!(s, 1, "{size}: 全面夯实基层基础 spread over {s} boards");
    }
    // One section, ~600 characters, three photos of different shapes: one board, no （续）.
    let mut m = article_with(&[(4000, 3000), (3000, 4000), (1920, 1080)]);
    let w = &mut m.writeups[0];
    let body: String = w
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.text.as_str())
        .collect();
    w.blocks = vec![
        BlockInput {
            kind: BlockKind::Heading1,
            text: "一、坚决把牢政治方向".into(),
        },
        BlockInput {
            kind: BlockKind::Paragraph,
            text: body.chars().take(600).collect(),
        },
    ];
    for size in ["1200x900", "800x2000"] {
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let names: Vec<&str> = r.summary.boards.iter().map(|b| b.name.as_str()).collect();
        assert!(
            !names.iter().any(|n| n.ends_with("（续）")),
            "{size}: {}",
            r.summary.to_text()
        );
    }
}

#[test]
fn no_near_empty_continuation_boards() {
    let eng = common::engine();
    let m = common::corpus_material();
    for size in ["1200x900", "800x2000"] {
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        for b in &r.summary.boards {
            if b.name.ends_with("（续）") && b.photos.is_empty() {
                assert!(
                    b.characters >= 150,
                    "{size}: {} holds only {} characters",
                    b.name,
                    b.characters
                );
            }
        }
    }
    // A text-only section a little longer than one board at the minimum size: the （续） board gets a fair share.
    let mut m = common::corpus_material();
    m.photos.clear();
    let long: String = m.writeups[1]
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.text.clone())
        .collect::<Vec<_>>()
        .join("\n");
    m.writeups = vec![WriteUpInput {
        id: 9,
        title: "长岛机关党建工作综述".into(),
        blocks: long
            .lines()
            .map(|t| BlockInput {
                kind: BlockKind::Paragraph,
                text: t.to_string(),
            })
            .collect(),
        key_figures: vec![],
    }];
    m.exhibition.preface = Some("前言。".into());
    let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
    for b in &r.summary.boards {
        if b.name.ends_with("（续）") {
            assert!(b.characters >= 150, "{} holds only {} characters", b.name, b.characters);
        }
    }
}

#[test]
fn key_figures_are_shown_once_on_their_groups_boards() {
    // Eight figures, each said in the first paragraph of the write-up's first section: at most four tiles on a board (issue
    // 15 point 5: "3–4 figures per section board"; this test asked for ≥ 5 when figures were a strip), each shown
    // once, on its group's boards; the rest stay in the text and are noted.
    let eng = common::engine();
    let mut m = common::corpus_material();
    m.writeups.truncate(1);
    m.photos.clear();
    let blocks = &m.writeups[0].blocks;
    let h1 = blocks.iter().position(|b| b.kind == BlockKind::Heading1).unwrap();
    let at = h1
        + blocks[h1..]
            .iter()
            .position(|b| b.kind == BlockKind::Paragraph)
            .unwrap();
    let said: String = (1..=8).map(|i| format!("建成指标{i}项目{}个，", i * 10 + 3)).collect();
    m.writeups[0].blocks[at].text = format!("{said}{}", m.writeups[0].blocks[at].text);
    m.writeups[0].key_figures = (1..=8)
        .map(|i| KeyFigure {
            value: format!("{}个", i * 10 + 3),
            label: format!("建成指标{i}项目"),
        })
        .chain([KeyFigure {
            value: "999个".into(),
            label: "未在正文中出现".into(),
        }])
        .collect();
    let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
    let mut shown: Vec<String> = Vec::new();
    let mut boards_with = Vec::new();
    for b in &r.frames.boards {
        let here: Vec<String> = b
            .items
            .iter()
            .filter_map(|i| match &i.kind {
                ItemKind::Text(t) if t.role == TextRole::KeyFigure => Some(t.runs.iter().map(|r| r.text()).collect()),
                _ => None,
            })
            .collect();
        assert!(here.len() <= 4, "{} tiles on {}: {here:?}", here.len(), b.name);
        if !here.is_empty() {
            boards_with.push(b.name.clone());
        }
        shown.extend(here);
    }
    let mut unique = shown.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), shown.len(), "a figure shown twice: {shown:?}");
    // The note counts the figures said and not shown, never one the text does not say (999个, issue 15 point 5).
    let noted: usize = r
        .summary
        .notes
        .iter()
        .filter(|n| messages::is_figures_not_shown(n))
        .map(|n| {
            n.split_whitespace()
                .nth(1)
                .and_then(|k| k.parse::<usize>().ok())
                .unwrap_or(99)
        })
        .sum();
    assert_eq!(
        noted,
        8 - shown.len(),
        "{shown:?} on {boards_with:?}: {:?}",
        r.summary.notes
    );
    assert!(shown.len() >= 3, "{shown:?}");
    let group = r
        .summary
        .boards
        .iter()
        .find(|b| b.name == boards_with[0])
        .unwrap()
        .group
        .clone();
    for name in &boards_with {
        let b = r.summary.boards.iter().find(|b| &b.name == name).unwrap();
        assert_eq!(b.group, group, "figures of {group} shown on {name}");
    }
}

#[test]
fn key_figures_are_tiles_beside_their_text() {
    // Issue 15 point 5 on corpus exhibitions with the figures the import finds in their text: at most four tiles a
    // board, each number ≥ 3× the board's body size on a tinted tile, the row spanning the safe area (its outer
    // edges on the grid), each figure said in that board's body text, labels without the number and unique on the
    // board, no trivial count; figures found but not tiled stay in the text.
    let mut tiles_seen = 0;
    for (a, n, size) in [(1, 8, "1200x900"), (4, 8, "800x2000")] {
        let (mut m, s) = common::bench_exhibition(a, n, size);
        m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
        let r = common::engine().layout(&m, &s, &Overrides::default()).unwrap();
        let spec = s.spec;
        for b in &r.frames.boards {
            let text_of = |role: TextRole| -> Vec<(String, f64, zhanban_frames::Rect)> {
                b.items
                    .iter()
                    .filter_map(|i| match &i.kind {
                        ItemKind::Text(t) if t.role == role => Some((
                            t.runs.iter().map(|r| r.text()).collect::<String>(),
                            t.runs.iter().map(|r| r.size_pt).fold(f64::INFINITY, f64::min),
                            t.rect,
                        )),
                        _ => None,
                    })
                    .collect()
            };
            let values = text_of(TextRole::KeyFigure);
            let labels = text_of(TextRole::KeyFigureLabel);
            if values.is_empty() {
                continue;
            }
            tiles_seen += values.len();
            assert!(values.len() <= 4, "{size} {}: {} tiles", b.name, values.len());
            let body: Vec<(String, f64, zhanban_frames::Rect)> = text_of(TextRole::Body);
            let body_pt = b
                .items
                .iter()
                .filter_map(|i| match &i.kind {
                    ItemKind::Text(t) if t.role == TextRole::Body => {
                        Some(t.runs.iter().map(|r| r.size_pt).fold(0.0, f64::max))
                    }
                    _ => None,
                })
                .fold(0.0, f64::max);
            let said: String = body
                .iter()
                .map(|(t, ..)| t.as_str())
                .collect::<String>()
                .replace(' ', "");
            let tiles: Vec<zhanban_frames::Rect> = b
                .items
                .iter()
                .filter_map(|i| match &i.kind {
                    ItemKind::Rect(r) if i.id.starts_with("figure-tile-") => {
                        assert!(
                            r.fill.is_some_and(|c| c.a > 0.0 && c.a < 0.5),
                            "{size} {}: tile not tinted",
                            b.name
                        );
                        Some(r.rect)
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(
                tiles.len(),
                values.len(),
                "{size} {}: a figure without its tile",
                b.name
            );
            let left = tiles.iter().map(|r| r.x).fold(f64::INFINITY, f64::min);
            let right = tiles.iter().map(|r| r.right()).fold(0.0, f64::max);
            assert!(
                (left - spec.safe).abs() <= 1.0,
                "{size} {}: tiles start at {left}",
                b.name
            );
            assert!(
                (right - (spec.width - spec.safe)).abs() <= 1.0,
                "{size} {}: tiles end at {right}",
                b.name
            );
            for (value, pt, rect) in &values {
                assert!(
                    *pt >= 3.0 * body_pt - 1e-6,
                    "{size} {}: «{value}» at {pt:.0} pt, body {body_pt:.0} pt",
                    b.name
                );
                assert!(
                    tiles
                        .iter()
                        .any(|t| t.x <= rect.x + 1e-6 && rect.right() <= t.right() + 1e-6),
                    "{size} {}: «{value}» off its tile",
                    b.name
                );
                let v = value.replace(' ', "");
                assert!(
                    said.contains(&v),
                    "{size} {}: «{value}» not said in the board's text",
                    b.name
                );
                let f = KeyFigure {
                    value: v.clone(),
                    label: String::new(),
                };
                assert!(
                    !zhanban_layout::figures::is_trivial(&f),
                    "{size} {}: trivial «{value}»",
                    b.name
                );
            }
            let mut seen: Vec<&str> = Vec::new();
            for ((label, ..), (value, ..)) in labels.iter().zip(&values) {
                let digits: String = value.chars().filter(char::is_ascii_digit).collect();
                assert!(
                    !label.contains(&digits),
                    "{size} {}: label «{label}» repeats «{value}»",
                    b.name
                );
                assert!(
                    !seen.contains(&label.as_str()),
                    "{size} {}: label «{label}» twice",
                    b.name
                );
                seen.push(label);
            }
        }
    }
    assert!(tiles_seen >= 6, "only {tiles_seen} tiles over both exhibitions");
}

#[test]
fn short_texts_are_not_spread_one_line_per_column() {
    // A short paragraph balanced over three columns reads as one line with holes in it: columns hold ≥ 3 lines.
    for size in ["1200x900", "800x2000"] {
        let mut m = common::corpus_material();
        m.photos = (0..30).map(|i| photo(i, 4000, 3000, None)).collect();
        let r = common::engine()
            .layout(&m, &settings(size), &Overrides::default())
            .unwrap();
        for b in &r.frames.boards {
            let mut columns: Vec<(i64, usize)> = Vec::new();
            for i in &b.items {
                if let ItemKind::Text(t) = &i.kind {
                    if t.role != TextRole::Body {
                        continue;
                    }
                    let mut ys: Vec<i64> = t.runs.iter().map(|r| (r.origin.y * 100.0).round() as i64).collect();
                    ys.sort_unstable();
                    ys.dedup();
                    let x = t.rect.x.round() as i64;
                    match columns.iter_mut().find(|c| c.0 == x) {
                        Some(c) => c.1 += ys.len(),
                        None => columns.push((x, ys.len())),
                    }
                }
            }
            let lines: usize = columns.iter().map(|c| c.1).sum();
            assert!(
                columns.len() <= 1 || lines >= 3 * columns.len(),
                "{size} board {} «{}»: {lines} body lines over {} columns",
                b.number,
                b.name,
                columns.len()
            );
        }
    }
}

/// A write-up of these sections (title, paragraph text), without photos.
fn sections(parts: &[(&str, String)]) -> Material {
    let mut m = common::corpus_material();
    m.writeups.truncate(1);
    m.photos.clear();
    // (untitled, so that the first section's board keeps its heading as title: see
    // `a_write_up_opening_on_a_heading_has_its_title_on_its_first_board`)
    m.writeups[0].title = String::new();
    m.writeups[0].blocks = parts
        .iter()
        .flat_map(|(t, p)| {
            [
                BlockInput {
                    kind: BlockKind::Heading1,
                    text: (*t).into(),
                },
                BlockInput {
                    kind: BlockKind::Paragraph,
                    text: p.clone(),
                },
            ]
        })
        .collect();
    m
}

fn corpus_text(chars: usize) -> String {
    let m = common::corpus_material();
    let all: String = m
        .writeups
        .iter()
        .flat_map(|w| &w.blocks)
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.text.as_str())
        .collect();
    all.chars().take(chars).collect()
}

#[test]
fn a_short_last_section_moves_up_onto_the_previous_sections_continuation_board() {
    // Issue 15, point 2: the last section of a write-up, too short for a board of its own, goes onto the (holed)
    // （续） board of the section before it instead of standing alone on a half-empty board.
    let eng = common::engine();
    let m = sections(&[
        ("一、坚决把牢政治方向", corpus_text(6000)),
        ("二、大力建设活力机关", corpus_text(260)),
    ]);
    let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let with_second: Vec<&BoardSummary> = r
        .summary
        .boards
        .iter()
        .filter(|b| b.groups.iter().any(|g| g.title.starts_with("二、")))
        .collect();
    assert_eq!(with_second.len(), 1, "{}", r.summary.to_text());
    let b = with_second[0];
    assert!(
        b.name.ends_with("（续）") && b.groups.iter().any(|g| g.title.starts_with("一、")),
        "{}",
        r.summary.to_text()
    );
}

/// The one board of a layout's write-up content (not 前言 or 结束语).
fn one_content_board(r: &LayoutResult) -> (&BoardFrame, &BoardSummary) {
    let content: Vec<_> = r
        .frames
        .boards
        .iter()
        .zip(&r.summary.boards)
        .filter(|(_, s)| s.group.starts_with('w'))
        .collect();
    assert_eq!(content.len(), 1, "{}", r.summary.to_text());
    content[0]
}

#[test]
fn a_holed_board_sets_its_text_larger_within_the_presets_range() {
    // Issue 15, point 2: a short section beside photos that cannot grow leaves a hole at 1.5 × the minimum body
    // size; the body may then go up to 2 × (as on text-only boards) to fill it.
    let eng = common::engine();
    let mut m = sections(&[("一、大力建设活力机关", corpus_text(290))]);
    m.photos = vec![photo(0, 3000, 4000, None), photo(1, 1600, 1200, None)];
    let spec = BoardSpec::parse("1200x900").unwrap();
    let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
    let (frame, s) = one_content_board(&r);
    let min = spec.min_sizes().body;
    assert!(
        s.body_pt > presets::MAX_TEXT_SCALE * min + 0.5,
        "body {} pt, hole {:.1} %",
        s.body_pt,
        100.0 * critic::critique(frame).hole_share
    );
}

/// The bounding box of a path's points (a cubic lies inside its control points' hull, so this holds the shape).
fn path_bounds(ops: &[zhanban_frames::PathOp]) -> zhanban_frames::Rect {
    use zhanban_frames::PathOp;
    let pts: Vec<(f64, f64)> = ops
        .iter()
        .flat_map(|o| match *o {
            PathOp::MoveTo { x, y } | PathOp::LineTo { x, y } => vec![(x, y)],
            PathOp::CubicTo { x1, y1, x2, y2, x, y } => vec![(x1, y1), (x2, y2), (x, y)],
            _ => vec![],
        })
        .collect();
    let (x0, x1) = pts
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |a, p| (a.0.min(p.0), a.1.max(p.0)));
    let (y0, y1) = pts
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |a, p| (a.0.min(p.1), a.1.max(p.1)));
    zhanban_frames::Rect::new(x0, y0, x1 - x0, y1 - y0)
}

#[test]
fn a_long_title_never_runs_behind_the_ribbons() {
    // Issue 15 (a designer's finding): a long sentence heading took two title lines across the whole band, and on
    // roll-ups (and 1200×900) the gold ribbons ran behind its text. The title is set in the measure left of them.
    let eng = common::engine();
    let m = sections(&[(
        "一、坚持围绕中心建设队伍服务群众推动机关党建与业务工作深度融合",
        corpus_text(400),
    )]);
    for size in ["1200x900", "900x1200", "800x2000", "600x1600", "2400x1200"] {
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        for b in &r.frames.boards {
            let title = b
                .items
                .iter()
                .find_map(|i| match &i.kind {
                    ItemKind::Text(t) if t.role == TextRole::BoardTitle => Some(t.clone()),
                    _ => None,
                })
                .expect("a board title");
            let right = title
                .runs
                .iter()
                .flat_map(|r| r.glyphs.iter().map(move |g| r.origin.x + g.x + g.advance))
                .fold(0.0, f64::max);
            for i in &b.items {
                if let (ItemKind::Path(p), Source::Theme) = (&i.kind, &i.source) {
                    let bb = path_bounds(&p.ops);
                    let overlaps_vertically = bb.y < title.rect.bottom() && title.rect.y < bb.bottom();
                    assert!(
                        !(overlaps_vertically && right > bb.x),
                        "{size} {}: the title «{}» reaches {right:.0} mm, a ribbon starts at {:.0} mm",
                        b.id,
                        b.name,
                        bb.x
                    );
                }
            }
        }
    }
}

#[test]
fn a_text_only_section_starts_at_the_top_and_fills_its_body() {
    // Issue 15 (a designer's finding): a write-up without photos had its text block set low on 900×1200 and
    // 800×2000, an empty band of about 30 % of the body above it. The text starts at the top of the body, at the
    // largest size (to a quarter step) that holds it, so the band left under it is small.
    let eng = common::engine();
    for (size, chars) in [
        ("900x1200", 900),
        ("900x1200", 1500),
        ("800x2000", 1200),
        ("800x2000", 2400),
    ] {
        let m = sections(&[("一、坚决把牢政治方向", corpus_text(chars))]);
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let min = BoardSpec::parse(size).unwrap().min_sizes().body;
        for (b, s) in r.frames.boards.iter().zip(&r.summary.boards) {
            if !s.group.starts_with('w') {
                continue;
            }
            let top = b
                .items
                .iter()
                .filter_map(|i| match &i.kind {
                    ItemKind::Text(t) if matches!(t.role, TextRole::Body | TextRole::Heading1 | TextRole::Heading2) => {
                        Some(t.rect.y)
                    }
                    _ => None,
                })
                .fold(f64::MAX, f64::min);
            text_starts_at_the_top(b, top);
            let c = critic::critique(b);
            assert!(
                c.hole_share <= critic::HOLE_MAX || s.body_pt >= presets::TEXT_ONLY_MAX_SCALE * min - 0.5,
                "{size}, {chars} characters, {}: a hole of {:.1} % under text at {} pt",
                b.name,
                100.0 * c.hole_share,
                s.body_pt
            );
        }
    }
}

#[test]
fn a_photo_at_its_resolution_limit_stands_on_the_grid_with_the_text() {
    // Issue 15, point 1 (grid first): a camera photo that may print at most ~1040 mm wide (100 ppi) under a
    // section's text on 1200×900 used to stand centred under the full-width text, both its edges 60 mm off every
    // other edge. Now the text takes the photo's measure (or, beside it, the width it leaves), so every outer edge
    // lines up with the safe area or with another block.
    let eng = common::engine();
    let mut misaligned = Vec::new();
    for chars in [450, 570] {
        let mut m = sections(&[("一、全面夯实基层基础", corpus_text(chars))]);
        m.photos = vec![photo(0, 4096, 2304, None)];
        let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{errs:#?}");
        for (b, s) in r.frames.boards.iter().zip(&r.summary.boards) {
            if !s.group.starts_with('w') {
                continue;
            }
            let c = critic::critique(b);
            assert!(
                c.hole_share <= critic::HOLE_MAX,
                "{chars}: hole {:.1} %",
                100.0 * c.hole_share
            );
            if c.misaligned > 0 {
                misaligned.push(format!("{chars} chars, {}: {:?}", b.id, c.misaligned_at));
            }
        }
    }
    assert!(misaligned.is_empty(), "{misaligned:#?}");
}

#[test]
fn text_over_photos_set_into_the_last_columns_reaches_the_last_column() {
    // Issue 15, point 1: photos set into the bottom of a section's last text columns need text above each of them.
    // The composer checked only the first of those columns, so text at the largest size that fits could stop a
    // column short: the last column empty over the photos, the body's right edge off the grid (28 body edges in
    // the design bench; 690 and 810 characters here, `body R 99.5`). Sections of several lengths with a photo at
    // its limit, on 1200×900.
    let eng = common::engine();
    let mut short = Vec::new();
    for chars in [450, 570, 690, 810, 930, 1050] {
        let mut m = sections(&[("一、全面夯实基层基础", corpus_text(chars))]);
        m.photos = vec![photo(0, 4096, 2304, None)];
        let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
        for b in &r.frames.boards {
            let c = critic::critique(b);
            short.extend(
                c.misaligned_at
                    .iter()
                    .filter(|e| e.starts_with("body"))
                    .map(|e| format!("{chars} characters, {}: {e}", b.id)),
            );
        }
    }
    assert!(short.is_empty(), "{short:#?}");
}

#[test]
fn a_lone_photo_under_text_may_grow_to_100_ppi_to_span_the_grid() {
    // Issue 15, point 1 (design bench: the corpus's w4 with 4 photos on 900×1200, its section b15 of 1111
    // characters with one photo): arranged at the 150 ppi level of the candidates, the photo stood 694 mm wide,
    // centred under the 860 mm text, both edges 83 mm off the grid — though at 100 ppi it may print wider. A row
    // put on the grid may grow its photos down to 100 ppi, whatever the level it was arranged at.
    let eng = common::engine();
    let (m, s) = common::bench_exhibition(3, 4, "900x1200");
    let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    // (since the lead's look of 2026-12-08 the write-up's dated opening stays on its boards — the 前言 is drafted —
    // and the sections fall on boards w4, w4-b4, w4-b20, each a lone photo under its text: every one is checked)
    let content: Vec<_> = r.frames.boards.iter().filter(|b| b.id.starts_with("w4")).collect();
    assert_eq!(content.len(), 3);
    for b in content {
        let c = critic::critique(b);
        assert!(
            c.hole_share <= critic::HOLE_MAX,
            "{}: hole {:.1} %",
            b.id,
            100.0 * c.hole_share
        );
        assert_eq!(c.misaligned, 0, "{}: {:?}", b.id, c.misaligned_at);
    }
}

#[test]
fn a_short_section_on_a_wide_board_sets_its_text_as_large_as_a_panels() {
    // Issue 15: on 2400×1200 a 290-character section with two photos at their 100 ppi limit (a 1920×1200 and a
    // 2056×3088 camera photo, 488 and 522 mm wide at most) left 1.5 m of the board empty with its text at 2× the
    // minimum; its text may now go up to a 前言 panel's size — or a pull quote fills the void beside the photos —,
    // and the critic's hole drops under 15 %.
    let eng = common::engine();
    let mut m = sections(&[("一、大力建设活力机关", corpus_text(290))]);
    m.photos = vec![photo(0, 1920, 1200, None), photo(1, 2056, 3088, None)];
    let spec = BoardSpec::parse("2400x1200").unwrap();
    let r = eng.layout(&m, &settings("2400x1200"), &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let (frame, s) = one_content_board(&r);
    let hole = critic::critique(frame).hole_share;
    assert_eq!(s.photos.len(), 2, "{}", r.summary.to_text());
    assert!(
        (s.body_pt > presets::TEXT_ONLY_MAX_SCALE * spec.min_sizes().body + 0.5
            || frame.items.iter().any(|i| i.id == "pull-quote"))
            && hole <= critic::HOLE_MAX,
        "body {} pt, hole {:.1} %",
        s.body_pt,
        100.0 * hole
    );
}

#[test]
fn a_short_section_alone_with_a_portrait_and_a_web_photo_sets_its_text_large_not_a_void() {
    // Issue 15, point 2 (the design benchmark's commonest hole over 15 %: 1200×900 w1-b15 17.4 %, A1 w4-b15
    // 22.5 %): a section of under 300 characters alone on its board with a portrait camera photo and a web photo
    // that may not print larger than 427×267 mm (1680×1050 at 100 ppi) stacked beside its text at 2× the minimum
    // left a void between text and photos. A whole section still holed at the text-only size now sets its text
    // up to a display size (70 pt on 1200×900, below the board title), like a short section on a wide board.
    let eng = common::engine();
    for (size, chars, photos) in [
        ("1200x900", 290, [(2056, 3088), (1680, 1050)]),
        // A1 w4-b15: a WeChat copy over a 1080×1920 portrait.
        ("594x841", 386, [(800, 541), (1080, 1920)]),
    ] {
        let mut m = sections(&[("一、大力建设活力机关", corpus_text(chars))]);
        m.photos = photos
            .iter()
            .enumerate()
            .map(|(i, &(w, h))| photo(i, w, h, None))
            .collect();
        let spec = BoardSpec::parse(size).unwrap();
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{size}: {errs:#?}");
        let (frame, s) = one_content_board(&r);
        let hole = critic::critique(frame).hole_share;
        let min = spec.min_sizes();
        assert_eq!(s.photos.len(), 2, "{size}: {}", r.summary.to_text());
        assert!(
            hole <= critic::HOLE_MAX && s.body_pt < min.title,
            "{size}: body {} pt, hole {:.1} %",
            s.body_pt,
            100.0 * hole
        );
    }
}

/// Issue 15, point 2: the last （续） board of a section that held one paragraph and one small photo, its lower half
/// empty (the design benchmark's 5th article with its 24 photos: X展架 600×1600 w5-b10#2 25.6 %, 易拉宝 800×2000
/// w5-b21#2 35.5 %, w5#2 15.4–15.9 %), now takes a paragraph or a photo from the board before it: every （续）
/// board's largest empty rectangle stays under 20 % of its body, and none is thin.
#[test]
fn a_holed_continuation_takes_from_the_board_before() {
    let eng = common::engine();
    for size in ["600x1600", "800x2000"] {
        let (m, s) = common::bench_exhibition(4, 24, size);
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        for b in r.frames.boards.iter().filter(|b| b.id.contains('#')) {
            let c = critic::critique(b);
            assert!(!c.thin, "{size} {}: thin", b.id);
            assert!(
                c.hole_share < 0.2,
                "{size} {}: hole {:.1} %",
                b.id,
                100.0 * c.hole_share
            );
        }
    }
}

/// Issue 15, point 2: the 活动剪影 boards share their photos in order of shape, so one board got every portrait and
/// no rows that fill it (the design benchmark's 2nd article: 1200×900 with 24 photos 18.3 %, 2400×1200 with 16
/// photos 23.8 %, each beside a full second board); a holed one now trades a portrait for a landscape with its
/// neighbour, or takes or gives one photo: no 活动剪影 board of those two exhibitions has a hole over 15 %.
#[test]
fn holed_gallery_boards_trade_photos_with_their_neighbour() {
    let eng = common::engine();
    for (size, n) in [("1200x900", 24), ("2400x1200", 16)] {
        let (m, s) = common::bench_exhibition(1, n, size);
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{size}: {errs:#?}");
        let gallery: Vec<&BoardFrame> = r.frames.boards.iter().filter(|b| b.id.starts_with("gallery")).collect();
        assert!(gallery.len() >= 2, "{size}: {}", r.summary.to_text());
        for b in gallery {
            let c = critic::critique(b);
            assert!(c.photos >= 3, "{size} {}: {} photos", b.id, c.photos);
            assert!(
                c.hole_share <= critic::HOLE_MAX,
                "{size} {}: hole {:.1} %",
                b.id,
                100.0 * c.hole_share
            );
        }
    }
}

#[test]
fn a_short_text_only_section_on_a_wide_board_takes_a_pull_quote_not_a_void() {
    // Issue 15, point 2: a 281-character section without photos on 2400×1200, the only section of its write-up
    // (nothing to share its board with), left the lower 40 % of its body empty even at the largest body size. A
    // sentence of it, set large in a tinted tile under the text, fills the board.
    let eng = common::engine();
    let text = corpus_text(281);
    let m = sections(&[("一、大力建设活力机关", text.clone())]);
    let r = eng.layout(&m, &settings("2400x1200"), &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let (frame, _) = one_content_board(&r);
    let c = critic::critique(frame);
    assert!(c.hole_share <= critic::HOLE_MAX, "hole {:.1} %", 100.0 * c.hole_share);
    let quote = frame
        .items
        .iter()
        .find_map(|i| match &i.kind {
            zhanban_frames::ItemKind::Text(t) if i.id == "pull-quote" => Some(t),
            _ => None,
        })
        .expect("a pull quote");
    let said: String = quote.runs.iter().map(|r| r.text()).collect();
    let said = said.trim_matches(|c| c == '“' || c == '”');
    assert!(said.chars().count() >= 10 && text.contains(said), "{said}");
    let body_pt = frame
        .items
        .iter()
        .find_map(|i| match &i.kind {
            zhanban_frames::ItemKind::Text(t) if t.role == TextRole::Body => Some(t.runs[0].size_pt),
            _ => None,
        })
        .unwrap();
    assert!(
        quote.runs[0].size_pt >= 1.5 * body_pt,
        "quote {} pt, body {body_pt} pt",
        quote.runs[0].size_pt
    );
}

#[test]
fn a_short_text_only_section_alone_on_any_board_is_not_a_block_over_a_void() {
    // Issue 15, point 2 (the lead's look at fresh14 on 800×2000): an untitled 406-character report without photos,
    // alone on its roll-up, was set at twice the minimum in the top third of the body, the rest empty (65 %). Every
    // preset's short photo-less section fills its body as a designer would (larger text, a pull quote under it).
    let eng = common::engine();
    let text = corpus_text(406);
    let m = sections(&[("一、大力建设活力机关", text)]);
    for size in ["800x2000", "600x1600", "1200x900", "900x1200", "841x1189"] {
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{size}: {errs:#?}");
        let (frame, _) = one_content_board(&r);
        let c = critic::critique(frame);
        assert!(
            c.hole_share <= critic::HOLE_MAX,
            "{size}: hole {:.1} %",
            100.0 * c.hole_share
        );
    }
}

#[test]
fn a_pull_quote_wears_its_own_bar_and_no_headings_ornament() {
    // A look at never-seen pages: the pull quote is set in the heading role (for its sizes), so the themes dressed
    // it as a heading — a second bar beside its tile's bar (党建红), a rule under the first two characters of its
    // last line (党建白). It wears only its own tile and bar.
    let eng = common::engine();
    let mut m = sections(&[("一、大力建设活力机关", corpus_text(240))]);
    m.photos = vec![photo(0, 1920, 1080, None)];
    for theme in ["党建红", "党建白", "政务蓝", "简约白"] {
        let s = LayoutSettings {
            spec: BoardSpec::parse("2400x1200").unwrap(),
            theme: theme.into(),
        };
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        let (frame, _) = one_content_board(&r);
        assert!(frame.items.iter().any(|i| i.id == "pull-quote"), "{theme}: a quote");
        let ornaments: Vec<&str> = frame
            .items
            .iter()
            .filter(|i| i.id.starts_with(dress::PREFIX) && i.id.ends_with("pull-quote"))
            .map(|i| i.id.as_str())
            .collect();
        assert!(ornaments.is_empty(), "{theme}: {ornaments:?}");
    }
}

#[test]
fn a_wide_boards_void_beside_photos_at_their_limit_takes_a_pull_quote() {
    // Issue 15, point 2: on 2400×1200 a short section with one 1920×1080 photo (488 mm wide at 100 ppi) left
    // a third of the board empty beside its photo and text; a sentence of the section in a tile fills it.
    let eng = common::engine();
    let mut m = sections(&[("一、大力建设活力机关", corpus_text(240))]);
    m.photos = vec![photo(0, 1920, 1080, None)];
    let r = eng.layout(&m, &settings("2400x1200"), &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let (frame, s) = one_content_board(&r);
    let hole = critic::critique(frame).hole_share;
    assert_eq!(s.photos.len(), 1, "{}", r.summary.to_text());
    assert!(
        frame.items.iter().any(|i| i.id == "pull-quote"),
        "hole {:.1} %",
        100.0 * hole
    );
    assert!(hole <= critic::HOLE_MAX, "hole {:.1} %", 100.0 * hole);
}

#[test]
fn a_holed_board_that_is_not_wide_takes_a_pull_quote_in_its_void() {
    // Issue 15 point 2 (design bench, X展架 600×1600, 4 photos): a 570-character section with one photo at its
    // resolution limit, its text at the largest size a roll-up allows, left 15.7 % of the body empty between the
    // text and the photo. Pull quotes were offered on wide boards only; a board still holed over the limit on any
    // preset is composed once more with one, kept when the hole shrinks.
    let eng = common::engine();
    // (The bench's board moved when the matrix changed; the same kind, built directly: a 300-character section
    // with one portrait photo at its resolution limit on X展架, 14.8 % with its quote.)
    let mut m = sections(&[("一、围绕中心建设队伍", corpus_text(300))]);
    m.photos = vec![photo(0, 1080, 1440, None)];
    let r = eng.layout(&m, &settings("600x1600"), &Overrides::default()).unwrap();
    let (b, _) = one_content_board(&r);
    let c = critic::critique(b);
    assert!(
        b.items.iter().any(|i| i.id == "pull-quote"),
        "hole {:.1} %",
        100.0 * c.hole_share
    );
    assert!(c.hole_share <= critic::HOLE_MAX, "hole {:.1} %", 100.0 * c.hole_share);
}

#[test]
fn a_display_size_body_takes_a_pull_quote_smaller_than_1_6_times_it() {
    // Issue 15 point 2 (design bench, 900×1200, 24 photos): a 289-character section at 70 pt beside two photos at
    // their limit left 17.2 % of the body empty under its text; a quote at 1.6× that body (112 pt) needed more
    // than three lines in the void. A body at a display size takes a quote down to 1.25× it (still ≥ 1.6× the
    // preset's minimum body size).
    let eng = common::engine();
    let (m, s) = common::bench_exhibition(0, 24, "900x1200");
    let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
    let b = r.frames.boards.iter().find(|b| b.id == "w1-b15").expect("board w1-b15");
    let c = critic::critique(b);
    assert!(
        b.items.iter().any(|i| i.id == "pull-quote"),
        "hole {:.1} %",
        100.0 * c.hole_share
    );
    assert!(c.hole_share <= critic::HOLE_MAX, "hole {:.1} %", 100.0 * c.hole_share);
}

#[test]
fn a_roll_up_sections_photos_use_the_full_body_width() {
    // Issue 15 (the lead's look at fresh13 a02 on 800×2000): a section of three paragraphs (419 characters) with
    // four landscape photos set its text in two columns at the top and stacked all four photos in the LEFT
    // column, the right column empty from a third of the height down — a hole of about a third of the body. The
    // critic saw it (27 %), but every other candidate was refused: the smallest photo area, 1/12 of the whole
    // board (133 000 mm² on 800×2000), let no two landscapes share a row of the 760 mm body. The photos use the
    // full body width (two in a row, full-width photos) and leave no hole over the critic's maximum.
    let eng = common::engine();
    let text = corpus_text(419);
    let mut m = sections(&[("一、大力建设活力机关", String::new())]);
    let t: Vec<char> = text.chars().collect();
    m.writeups[0].blocks.truncate(1);
    for part in t.chunks(140) {
        m.writeups[0].blocks.push(BlockInput {
            kind: BlockKind::Paragraph,
            text: part.iter().collect(),
        });
    }
    m.photos = vec![
        photo(0, 4096, 4096, None),
        photo(1, 6028, 3391, None),
        photo(2, 5120, 2880, None),
        photo(3, 3264, 2448, None),
    ];
    let r = eng.layout(&m, &settings("800x2000"), &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let (frame, _) = one_content_board(&r);
    let c = critic::critique(frame);
    let photos: Vec<zhanban_frames::Rect> = frame
        .items
        .iter()
        .filter_map(|i| match (&i.kind, &i.source) {
            (ItemKind::Image(img), Source::Photo { .. }) => Some(img.rect),
            _ => None,
        })
        .collect();
    eprintln!("hole {:?} {:.1} %, photos {photos:?}", c.hole, 100.0 * c.hole_share);
    assert_eq!(photos.len(), 4, "{}", r.summary.to_text());
    let left = photos.iter().map(|p| p.x).fold(f64::MAX, f64::min);
    let right = photos.iter().map(|p| p.right()).fold(f64::MIN, f64::max);
    assert!(
        right - left >= 0.95 * c.body.w,
        "photos span {:.0} of {:.0} mm",
        right - left,
        c.body.w
    );
    assert!(c.hole_share <= critic::HOLE_MAX, "hole {:.1} %", 100.0 * c.hole_share);
}

#[test]
fn two_short_write_ups_share_a_wide_board_instead_of_two_half_empty_ones() {
    // Issue 15, point 2 (the lead's look at fresh13 on 2400×1200): a report of 82 characters with two photos at
    // their resolution limit stood alone on a board, a column in the middle and two thirds of the body empty. A
    // short report of its own shares the board before it, from another write-up, when both would be holed; its
    // title opens its part of the board.
    let eng = common::engine();
    let mut m = sections(&[]);
    let text = corpus_text(400);
    let t: Vec<char> = text.chars().collect();
    let report = |id: i64, title: &str, chars: &[char]| WriteUpInput {
        id,
        title: title.into(),
        blocks: vec![BlockInput {
            kind: BlockKind::Paragraph,
            text: chars.iter().collect(),
        }],
        key_figures: Vec::new(),
    };
    m.writeups = vec![
        report(1, "初中支部党员给金牛湖中学的学生赠书", &t[..82]),
        report(2, "机关党支部开展主题党日活动", &t[82..220]),
    ];
    m.exhibition.preface = Some(corpus_text(200));
    let at = |w: usize| Some(Anchor { writeup: w, block: 0 });
    m.photos = vec![
        photo(0, 2560, 1600, at(0)),
        photo(1, 2560, 1600, at(0)),
        photo(2, 2560, 1600, at(1)),
    ];
    let r = eng.layout(&m, &settings("2400x1200"), &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let (frame, s) = one_content_board(&r);
    assert_eq!(s.groups.len(), 2, "{}", r.summary.to_text());
    let said: String = frame
        .items
        .iter()
        .filter_map(|i| match &i.kind {
            zhanban_frames::ItemKind::Text(t) => Some(t.runs.iter().map(|r| r.text()).collect::<String>()),
            _ => None,
        })
        .collect();
    assert!(said.contains("机关党支部开展主题党日活动"), "{said}");
    assert_eq!(s.photos.len(), 3, "{}", r.summary.to_text());
    // A short report without a title of its own (its boards take the exhibition title) keeps its board: the
    // exhibition title is never a subhead inside another report's board (fresh14 b12, the lead's last look).
    m.writeups[1] = report(2, "", &t[82..220]);
    m.exhibition.title = Some("党建创新成果展".into());
    let r = eng.layout(&m, &settings("2400x1200"), &Overrides::default()).unwrap();
    for b in &r.frames.boards {
        for i in &b.items {
            if let zhanban_frames::ItemKind::Text(t) = &i.kind {
                let text: String = t.runs.iter().map(|r| r.text()).collect();
                assert!(
                    !(t.role == TextRole::Heading2 && text.contains("党建创新成果展")),
                    "{}: the exhibition title as a subhead",
                    b.name
                );
            }
        }
    }
}

/// Where a theme item lies (its rect, or a path's bounds).
fn theme_bounds(kind: &ItemKind) -> Option<zhanban_frames::Rect> {
    match kind {
        ItemKind::Rect(r) => Some(r.rect),
        ItemKind::Path(p) => Some(path_bounds(&p.ops)),
        _ => None,
    }
}

/// Where a theme item puts ink: a filled shape's area, a stroked rectangle's four sides.
fn ink(kind: &ItemKind) -> Vec<zhanban_frames::Rect> {
    use zhanban_frames::Rect;
    match kind {
        ItemKind::Rect(r) if r.fill.is_none() => {
            let (q, w) = (r.rect, r.stroke.as_ref().map_or(0.0, |s| s.width));
            vec![
                Rect::new(q.x - w / 2.0, q.y - w / 2.0, q.w + w, w),
                Rect::new(q.x - w / 2.0, q.bottom() - w / 2.0, q.w + w, w),
                Rect::new(q.x - w / 2.0, q.y - w / 2.0, w, q.h + w),
                Rect::new(q.right() - w / 2.0, q.y - w / 2.0, w, q.h + w),
            ]
        }
        k => theme_bounds(k).into_iter().collect(),
    }
}

#[test]
fn themes_are_design_systems_not_recolours() {
    // Issue 15 point 6: four themes (two for 党建 — a formal red/gold and a light one —, government blue, clean
    // modern), each with its own title-band geometry, section tabs, photo frames and panel, not only colours; the
    // dressing is vector, under what it dresses, never on other content, and leaves the critic's scores alone.
    let ids: Vec<String> = theme::Theme::builtin().into_iter().map(|t| t.id).collect();
    assert!(
        ids.len() >= 4 && ids.iter().filter(|i| i.starts_with("党建")).count() >= 2,
        "{ids:?}"
    );
    let eng = common::engine();
    let mut m = common::corpus_material();
    m.writeups.truncate(2);
    m.photos = (0..8).map(|i| photo(i, 4000, 3000, None)).collect();
    let mut shapes: Vec<(String, Vec<String>)> = Vec::new();
    for theme in &ids {
        let t = theme::Theme::by_id(theme).unwrap();
        let s = LayoutSettings {
            spec: BoardSpec::parse("1200x900").unwrap(),
            theme: theme.clone(),
        };
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        // The geometry of everything the theme draws, colours left out, on every board: its shapes differ from
        // every other theme's.
        let mut shape = Vec::new();
        let (mut tabs, mut frames, mut photos) = (0, 0, 0);
        for b in &r.frames.boards {
            for i in b.items.iter().filter(|i| i.source == Source::Theme) {
                if let Some(rr) = theme_bounds(&i.kind) {
                    let kind = if matches!(i.kind, ItemKind::Path(_)) {
                        "path"
                    } else {
                        "rect"
                    };
                    let id: String = i.id.chars().take_while(|c| !c.is_ascii_digit()).collect();
                    shape.push(format!("{}:{id}:{kind}:{:.0}x{:.0}", b.id, rr.w, rr.h));
                }
                tabs += usize::from(i.id.starts_with("dress-tab-"));
                frames += usize::from(i.id.starts_with("dress-frame-0-"));
            }
            photos += b
                .items
                .iter()
                .filter(|i| matches!(i.source, Source::Photo { .. }) && i.id != "logo")
                .count();
            // Dressing lies on nothing but what it dresses.
            let content: Vec<(&str, zhanban_frames::Rect)> = b
                .items
                .iter()
                .filter_map(|i| match &i.kind {
                    ItemKind::Text(tb) => Some((i.id.as_str(), tb.rect)),
                    ItemKind::Image(img) if i.source != Source::Theme => Some((i.id.as_str(), img.rect)),
                    _ => None,
                })
                .collect();
            for i in b.items.iter().filter(|i| i.id.starts_with(dress::PREFIX)) {
                // What an ornament dresses: a heading (its tab), a photo and its caption (its frame); a panel's
                // rules dress the panel and lie on none of its text.
                let rest = &i.id[dress::PREFIX.len()..];
                let own = |cid: &str| match rest.split_once('-') {
                    Some(("tab", id)) => cid == id,
                    Some(("frame", f)) => f.split_once('-').is_some_and(|(_, h)| cid.ends_with(h)),
                    _ => false,
                };
                for r in ink(&i.kind) {
                    for (cid, c) in &content {
                        assert!(own(cid) || !c.overlaps(&r), "{theme} {}: {} lies on {cid}", b.id, i.id);
                    }
                }
            }
            // The critic scores the board as if undressed.
            let mut bare = b.clone();
            bare.items.retain(|i| !i.id.starts_with(dress::PREFIX));
            assert_eq!(critic::critique(b), critic::critique(&bare), "{theme} {}", b.id);
        }
        assert_eq!(tabs > 0, t.tab != theme::HeadingTab::None, "{theme}: {tabs} tabs");
        if t.photo_frame == theme::PhotoFrame::None {
            assert_eq!(frames, 0, "{theme}");
        } else {
            assert!(
                photos > 0 && frames == photos,
                "{theme}: {frames} of {photos} photos framed"
            );
        }
        shapes.push((theme.clone(), shape));
    }
    for (k, (a, sa)) in shapes.iter().enumerate() {
        for (b, sb) in &shapes[k + 1..] {
            assert_ne!(sa, sb, "{a} and {b} draw the same shapes (a recolour)");
        }
    }
}

#[test]
fn the_title_board_sets_the_exhibition_title_large_with_its_organiser_and_date() {
    // Issue 15 point 4: an optional title board (展标) — the exhibition title at 150–250 pt on 1200×900 (in
    // proportion on other presets), centred, organiser and date under it; on roll-ups nothing in the stand's base.
    let eng = common::engine();
    let mut m = common::corpus_material();
    m.writeups.truncate(1);
    m.photos.clear();
    let off = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
    assert_ne!(off.frames.boards[0].name, "展标", "off by default");
    m.exhibition.title_board = Some(true);
    let unit = BoardSpec::new(1200.0, 900.0).min_sizes().title;
    for size in ["1200x900", "900x1200", "800x2000", "2400x1200"] {
        let spec = BoardSpec::parse(size).unwrap();
        let f = spec.min_sizes().title / unit;
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{size}: {errs:#?}");
        let b = &r.frames.boards[0];
        assert_eq!(b.name, "展标", "{size}");
        assert_eq!(r.frames.boards[1].name, "前言", "{size}");
        let text = |field: &str| {
            b.items
                .iter()
                .find_map(|i| match (&i.kind, &i.source) {
                    (ItemKind::Text(t), Source::Exhibition { field: f }) if f == field => Some(t.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{size}: no {field} on the title board"))
        };
        let (title, org, date) = (text("title"), text("organiser"), text("date"));
        let words: String = title.runs.iter().map(|r| r.text()).collect();
        assert_eq!(words, "模范机关建设成果展", "{size}");
        let pt = title.runs[0].size_pt;
        assert!(
            (150.0 * f - 0.01..=250.0 * f + 0.01).contains(&pt),
            "{size}: title at {pt:.0} pt"
        );
        assert!(
            org.rect.y >= title.rect.bottom() && date.rect.y >= org.rect.bottom(),
            "{size}"
        );
        assert!(org.runs[0].size_pt < pt / 2.0, "{size}");
        for t in [&title, &org, &date] {
            // Centred on the board: the ink of every line as far from the left edge as from the right.
            for run in &t.runs {
                let left = run.origin.x + run.glyphs.first().map_or(0.0, |g| g.x);
                let right = run.origin.x + run.glyphs.last().map_or(0.0, |g| g.x + g.advance);
                assert!(
                    ((left + right) / 2.0 - b.width / 2.0).abs() < 2.0,
                    "{size}: «{}» not centred",
                    run.text()
                );
            }
            assert!(t.rect.bottom() <= zhanban_layout::presets::content_bottom(b.width, b.height, b.safe) + 1e-6);
        }
    }
    // For looking at: the title board in every theme ($CARGO_TARGET_DIR/layout-boards/cover).
    let dir = common::out_dir("cover");
    for t in Theme::builtin() {
        for size in ["1200x900", "800x2000"] {
            let s = LayoutSettings {
                spec: BoardSpec::parse(size).unwrap(),
                theme: t.id.clone(),
            };
            let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
            let png = common::render_png(&r.frames.boards[0], 0.3);
            std::fs::write(dir.join(format!("{}-{size}.png", t.id)), png).unwrap();
        }
    }
    // Taken out like any board, it is listed to be put back.
    let mut ov = Overrides::default();
    ov.removed.push("title".into());
    let r = eng.layout(&m, &settings("1200x900"), &ov).unwrap();
    assert_eq!(r.frames.boards[0].name, "前言");
    assert!(r.summary.removed.iter().any(|g| g.key == "title"));
}

#[test]
fn a_holed_board_before_a_groups_last_shares_its_content_with_it() {
    // Issue 15 point 2 (design bench, key figures in every article): 1200×900, 24 photos, w5's last section poured
    // 325 characters and three photos onto its first board and left 156 characters and one photo at its limit
    // centred under them on its （续） board, 27.7 % of the body empty; the move that evens them (105 characters
    // and three photos, then 376 characters) was refused because the （续） board then showed key figures the pair
    // had not. And 2400×1200 w1-b7 (24 photos): a first board 16.9 % empty before a （续） board under the limit
    // was never looked at; both fit on one board. The last two boards of a group are evened (or merged) when
    // either is over the limit, and a board may show more figures than before.
    let eng = common::engine();
    for (a, size, group) in [(4, "1200x900", "w5-b21"), (0, "2400x1200", "w1-b7")] {
        let (mut m, s) = common::bench_exhibition(a, 24, size);
        m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        for b in r.frames.boards.iter().filter(|b| b.id.split('#').next() == Some(group)) {
            let c = critic::critique(b);
            assert!(
                c.hole_share <= critic::HOLE_MAX,
                "{size} {}: hole {:.1} %",
                b.id,
                100.0 * c.hole_share
            );
        }
    }
}

#[test]
fn a_lone_key_figure_is_not_a_tile_spanning_the_body() {
    // Issue 15 point 5 (tiles17's look at 800×2000): a board whose text says one key figure set it as one tile
    // spanning the whole body width — a banner, not a row of figures. One figure stays in the text; two make a row.
    let eng = common::engine();
    for (figures, tiles) in [(1, 0), (2, 2)] {
        let said = "全年培育机关党建示范点 936 个，建成党员先锋岗 128 个。";
        let mut m = sections(&[("一、围绕中心建设队伍", format!("{said}{}", corpus_text(300)))]);
        m.writeups[0].key_figures = [("936个", "机关党建示范点"), ("128个", "党员先锋岗")][..figures]
            .iter()
            .map(|(v, l)| KeyFigure {
                value: v.to_string(),
                label: l.to_string(),
            })
            .collect();
        let r = eng.layout(&m, &settings("800x2000"), &Overrides::default()).unwrap();
        let shown: usize = r
            .frames
            .boards
            .iter()
            .map(|b| b.items.iter().filter(|i| i.id.starts_with("figure-tile-")).count())
            .sum();
        assert_eq!(shown, tiles, "{figures} figure(s)");
    }
}

#[test]
fn a_small_photo_at_its_limit_stands_on_the_grid_with_its_caption_beside_it() {
    // Issue 15, point 1 (design bench: the corpus's w4 with 24 photos on X展架 600×1600, its section b7): a
    // captioned photo at its resolution limit, narrower than the row above it, stood centred in its own row, both
    // edges 161 mm off the grid. A designer sets it on the left grid line and lets its caption, beside it, take
    // the rest of the cell: the block's outer edges land on the grid, and the critic counts that caption's edge.
    // (Since a lone photo at its limit may stand beside a pull quote, section b7 shares b4's board; the write-up's
    // opening board w4 of the same exhibition sets a captioned photo so.)
    let eng = common::engine();
    let (m, s) = common::bench_exhibition(3, 24, "600x1600");
    let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let b = r.frames.boards.iter().find(|b| b.id == "w4").expect("board w4");
    let c = critic::critique(b);
    assert!(c.hole_share <= critic::HOLE_MAX, "hole {:.1} %", 100.0 * c.hole_share);
    // Since the composer ranks by the critic's honest count (grid25), the two photos the stack held centred 50 mm in
    // span the text's measure and the photo at its limit, alone under them, stands centred (its caption under it):
    // 2 edges off the grid where the stack and the caption beside the photo left 6.
    assert!(c.misaligned <= 2, "{:?}", c.misaligned_at);
}

#[test]
fn no_photo_is_cropped_below_the_print_floor() {
    // Seen on never-tuned material (fresh18 k04, 2400×1200, 简约白): a 1920×1200 wallpaper prints at best 79 ppi at
    // the board's smallest photo area; set in a justified row under two camera photos it was cropped to a taller
    // cell and printed at 66 ppi — under the 72 ppi floor, so export stopped on an automatic layout. A crop or a
    // cell never takes a photo under the floor its whole picture clears (`common::check`).
    let eng = common::engine();
    for theme in ["简约白", "党建红"] {
        let mut m = sections(&[("区统计局举办第十届统计开放日宣传活动", corpus_text(392))]);
        m.photos = [(3088, 2056), (5640, 3172), (1920, 1200), (2560, 1920)]
            .iter()
            .enumerate()
            .map(|(i, &(w, h))| photo(i, w, h, None))
            .collect();
        let s = LayoutSettings {
            spec: BoardSpec::parse("2400x1200").unwrap(),
            theme: theme.into(),
        };
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{theme}: {errs:#?}");
    }
    // The design benchmark's 2400×1200 boards of articles 3 and 4 with 24 photos (two WeChat-size copies at 75 ppi
    // whole, cropped to 67 and 64 ppi).
    for a in [2, 3] {
        let (mut m, s) = common::bench_exhibition(a, 24, "2400x1200");
        m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "article {a}: {errs:#?}");
    }
}

#[test]
fn a_row_narrower_than_its_area_beside_text_goes_flush_with_the_safe_area() {
    // Issue 15, point 1 (design bench: the corpus's w1 with 4 photos on 2400×1200): beside three text columns and a
    // pull quote, a column of two photos — a landscape spanning it, under it a portrait that its height keeps
    // narrower. The portrait stood on the column's left edge, its right edge 322 mm short of the safe area. Set
    // flush with the safe area instead, the void it leaves faces the quote, which then reaches the portrait: every
    // outer edge on the grid.
    let eng = common::engine();
    let (m, s) = common::bench_exhibition(0, 4, "2400x1200");
    let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let b = r.frames.boards.iter().find(|b| b.id == "w1").expect("board w1");
    let c = critic::critique(b);
    assert!(c.hole_share <= critic::HOLE_MAX, "hole {:.1} %", 100.0 * c.hole_share);
    assert_eq!(c.misaligned, 0, "{:?}", c.misaligned_at);
}

#[test]
fn a_lone_photo_at_its_limit_stands_on_a_grid_line_with_a_pull_quote_beside_it() {
    // Issue 15, point 1 (design bench, grid20): a lone photo at its resolution limit in its own row, narrower than
    // the rows over or under it and without a caption to set beside it, stood centred — both edges off the grid,
    // a void on either side (1200×900 24 photos w1-b13: 336 mm each side, hole 13.3 %; A1 24 photos w4-b11: a
    // WeChat copy at 85 ppi, 158 mm each side). A designer sets it on a grid line and puts a pull quote of the
    // section in the rest of its cell, level with it: every outer edge on the grid, the photo at the same size.
    let eng = common::engine();
    for (a, size, id) in [(0, "1200x900", "w1-b13"), (3, "594x841", "w4-b11")] {
        let (mut m, s) = common::bench_exhibition(a, 24, size);
        m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{size} {id}: {errs:#?}");
        let b = r.frames.boards.iter().find(|b| b.id == id).expect("the board");
        let c = critic::critique(b);
        assert_eq!(c.misaligned, 0, "{size} {id}: {:?}", c.misaligned_at);
        assert!(
            c.hole_share <= critic::HOLE_MAX,
            "{size} {id}: hole {:.1} %",
            100.0 * c.hole_share
        );
        let tile = b
            .items
            .iter()
            .find_map(|i| match &i.kind {
                ItemKind::Rect(r) if i.id == "quote-tile" => Some(r.rect),
                _ => None,
            })
            .expect("a pull quote");
        // Level with a photo, beside it.
        let level = b.items.iter().any(|i| match &i.kind {
            ItemKind::Image(img) => {
                (img.rect.y - tile.y).abs() < 1e-6
                    && (img.rect.h - tile.h).abs() < 1e-6
                    && (img.rect.right() < tile.x || tile.right() < img.rect.x)
            }
            _ => false,
        });
        assert!(level, "{size} {id}: the quote is not beside a photo, level with it");
    }
}

#[test]
fn a_lone_photo_in_a_block_that_fills_its_height_stands_on_a_grid_line_with_a_pull_quote_beside_it() {
    // Issue 15, point 1 (design bench, grid23: 2400×1200, article 3 with 4 photos, w3-b1): beside two text
    // columns, a column of two photos — a landscape over a portrait — that fills the body's height, each photo a
    // lone row at the width its row's height allows, both centred in the photo area: four edges off the grid
    // (123–152 mm). The portrait cannot grow wider without growing taller, and the block already fills the height:
    // it is at its limit as surely as a photo at its resolution's. A designer sets it on a grid line and puts a pull
    // quote of the section in the rest of its cell, level with it.
    let eng = common::engine();
    let (mut m, s) = common::bench_exhibition(2, 4, "2400x1200");
    m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
    let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let b = r.frames.boards.iter().find(|b| b.id == "w3-b1").expect("board w3-b1");
    let c = critic::critique(b);
    assert_eq!(c.misaligned, 0, "{:?}", c.misaligned_at);
    assert!(c.hole_share <= critic::HOLE_GOAL, "hole {:.1} %", 100.0 * c.hole_share);
    // Or (grid28) the block, at its limit, on a mat spanning its cell, which the critic scores better.
    if b.items.iter().any(|i| i.id == compose::MAT_ID) {
        return;
    }
    let tile = b
        .items
        .iter()
        .find_map(|i| match &i.kind {
            ItemKind::Rect(r) if i.id == "quote-tile" => Some(r.rect),
            _ => None,
        })
        .expect("a pull quote or a mat");
    let level = b.items.iter().any(|i| match &i.kind {
        ItemKind::Image(img) => {
            (img.rect.y - tile.y).abs() < 1e-6
                && (img.rect.h - tile.h).abs() < 1e-6
                && (img.rect.right() < tile.x || tile.right() < img.rect.x)
        }
        _ => false,
    });
    assert!(level, "the quote is not beside a photo, level with it");
}

#[test]
fn a_gallery_board_never_centres_a_short_row() {
    // Issue 15, point 2 (design bench, grid23): 活动剪影 boards set a row of photos narrower than the others centred
    // under or over them — a pyramid (A1 24 photos, article 3: two portraits centred over two photos spanning the
    // board, 87 mm in on each side; 900×1200 16 photos, article 2: two portraits over a landscape, each row centred
    // on its own). Whenever an arrangement whose rows line up keeps the hole within the limit, the board takes it.
    let eng = common::engine();
    for (a, n, size) in [(2, 24, "594x841"), (1, 16, "900x1200")] {
        let (mut m, s) = common::bench_exhibition(a, n, size);
        m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{size} {a} {n}: {errs:#?}");
        let galleries: Vec<_> = r.frames.boards.iter().filter(|b| b.id.starts_with("gallery")).collect();
        assert!(!galleries.is_empty(), "{size} {a} {n}: no 活动剪影 board");
        for b in galleries {
            let c = critic::critique(b);
            // No short row centred by the composer's count; the critic's (grid24) still sees A1's 2×2 grid as a
            // block centred 10 mm in and 900×1200's justified block with its bands.
            assert_eq!(
                critic::misaligned_loosely(b),
                0,
                "{size} {a} {n} {}: {:?}",
                b.id,
                c.misaligned_at
            );
            assert!(
                c.hole_share <= critic::HOLE_MAX,
                "{size} {a} {n} {}: hole {:.1} %",
                b.id,
                100.0 * c.hole_share
            );
        }
    }
}

#[test]
fn photos_too_few_to_fill_a_gallery_board_go_back_beside_their_sections_text() {
    // Issue 15, point 2 (design bench, 1200×900 with 16 and 24 photos): the photos no section chose made a 活动剪影
    // board they could not fill — three photos, one a 1080×1920 portrait whose 100 ppi limit fixed the row's
    // height (19.0 %), or three portraits and a landscape (17.1 %, its rows staggered): no arrangement of them at
    // 100 ppi fills the body. Such a one-board gallery is not made; its photos go back beside their sections' text,
    // as one or two always do, and every content board stays under the critic's limit.
    let eng = common::engine();
    for a in 0..5 {
        for n in [16, 24] {
            let (mut m, s) = common::bench_exhibition(a, n, "1200x900");
            m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
            let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
            let errs = common::check(&m, &Overrides::default(), &r);
            assert!(errs.is_empty(), "{a} {n}: {errs:#?}");
            for (b, sm) in r.frames.boards.iter().zip(&r.summary.boards) {
                if sm.group == "preface" || sm.group == "closing" {
                    continue;
                }
                let c = critic::critique(b);
                assert!(
                    c.hole_share <= critic::HOLE_MAX,
                    "{a} {n} {}: hole {:.1} %",
                    b.id,
                    100.0 * c.hole_share
                );
            }
        }
    }
}

/// WeChat copies a few pixels either side of the print floor at the smallest photo area (1080×675 prints at 72.3
/// ppi there): each is placed or left out with its reason, never reported "无法按最小面积放下" — that error stopped the
/// export of an ordinary exhibition of five articles and twelve WeChat photos (selection let them in, the composer's
/// smallest cell then put them under 72 ppi).
#[test]
fn photos_at_the_print_floor_are_placed_or_left_out_never_unplaced() {
    let eng = common::engine();
    let mut m = common::corpus_material();
    m.photos = (0..12u32)
        .map(|i| photo(i as usize, 1080 + i, (1080 + i) * 5 / 8, None))
        .collect();
    for size in ["1200x900", "900x1200", "800x2000", "2400x1200"] {
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let unplaced: Vec<_> = r
            .summary
            .unplaced
            .iter()
            .filter(|u| matches!(u, Unplaced::Photo { .. }))
            .collect();
        assert!(unplaced.is_empty(), "{size}: {unplaced:#?}");
        let placed = r
            .frames
            .boards
            .iter()
            .flat_map(ppis)
            .map(|(_, ppi, _)| ppi)
            .collect::<Vec<_>>();
        assert!(placed.iter().all(|&p| p >= 72.0), "{size}: {placed:?}");
        assert_eq!(placed.len() + r.summary.left_out.len(), 12, "{size}");
    }
}

#[test]
fn a_write_up_opening_on_a_heading_has_its_title_on_its_first_board() {
    // A case page opening on its first heading (fresh19 m05: "医院高质量发展背景下党建品牌体系的构建", then "案例详情"), or
    // an article whose opening went to the 前言: its title was on no board. Now its first board carries it, the
    // section's heading leading the text; a title that looks like chrome (a file name) leaves the heading as title.
    let eng = common::engine();
    for (title, expect) in [
        (
            "医院高质量发展背景下党建品牌体系的构建",
            "医院高质量发展背景下党建品牌体系的构建",
        ),
        ("08_xinzhou_2023_review_digits", "案例详情"),
    ] {
        let mut m = sections(&[("案例详情", corpus_text(400)), ("二、主要成效", corpus_text(500))]);
        m.writeups[0].title = title.into();
        let r = eng.layout(&m, &settings("1200x900"), &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{errs:#?}");
        let first = r.summary.boards.iter().find(|b| b.group == "w1-b0").unwrap();
        assert_eq!(first.name, expect, "{}", r.summary.to_text());
        let p = zhanban_layout::plan::plan(&m, &Overrides::default());
        let g = p.groups.iter().find(|g| g.key == "w1-b0").unwrap();
        let lead = (g.paras[0].role == TextRole::Heading2).then_some(g.paras[0].text.as_str());
        assert_eq!(lead == Some("案例详情"), expect != "案例详情", "{:?}", g.paras[0]);
    }
}

#[test]
fn on_a_wide_board_the_text_grows_into_a_void_before_a_pull_quote_takes_it() {
    // Issue 15 point 2 (design bench, 2400×1200): a pull quote was offered from a wide board's first composition, so
    // it took every void beside photos at their limit before the text grew into it — quotes on 51 of 68 content
    // boards, a device repeated board after board. The text now grows first (to 2×, then a panel's size); only a
    // void still over the goal takes a quote. The corpus's third article with 24 photos, w3-b9 (941 characters, two
    // photos at their limit, four key-figure tiles): its quote beside 58 pt text gives way to 72 pt text.
    let eng = common::engine();
    let (mut m, s) = common::bench_exhibition(2, 24, "2400x1200");
    m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
    let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let (b, sm) = r
        .frames
        .boards
        .iter()
        .zip(&r.summary.boards)
        .find(|(b, _)| b.id == "w3-b9")
        .expect("board w3-b9");
    let c = critic::critique(b);
    // (Ranked by the honest count since grid25, the 72 pt text runs in one wide column with a quote between it and
    // the photos, flush with the safe area: a quote beside the grown text, never in its place.)
    assert!(sm.body_pt > 1.5 * 36.0, "body {} pt", sm.body_pt);
    assert_eq!(c.misaligned, 0, "{:?}", c.misaligned_at);
    assert!(c.hole_share <= critic::HOLE_GOAL, "hole {:.1} %", 100.0 * c.hole_share);
}

/// A brand page's shape (an opening paragraph, two labelled fields, a long explanation of `chars` characters) with
/// the first `np` of five photos of mixed shapes, captioned or not.
fn brand_page(chars: usize, np: usize, captions: bool) -> Material {
    let sizes = [(1920, 1280), (2560, 1600), (2056, 3088), (2880, 2160), (1622, 2880)];
    let mut m = sections(&[("品牌介绍", corpus_text(180))]);
    let body = corpus_text(chars + 180);
    for (kind, text) in [
        (BlockKind::Heading2, "名称：".to_string()),
        (BlockKind::Paragraph, "党旗引路 绿色畅行".to_string()),
        (BlockKind::Heading2, "释义：".to_string()),
        (BlockKind::Paragraph, body.chars().skip(180).collect()),
    ] {
        m.writeups[0].blocks.push(BlockInput { kind, text });
    }
    m.photos = sizes
        .iter()
        .take(np)
        .enumerate()
        .map(|(i, &(w, h))| PhotoInput {
            caption: if captions { photo(i, w, h, None).caption } else { None },
            ..photo(i, w, h, None)
        })
        .collect();
    m
}

/// Short columns of text standing over photos, not the last column of its text: "board: lines at x".
fn strips_over_photos(b: &BoardFrame) -> Vec<String> {
    let photos: Vec<zhanban_frames::Rect> = b
        .items
        .iter()
        .filter_map(|i| match (&i.kind, &i.source) {
            (ItemKind::Image(img), Source::Photo { .. }) => Some(img.rect),
            _ => None,
        })
        .collect();
    // Text columns: (left, right, bottom, lines).
    let mut columns: Vec<(f64, f64, f64, usize)> = Vec::new();
    for i in &b.items {
        let ItemKind::Text(t) = &i.kind else { continue };
        if !matches!(t.role, TextRole::Body | TextRole::Heading1 | TextRole::Heading2) {
            continue;
        }
        let mut ys: Vec<i64> = t.runs.iter().map(|r| (r.origin.y * 100.0).round() as i64).collect();
        ys.sort_unstable();
        ys.dedup();
        match columns.iter_mut().find(|c| (c.0 - t.rect.x).abs() < 1.0) {
            Some(c) => {
                c.2 = c.2.max(t.rect.bottom());
                c.3 += ys.len();
            }
            None => columns.push((t.rect.x, t.rect.right(), t.rect.bottom(), ys.len())),
        }
    }
    // (A balanced text's last column may be shorter than the others.)
    let last = columns.iter().map(|c| c.0).fold(f64::MIN, f64::max);
    columns
        .into_iter()
        .filter(|&(x, right, bottom, lines)| {
            let over = photos
                .iter()
                .any(|p| p.y >= bottom - 1.0 && p.x < right - 1.0 && p.right() > x + 1.0);
            over && lines < 3 && x < last - 1.0
        })
        .map(|(x, _, _, lines)| format!("{}: {lines} lines at x {x:.0}", b.id))
        .collect()
}

/// The 党建品牌 page of `tests/data` (traditional script, untitled, labelled fields) as the write-up reader gives its
/// blocks, with five wallpaper-sized photos, the 前言 given.
fn brand_page_excerpt() -> Material {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/brand-page-excerpt.txt"
    ))
    .unwrap();
    let kinds = [
        BlockKind::Paragraph,
        BlockKind::Heading1,
        BlockKind::Heading1,
        BlockKind::Paragraph,
        BlockKind::Heading1,
        BlockKind::Paragraph,
        BlockKind::Paragraph,
        BlockKind::Paragraph,
    ];
    let mut m = common::corpus_material();
    m.writeups.truncate(1);
    m.writeups[0].title = String::new();
    m.writeups[0].key_figures.clear();
    m.exhibition.preface = Some(corpus_text(200));
    m.writeups[0].blocks = kinds
        .iter()
        .zip(text.lines())
        .map(|(&kind, l)| BlockInput {
            kind,
            text: l.trim().trim_end_matches(" —").to_string(),
        })
        .collect();
    let sizes = [(1920, 1280), (2560, 1600), (2056, 3088), (2880, 2160), (1622, 2880)];
    m.photos = uncaptioned(&sizes);
    m
}

#[test]
fn text_over_photos_set_into_the_last_columns_is_more_than_a_strip() {
    // Seen on a never-parsed 党建品牌 page (tests/data/SOURCES.md; 1200×900, five wallpaper-sized photos): the text
    // filled its first column and ran on for two lines in each of the three columns over the photo block — a strip of
    // short columns across the top of the photos that reads as a caption band, not as the text. Each text column
    // standing over photos holds at least three lines (the last one of a balanced text may be shorter), or the
    // arrangement is not used. The page's blocks as the write-up reader gives them.
    let m = brand_page_excerpt();
    let r = common::engine()
        .layout(&m, &settings("1200x900"), &Overrides::default())
        .unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    // (an untitled write-up's title is not named as set aside: "“”不能作展板标题：…")
    assert!(
        !r.summary.notes.iter().any(|n| n.contains("“”")),
        "{:?}",
        r.summary.notes
    );
    let strips: Vec<String> = r.frames.boards.iter().flat_map(strips_over_photos).collect();
    assert!(strips.is_empty(), "{strips:#?}\n{}", r.summary.to_text());
}

#[test]
fn a_heading_never_ends_a_board_whose_text_goes_on() {
    // Seen with the same brand page: "释义：" set at the foot of a board, its explanation on the （续） board. A heading
    // goes over with its text.
    let eng = common::engine();
    let mut orphans = Vec::new();
    for size in ["1200x900", "900x1200", "800x2000"] {
        for chars in (900..1700).step_by(200) {
            for np in [2, 3, 4] {
                let m = brand_page(chars, np, true);
                let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
                for (b, next) in r.frames.boards.iter().zip(r.frames.boards.iter().skip(1)) {
                    if !next.name.ends_with("（续）") {
                        continue;
                    }
                    let last = b.items.iter().rev().find_map(|i| match &i.kind {
                        ItemKind::Text(t)
                            if matches!(t.role, TextRole::Body | TextRole::Heading1 | TextRole::Heading2) =>
                        {
                            Some(t.role)
                        }
                        _ => None,
                    });
                    if last != Some(TextRole::Body) {
                        orphans.push(format!(
                            "{size}, {chars} characters, {np} photos, {}: ends on {last:?}",
                            b.id
                        ));
                    }
                }
            }
        }
    }
    assert!(orphans.is_empty(), "{orphans:#?}");
}

#[test]
fn a_fields_label_never_titles_a_board() {
    // Seen on a never-parsed 党建品牌 page: its fields' labels ("名称：", "释义：") read as level-1 headings, and one
    // titled a board of its own ("释义："). A heading ending on a colon introduces its text: it stays a heading inside
    // its part.
    let m = sections(&[
        ("品牌介绍", corpus_text(300)),
        ("释义：", corpus_text(6000)),
        ("二、大力建设活力机关", corpus_text(700)),
    ]);
    let r = common::engine()
        .layout(&m, &settings("1200x900"), &Overrides::default())
        .unwrap();
    let names: Vec<&str> = r.frames.boards.iter().map(|b| b.name.as_str()).collect();
    assert!(
        !names.iter().any(|n| n.contains("释义")),
        "{names:?} {}",
        r.summary.to_text()
    );
    let label_as_heading = r.frames.boards.iter().flat_map(|b| &b.items).any(|i| match &i.kind {
        ItemKind::Text(t) => t.role == TextRole::Heading2 && text_of_block(t) == "释义：",
        _ => false,
    });
    assert!(label_as_heading, "{}", r.summary.to_text());
}

fn text_of_block(t: &zhanban_frames::TextBlock) -> String {
    t.runs.iter().map(|r| r.text()).collect()
}

#[test]
fn photos_under_or_beside_the_text_hang_from_its_grid() {
    // Issue 15 point 1 (grid25): the composer ranked its candidates by the loose count, in which photos of one width
    // centred under each other line up "with each other" — a stack narrower than a roll-up's text, both its edges in
    // from the text's (800×2000 8 photos, article 4, w4: two photos 60 mm in each side), a row of a 1200×900 board
    // centred under wider ones. It now ranks by the critic's honest count (every edge on the safe area, a text column
    // or a block that is), so the text takes the photos' measure or the photos go two-up on the grid.
    let eng = common::engine();
    for (a, n, size, id) in [
        (3, 8, "800x2000", "w4"),
        (0, 8, "600x1600", "w1-b9"),
        (3, 24, "1200x900", "w4-b4"),
        (4, 8, "594x841", "w5-b21"),
    ] {
        let (mut m, s) = common::bench_exhibition(a, n, size);
        m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        let errs = common::check(&m, &Overrides::default(), &r);
        assert!(errs.is_empty(), "{size} {a} {n}: {errs:#?}");
        let b = r.frames.boards.iter().find(|b| b.id == id).expect(id);
        let c = critic::critique(b);
        assert_eq!(c.misaligned, 0, "{size} {a} {n} {id}: {:?}", c.misaligned_at);
        assert!(
            c.hole_share <= critic::HOLE_MAX,
            "{size} {a} {n} {id}: hole {:.1} %",
            100.0 * c.hole_share
        );
    }
}

#[test]
fn edges_on_the_grid_never_buy_a_hole_over_the_limit() {
    // Issue 15 point 2 (grid25): ranked by the honest count, 800×1800's 24-photo exhibition of article 1 set w1-b15
    // (289 characters over a tall photo and a landscape at their resolution limit) with its text at the photos'
    // measure, on the grid but with a strip of 119 mm down the whole body: 15.6 %. A board still over the limit is
    // composed once more with the candidates within it first (its photos centred under the text: 13.0 %).
    let eng = common::engine();
    let (mut m, s) = common::bench_exhibition(0, 24, "800x1800");
    m.writeups[0].key_figures = common::found_figures(&m.writeups[0]);
    let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
    for (b, sm) in r.frames.boards.iter().zip(&r.summary.boards) {
        if sm.group == "preface" || sm.group == "closing" {
            continue;
        }
        let c = critic::critique(b);
        assert!(
            c.hole_share <= critic::HOLE_MAX,
            "{}: hole {:.1} %",
            b.id,
            100.0 * c.hole_share
        );
    }
}

#[test]
fn a_short_report_without_a_printable_photo_is_a_designed_text_board() {
    // The genre's commonest page is a short report; when its only photo is too small to print (a WeChat copy) or it
    // has none, its text stood at the top of the body in a void (2400×1200, 80 characters: 18.9 % of the body empty;
    // 900×1200, 301 characters at 56 pt: 63.7 %). It is set in a panel as a 前言's, up to the display size.
    let eng = common::engine();
    let mut holed = Vec::new();
    for size in ["1200x900", "900x1200", "2400x1200", "800x2000", "841x1189"] {
        for chars in [80, 150, 300] {
            for photo_px in [None, Some((640, 480))] {
                let mut m = sections(&[("机关党员志愿服务队走进社区开展主题党日活动", corpus_text(chars))]);
                m.exhibition.preface = Some(corpus_text(200));
                m.photos = photo_px.map(|(w, h)| photo(0, w, h, None)).into_iter().collect();
                let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
                for b in r.frames.boards.iter().filter(|b| b.id.starts_with('w')) {
                    let c = critic::critique(b);
                    if c.hole_share > critic::HOLE_MAX {
                        holed.push(format!(
                            "{size} {chars} {photo_px:?} {}: {:.1} %",
                            b.id,
                            100.0 * c.hole_share
                        ));
                    }
                }
            }
        }
    }
    assert!(holed.is_empty(), "{holed:#?}");
}

#[test]
fn an_untitled_write_ups_opening_board_is_not_titled_as_its_first_section() {
    // The brand page has no headline; its opening board was titled by its first level-1 heading ("品牌介紹"), which
    // titles the next board too: two boards in a row with one title read as one board printed twice. The opening's
    // headline comes first.
    let m = brand_page_excerpt();
    let r = common::engine()
        .layout(&m, &settings("1200x900"), &Overrides::default())
        .unwrap();
    let names: Vec<&str> = r.frames.boards.iter().map(|b| b.name.as_str()).collect();
    for pair in names.windows(2) {
        assert_ne!(pair[0], pair[1], "{names:?}");
    }
}

#[test]
fn a_short_report_alone_on_a_board_holed_over_the_limit_shares_the_board_before_it() {
    // The design bench's short reports (one paragraph, one to three photos, three reports to an exhibition): the
    // last report alone stood on a board a fifth to a third empty — a landscape at 158 ppi spanning an X展架 under 205
    // characters and a pull quote (29.0 %), a portrait at its 100 ppi limit on 800×1800 (18.6 %), two photos at their
    // limit on A0 and 900×1200 (15.8 %, 16.8 %) — while the board before it was not holed, so the two never shared.
    // A designer sets a report too short for its board with the one before it; the shared board must fit and not be
    // worse than the worse of the two apart.
    let corpus = common::corpus_material();
    let sizes = common::photo_sizes();
    let eng = common::engine();
    let mut holed = Vec::new();
    for (size, ci, chars, np) in [
        ("600x1600", 0, 80, 1),
        ("600x1600", 1, 150, 1),
        ("800x1800", 0, 80, 1),
        ("800x1800", 2, 250, 1),
        ("800x2000", 2, 250, 2),
        ("900x1200", 0, 80, 3),
        ("841x1189", 0, 80, 3),
        ("841x1189", 2, 250, 3),
    ] {
        let m = common::short_report_exhibition(&corpus, &sizes, ci, chars, np);
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let broken = common::check(&m, &Overrides::default(), &r);
        assert!(broken.is_empty(), "{size} {chars} {np}: {broken:?}");
        for b in r.frames.boards.iter().filter(|b| b.id.starts_with('w')) {
            let c = critic::critique(b);
            if c.hole_share > critic::HOLE_MAX {
                holed.push(format!("{size} {chars} {np} {}: {:.1} %", b.id, 100.0 * c.hole_share));
            }
        }
    }
    assert!(holed.is_empty(), "{holed:#?}");
}

#[test]
fn a_row_of_photos_is_cut_to_one_height_within_the_crop_limit() {
    // Photos that keep their own heights on one baseline ("free rows": a photo at its resolution limit beside one
    // that may grow) left the shorter standing under a strip of void (the reference board 1200x900-02's third photo).
    // Each row is now cut to its shortest photo's height, the taller photos cropped top and bottom — at most
    // JUSTIFY_CROP of each — where that keeps every photo at the minimum area; the stepped row stays only as a
    // costlier choice. Boards of the design bench that stood stepped (`Critique::stepped`).
    let eng = common::engine();
    let mut stepped = Vec::new();
    for (a, n, size, ids) in [
        (0, 4, "800x1800", &["w1", "w2"][..]),
        (2, 4, "800x2000", &["w3-b1"][..]),
        (0, 24, "841x1189", &["w1-b9"][..]),
        (1, 4, "594x841", &["w2"][..]),
    ] {
        let (m, s) = common::bench_exhibition(a, n, size);
        let r = eng.layout(&m, &s, &Overrides::default()).unwrap();
        for b in r.frames.boards.iter().filter(|b| ids.contains(&b.id.as_str())) {
            let c = critic::critique(b);
            if c.stepped > 0 {
                stepped.push(format!("{size} {n} {}: {} stepped", b.id, c.stepped));
            }
            for i in &b.items {
                if let ItemKind::Image(img) = &i.kind {
                    let shown = img.crop.area() / (f64::from(img.pixel_width) * f64::from(img.pixel_height));
                    assert!(
                        shown >= 1.0 - gallery::JUSTIFY_CROP - 1e-6,
                        "{size} {n} {}: {} shows {shown:.3}",
                        b.id,
                        i.id
                    );
                }
            }
        }
    }
    assert!(stepped.is_empty(), "{stepped:#?}");
}

/// Four short 主题党日 reports (tests/data/SOURCES.md) as the write-up reader gives them (title line, paragraphs; a
/// closing credit and a lone caption line left out), with the look's nine photos' sizes.
fn party_day_reports() -> Material {
    let mut m = common::corpus_material();
    m.exhibition.preface = Some(corpus_text(200));
    m.writeups = (1..=4)
        .map(|k| {
            let text = std::fs::read_to_string(format!("{}/tests/data/party-day-{k}.txt", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('(') && *l != "活动现场照片")
                .collect();
            // (the fourth opens on its account: no title line)
            let (title, paras) = if k == 4 {
                ("", &lines[..])
            } else {
                (lines[0], &lines[1..])
            };
            WriteUpInput {
                id: k,
                title: title.to_string(),
                blocks: paras
                    .iter()
                    .map(|p| BlockInput {
                        kind: BlockKind::Paragraph,
                        text: p.replace(',', "，"),
                    })
                    .collect(),
                key_figures: Vec::new(),
            }
        })
        .collect();
    let sizes = [
        (1622, 2880),
        (5120, 2880),
        (5120, 2880),
        (2560, 1600),
        (2560, 3837),
        (6028, 3391),
        (1024, 1024),
        (1024, 1024),
        (1080, 608),
    ];
    m.photos = uncaptioned(&sizes);
    m
}

#[test]
fn short_reports_share_boards_in_pairs_rather_than_leave_the_last_alone_holed() {
    // Lead's look (2026-12-07 night, 800×2000): the first report, alone holed, took in the second and the third (897
    // characters at 36 pt beside seven photos) and left the fourth alone, a quarter of its roll-up empty (27 %). The
    // run gives the third back when its board stays within the limit without it, and the third and fourth share one.
    let m = party_day_reports();
    let r = common::engine()
        .layout(&m, &settings("800x2000"), &Overrides::default())
        .unwrap();
    let errs = common::check(&m, &Overrides::default(), &r);
    assert!(errs.is_empty(), "{errs:#?}");
    let content: Vec<(&BoardFrame, &BoardSummary)> = r
        .frames
        .boards
        .iter()
        .zip(&r.summary.boards)
        .filter(|(_, s)| s.group.starts_with('w'))
        .collect();
    for (b, s) in &content {
        let c = critic::critique(b);
        assert!(
            c.hole_share <= critic::HOLE_MAX,
            "{}: hole {:.1} %",
            s.name,
            100.0 * c.hole_share
        );
    }
    let sizes: Vec<f64> = content.iter().map(|(_, s)| s.body_pt).collect();
    assert!(sizes.iter().all(|&pt| pt >= 42.0), "body sizes {sizes:?}");
}

#[test]
fn photos_at_their_limit_centred_off_the_grid_stand_on_a_mat_spanning_their_area() {
    // Issue 15, point 1 (grid28): photos that cannot grow (a WeChat copy at the minimum area, a portrait at 100 ppi)
    // stood in their area under or beside the text short of its edges — floating (design bench, short reports:
    // 900×1200 150 chars × 3 photos w3 "photo L/R 148.3"; 800×2000 400 × 2 w3 two photos centred 119 and 167 mm in,
    // hole 11.6 %; 2400×1200 80 × 3 w3 "photo R 392.6" beside text at 116 pt, hole 17.6 %). A designer gives the block a tinted mat spanning
    // its area from grid line to grid line, the photos centred on it: the mat's edges are what the eye sees, on the
    // grid; the photos keep their size.
    let corpus = common::corpus_material();
    let sizes = common::photo_sizes();
    let eng = common::engine();
    for (size, ci, chars, np, id) in [
        ("900x1200", 1, 150, 3, "w3"),
        ("800x2000", 3, 400, 2, "w3"),
        ("2400x1200", 0, 80, 3, "w3"),
    ] {
        let m = common::short_report_exhibition(&corpus, &sizes, ci, chars, np);
        let r = eng.layout(&m, &settings(size), &Overrides::default()).unwrap();
        let broken = common::check(&m, &Overrides::default(), &r);
        assert!(broken.is_empty(), "{size} {chars} {np}: {broken:?}");
        let b = r.frames.boards.iter().find(|b| b.id == id).expect("the board");
        let c = critic::critique(b);
        assert_eq!(c.misaligned, 0, "{size} {chars} {np} {id}: {:?}", c.misaligned_at);
        assert!(
            c.hole_share <= critic::HOLE_MAX,
            "{size} {id}: hole {:.1} %",
            100.0 * c.hole_share
        );
        let mat = b
            .items
            .iter()
            .find_map(|i| match &i.kind {
                ItemKind::Rect(r) if i.id == compose::MAT_ID && i.source == Source::Theme => Some(r.rect),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{size} {id}: no mat"));
        // Every photo on the mat, inset from its edges; the mat under them (drawn first).
        let mat_at = b.items.iter().position(|i| i.id == compose::MAT_ID).unwrap();
        for (k, i) in b.items.iter().enumerate() {
            if let (ItemKind::Image(img), Source::Photo { .. }) = (&i.kind, &i.source) {
                let p = img.rect;
                assert!(k > mat_at, "{size} {id}: a photo under its mat");
                assert!(
                    p.x > mat.x + 1.0 && p.right() < mat.right() - 1.0 && p.y >= mat.y && p.bottom() <= mat.bottom(),
                    "{size} {id}: photo {p:?} not on the mat {mat:?}"
                );
            }
        }
    }
}
