//! Each check triggered by a case that has the problem, and silent on a clean board.

use super::*;
use zhanban_frames::{Color, FontFace, Glyph, Item, Point, TextRun};
use zhanban_layout::{OpenSlotSummary, Summary, Unplaced};

const NOTO: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/// Licences by path, for tests that must not depend on installed fonts.
struct Licences(HashMap<String, Embedding>);
impl FontLicences for Licences {
    fn embedding(&mut self, path: &str, _index: u32) -> Option<Embedding> {
        self.0.get(path).copied()
    }
}
fn installable() -> Licences {
    Licences(HashMap::from([("regular.otf".to_string(), Embedding::Installable)]))
}

fn run(text: &str, x: f64, y: f64, size_pt: f64) -> TextRun {
    let adv = size_pt * zhanban_frames::MM_PER_PT;
    TextRun {
        font: 0,
        size_pt,
        color: Color::BLACK,
        origin: Point { x, y },
        glyphs: text
            .chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                id: 100 + i as u16,
                x: i as f64 * adv,
                advance: adv,
                text: c.to_string(),
            })
            .collect(),
    }
}

fn text_item(id: &str, source: Source, role: TextRole, rect: Rect, min: f64, runs: Vec<TextRun>) -> Item {
    Item {
        id: id.into(),
        source,
        kind: ItemKind::Text(TextBlock {
            rect,
            role,
            min_size_pt: min,
            runs,
        }),
    }
}

/// A clean 1200×900 board: title, a body paragraph, a 150 ppi photo with its caption, all inside the 20 mm margin.
fn clean_board() -> BoardFrame {
    BoardFrame {
        id: "b1".into(),
        number: 1,
        name: "一、坚决把牢政治方向".into(),
        width: 1200.0,
        height: 900.0,
        bleed: 3.0,
        safe: 20.0,
        background: Color::WHITE,
        fonts: vec![FontFace {
            family: "Noto Sans CJK SC".into(),
            path: "regular.otf".into(),
            index: 0,
            synthetic_bold: false,
        }],
        items: vec![
            Item {
                id: "band".into(),
                source: Source::Theme,
                kind: ItemKind::Rect(zhanban_frames::RectItem {
                    rect: Rect::new(-3.0, -3.0, 1206.0, 120.0),
                    fill: Some(Color::rgb(200, 16, 46)),
                    stroke: None,
                    radius: 0.0,
                }),
            },
            text_item(
                "title",
                Source::Exhibition { field: "title".into() },
                TextRole::BoardTitle,
                Rect::new(40.0, 30.0, 1000.0, 60.0),
                72.0,
                vec![run("一、坚决把牢政治方向", 40.0, 80.0, 80.0)],
            ),
            text_item(
                "body",
                Source::Block { writeup: 1, block: 2 },
                TextRole::Body,
                Rect::new(40.0, 150.0, 500.0, 720.0),
                28.0,
                vec![
                    run("市直机关工委坚持把政治建设摆在首位", 40.0, 165.0, 28.0),
                    run("推动模范机关创建走深走实。", 40.0, 180.0, 28.0),
                ],
            ),
            Item {
                id: "photo".into(),
                source: Source::Photo { hash: "h1".into() },
                kind: ItemKind::Image(ImageItem {
                    photo: "h1".into(),
                    rect: Rect::new(600.0, 150.0, 508.0, 338.67),
                    crop: Rect::new(0.0, 0.0, 3000.0, 2000.0),
                    orientation: 1,
                    pixel_width: 3000,
                    pixel_height: 2000,
                }),
            },
            text_item(
                "caption",
                Source::Caption { hash: "h1".into() },
                TextRole::Caption,
                Rect::new(600.0, 495.0, 508.0, 20.0),
                24.0,
                vec![run("■ 主题党日活动现场", 600.0, 508.0, 24.0)],
            ),
        ],
    }
}

fn facts() -> HashMap<String, PhotoFacts> {
    HashMap::from([(
        "h1".to_string(),
        PhotoFacts {
            file_name: "党日活动.jpg".into(),
            width: 3000,
            height: 2000,
            color_model: "rgb".into(),
        },
    )])
}

fn run_check(boards: Vec<BoardFrame>, summary: &Summary, photos: &HashMap<String, PhotoFacts>) -> PreflightReport {
    check_with(&Frames { boards }, summary, photos, &mut installable())
}

fn kinds(r: &PreflightReport) -> Vec<(Kind, Severity)> {
    r.findings.iter().map(|f| (f.kind, f.severity)).collect()
}

fn without_colour_note(r: &PreflightReport) -> Vec<(Kind, Severity)> {
    kinds(r).into_iter().filter(|k| k.0 != Kind::Colour).collect()
}

fn item_mut<'a>(b: &'a mut BoardFrame, id: &str) -> &'a mut ItemKind {
    &mut b.items.iter_mut().find(|i| i.id == id).unwrap().kind
}

#[test]
fn a_clean_board_has_only_the_colour_note() {
    let r = run_check(vec![clean_board()], &Summary::default(), &facts());
    assert_eq!(kinds(&r), vec![(Kind::Colour, Severity::Hint)], "{}", r.to_text());
    assert!(!r.blocks_export);
    assert_eq!((r.errors, r.warnings, r.hints), (0, 0, 1));
}

/// The colour note speaks plain words; the print terms (PDF/X-4, sRGB, FOGRA39) only in its details, on demand.
#[test]
fn the_colour_note_speaks_plain_words_with_the_terms_in_its_details() {
    let r = run_check(vec![clean_board()], &Summary::default(), &facts());
    let note = &r.findings[0];
    for jargon in ["PDF/X", "sRGB", "FOGRA", "RGB"] {
        assert!(!note.message.contains(jargon), "{jargon} in {}", note.message);
    }
    let details = note.details.as_deref().expect("the terms, on demand");
    for term in ["PDF/X-4", "sRGB", "FOGRA39"] {
        assert!(details.contains(term), "{term} in {details}");
    }
}

#[test]
fn low_resolution_warns_below_100_and_errors_below_72_ppi() {
    // The same 508 mm wide photo from a smaller original: 1800 px → 90 ppi, 1200 px → 60 ppi.
    for (w, sev, ppi) in [(1800u32, Severity::Warning, 90.0), (1200, Severity::Error, 60.0)] {
        let mut photos = facts();
        photos.get_mut("h1").unwrap().width = w;
        let r = run_check(vec![clean_board()], &Summary::default(), &photos);
        assert_eq!(
            without_colour_note(&r),
            vec![(Kind::LowResolution, sev)],
            "{}",
            r.to_text()
        );
        let f = &r.findings[0];
        assert!((f.ppi.unwrap() - ppi).abs() < 0.5, "{:?}", f.ppi);
        assert_eq!(f.item.as_deref(), Some("photo"));
        assert_eq!(f.subject.as_deref(), Some("党日活动.jpg"));
        assert_eq!(r.blocks_export, sev == Severity::Error);
    }
    // Layout caps photos at 100 ppi; rounding just under it (1998 px → 99.9 ppi) is not "below 100".
    let mut photos = facts();
    photos.get_mut("h1").unwrap().width = 1998;
    let r = run_check(vec![clean_board()], &Summary::default(), &photos);
    assert!(without_colour_note(&r).is_empty(), "{}", r.to_text());
    // Frames alone (no facts): the frame's own pixel size is used.
    let mut b = clean_board();
    if let ItemKind::Image(img) = item_mut(&mut b, "photo") {
        img.crop = Rect::new(0.0, 0.0, 1400.0, 933.0);
    }
    let r = run_check(vec![b], &Summary::default(), &HashMap::new());
    assert!(
        kinds(&r).contains(&(Kind::LowResolution, Severity::Error)),
        "{}",
        r.to_text()
    );
}

#[test]
fn characters_no_font_has_are_errors_that_list_them() {
    let mut b = clean_board();
    if let ItemKind::Text(t) = item_mut(&mut b, "body") {
        let g = &mut t.runs[0].glyphs[3];
        g.id = 0;
        g.text = "𰻞".into();
        let g = &mut t.runs[1].glyphs[0];
        g.id = 0;
        g.text = "䶮".into();
    }
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::MissingCharacters, Severity::Error)],
        "{}",
        r.to_text()
    );
    assert_eq!(r.findings[0].characters, vec!["𰻞".to_string(), "䶮".to_string()]);
    assert!(r.findings[0].message.contains("𰻞"));
    assert!(r.blocks_export);
}

#[test]
fn fake_bold_is_a_warning_naming_the_family() {
    let mut b = clean_board();
    b.fonts[0].synthetic_bold = true;
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::FakeBold, Severity::Warning)],
        "{}",
        r.to_text()
    );
    assert!(r.findings[0].message.contains("Noto Sans CJK SC"));
}

#[test]
fn text_outside_its_box_is_an_overflow_error() {
    let mut b = clean_board();
    if let ItemKind::Text(t) = item_mut(&mut b, "body") {
        // The second line's baseline below the box.
        t.rect.h = 20.0;
    }
    let r = run_check(vec![b], &Summary::default(), &facts());
    // (The shortened box also leaves the board half-empty.)
    assert_eq!(
        without_colour_note(&r),
        vec![
            (Kind::TextOverflow, Severity::Error),
            (Kind::HalfEmpty, Severity::Warning)
        ],
        "{}",
        r.to_text()
    );
    assert_eq!(r.findings[0].item.as_deref(), Some("body"));
}

#[test]
fn text_below_the_boards_minimum_is_an_error() {
    let mut b = clean_board();
    if let ItemKind::Text(t) = item_mut(&mut b, "caption") {
        t.runs[0].size_pt = 18.0;
    }
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::TextTooSmall, Severity::Error)],
        "{}",
        r.to_text()
    );
    assert!(r.findings[0].message.contains("18 磅") && r.findings[0].message.contains("24 磅"));
}

#[test]
fn text_or_photo_edges_in_the_safe_margin_warn_but_bleeding_photos_do_not() {
    let mut b = clean_board();
    if let ItemKind::Text(t) = item_mut(&mut b, "body") {
        t.rect.x = 10.0;
        for r in &mut t.runs {
            r.origin.x = 10.0;
        }
    }
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::SafeMargin, Severity::Warning)],
        "{}",
        r.to_text()
    );

    // A photo whose right edge stops 8 mm before the trim.
    let mut b = clean_board();
    if let ItemKind::Image(img) = item_mut(&mut b, "photo") {
        img.rect.w = 592.0;
        img.crop = Rect::new(0.0, 0.0, 3000.0, 1716.0);
    }
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::SafeMargin, Severity::Warning)],
        "{}",
        r.to_text()
    );
    assert!(r.findings[0].message.contains("党日活动.jpg"));

    // The same photo bleeding off the right edge is fine.
    let mut b = clean_board();
    if let ItemKind::Image(img) = item_mut(&mut b, "photo") {
        img.rect.w = 603.0;
        img.crop = Rect::new(0.0, 0.0, 3000.0, 1685.0);
    }
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(without_colour_note(&r), vec![], "{}", r.to_text());
}

#[test]
fn a_board_with_only_a_title_is_empty() {
    let mut b = clean_board();
    b.items.retain(|i| matches!(i.id.as_str(), "band" | "title"));
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::EmptyBoard, Severity::Warning)],
        "{}",
        r.to_text()
    );
}

#[test]
fn a_title_board_is_not_empty() {
    // 展标: the exhibition title set large is the board's content (the board title of any other board is not).
    let mut b = clean_board();
    b.items.retain(|i| matches!(i.id.as_str(), "band" | "title"));
    for i in &mut b.items {
        if i.id == "title" {
            i.id = zhanban_layout::cover::TITLE_ID.into();
        }
    }
    assert!(zhanban_layout::cover::is_title_board(&b));
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(without_colour_note(&r), vec![], "{}", r.to_text());
}

#[test]
fn a_half_empty_board_and_a_thin_continuation_are_warned() {
    // The body text ends at 450 mm: the bottom of the body (450–880 mm, under the photo too) is left empty.
    let mut b = clean_board();
    if let ItemKind::Text(t) = item_mut(&mut b, "body") {
        t.rect.h = 300.0;
    }
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::HalfEmpty, Severity::Warning)],
        "{}",
        r.to_text()
    );
    assert!(r.findings[0].message.contains("空白"));

    // A （续） board with two short lines and one photo is thin; the same as a section's first board is not.
    let mut b = clean_board();
    b.id = "b1#2".into();
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::ThinBoard, Severity::Warning)],
        "{}",
        r.to_text()
    );
    assert!(r.findings[0].message.contains("续板"));
}

#[test]
fn a_photo_without_caption_is_a_hint() {
    let mut b = clean_board();
    b.items.retain(|i| i.id != "caption");
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::NoCaption, Severity::Hint)],
        "{}",
        r.to_text()
    );
    assert!(!r.blocks_export);
}

#[test]
fn the_same_photo_twice_is_a_warning() {
    let a = clean_board();
    let mut b = clean_board();
    b.id = "b2".into();
    b.number = 2;
    let r = run_check(vec![a, b], &Summary::default(), &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::DuplicatePhoto, Severity::Warning)],
        "{}",
        r.to_text()
    );
    assert!(r.findings[0].message.contains("2 次"));
    assert_eq!(r.findings[0].board.as_ref().unwrap().number, 2);
}

#[test]
fn unplaced_content_is_an_error_and_open_slots_a_warning() {
    let summary = Summary {
        unplaced: vec![
            Unplaced::Text {
                group: "g".into(),
                text: "很长的一段文字".into(),
                reason: "放不下".into(),
            },
            Unplaced::Photo {
                group: "g".into(),
                file_name: "大合影.jpg".into(),
                hash: "h9".into(),
                reason: "太小".into(),
            },
        ],
        open_slots: vec![OpenSlotSummary {
            group: "g".into(),
            text: "■ 党员志愿服务".into(),
            reason: "请拖入照片".into(),
        }],
        ..Default::default()
    };
    let r = run_check(vec![clean_board()], &summary, &facts());
    assert_eq!(
        without_colour_note(&r),
        vec![
            (Kind::Unplaced, Severity::Error),
            (Kind::Unplaced, Severity::Error),
            (Kind::OpenCaptionSlot, Severity::Warning)
        ],
        "{}",
        r.to_text()
    );
    assert_eq!(r.findings[1].photo.as_deref(), Some("h9"));
    assert!(r.blocks_export);
}

#[test]
fn font_licences_forbidden_is_an_error_restricted_a_warning() {
    for (e, sev) in [
        (Embedding::Forbidden, Severity::Error),
        (Embedding::Restricted, Severity::Warning),
    ] {
        let mut fonts = Licences(HashMap::from([("regular.otf".to_string(), e)]));
        let r = check_with(
            &Frames {
                boards: vec![clean_board()],
            },
            &Summary::default(),
            &facts(),
            &mut fonts,
        );
        assert_eq!(
            without_colour_note(&r),
            vec![(Kind::FontLicence, sev)],
            "{}",
            r.to_text()
        );
    }
    let mut none = Licences(HashMap::new());
    let r = check_with(
        &Frames {
            boards: vec![clean_board()],
        },
        &Summary::default(),
        &facts(),
        &mut none,
    );
    assert_eq!(
        without_colour_note(&r),
        vec![(Kind::FontUnreadable, Severity::Error)],
        "{}",
        r.to_text()
    );
}

#[test]
fn real_font_files_are_read_for_their_licence() {
    let mut files = FontFiles::default();
    if std::path::Path::new(NOTO).exists() {
        assert_eq!(files.embedding(NOTO, 2), Some(Embedding::Installable));
    }
    assert_eq!(files.embedding("/nonexistent/font.otf", 0), None);
}

#[test]
fn cmyk_photos_get_a_colour_note() {
    let mut photos = facts();
    photos.get_mut("h1").unwrap().color_model = "cmyk".into();
    let r = run_check(vec![clean_board()], &Summary::default(), &photos);
    assert_eq!(
        kinds(&r),
        vec![(Kind::Colour, Severity::Hint), (Kind::Colour, Severity::Hint)],
        "{}",
        r.to_text()
    );
    assert!(r.findings.iter().any(|f| f.message.contains("CMYK 照片")));
}

#[test]
fn the_report_serialises_for_the_ui() {
    let mut photos = facts();
    photos.get_mut("h1").unwrap().width = 1200;
    let r = run_check(vec![clean_board()], &Summary::default(), &photos);
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["errors"], 1);
    assert_eq!(v["blocks_export"], true);
    let f = &v["findings"][0];
    assert_eq!(f["kind"], "low_resolution");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["severity_label"], "错误");
    assert_eq!(f["board"]["number"], 1);
    assert_eq!(f["item"], "photo");
    let back: PreflightReport = serde_json::from_value(v).unwrap();
    assert_eq!(back, r);
    assert!(r.to_text().contains("[错误] 第 1 块“一、坚决把牢政治方向”："));
}

fn set_text(b: &mut BoardFrame, id: &str, text: &str) {
    if let ItemKind::Text(t) = item_mut(b, id) {
        let (x, y, size) = (t.runs[0].origin.x, t.runs[0].origin.y, t.runs[0].size_pt);
        t.runs = vec![run(text, x, y, size)];
    }
}

#[test]
fn text_that_looks_like_web_chrome_is_a_warning_on_its_item() {
    for (id, text) in [
        ("title", "版面：第A01版：要闻 上一篇 下一篇"),
        ("title", "08_xinzhou_2023_review_digits"),
        ("body", "Copyright © 2023 市直机关工委 版权所有 鲁ICP备12345678号"),
        ("body", "网站数据统计 今日访问量：1024"),
    ] {
        let mut b = clean_board();
        set_text(&mut b, id, text);
        let r = run_check(vec![b], &Summary::default(), &facts());
        let f = r
            .findings
            .iter()
            .find(|f| f.kind == Kind::ChromeText)
            .unwrap_or_else(|| panic!("{text:?} not flagged: {}", r.to_text()));
        assert_eq!((f.severity, f.item.as_deref()), (Severity::Warning, Some(id)), "{text}");
        assert_eq!(f.board.as_ref().map(|b| b.number), Some(1));
    }
}

#[test]
fn a_board_mixing_traditional_and_simplified_script_is_a_warning() {
    let mut b = clean_board();
    set_text(&mut b, "caption", "■ 主題黨日活動現場，黨員們認真學習");
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert!(
        kinds(&r).contains(&(Kind::MixedScript, Severity::Warning)),
        "{}",
        r.to_text()
    );

    // All traditional is one script: no warning.
    let mut b = clean_board();
    set_text(&mut b, "title", "一、堅決把牢政治方向");
    set_text(&mut b, "body", "市直機關工委堅持把政治建設擺在首位");
    set_text(&mut b, "caption", "■ 主題黨日活動現場");
    let r = run_check(vec![b], &Summary::default(), &facts());
    assert!(!kinds(&r).iter().any(|k| k.0 == Kind::MixedScript), "{}", r.to_text());
}

#[test]
fn a_write_up_that_stops_mid_sentence_is_a_warning_on_its_board() {
    // the body block is the write-up's last printed paragraph; it stops mid-sentence
    let mut b = clean_board();
    set_text(
        &mut b,
        "body",
        "市直机关工委坚持把政治建设摆在首位，推动模范机关创建走深走实，在全市形成了",
    );
    let r = run_check(vec![b], &Summary::default(), &facts());
    let f = r
        .findings
        .iter()
        .find(|f| f.kind == Kind::CutOff)
        .unwrap_or_else(|| panic!("not flagged: {}", r.to_text()));
    assert_eq!((f.severity, f.item.as_deref()), (Severity::Warning, Some("body")));
    assert_eq!(f.board.as_ref().map(|b| b.number), Some(1));
    assert!(
        f.message.contains("在全市形成了") && f.message.contains("没有复制完整"),
        "{}",
        f.message
    );
    // a paragraph that ends, or a signature line (unit, date), is no cut-off
    for end in ["在全市形成了浓厚氛围。", "中共青岛市委市直机关工委", "2023年12月5日"] {
        let mut b = clean_board();
        set_text(&mut b, "body", end);
        let r = run_check(vec![b], &Summary::default(), &facts());
        assert!(!kinds(&r).iter().any(|k| k.0 == Kind::CutOff), "{end}: {}", r.to_text());
    }
}

/// After an edit only the changed boards are checked again, and the report is the full check's: a finding the edit
/// brings appears, one it takes away does not survive, and other photo facts check every board again.
#[test]
fn check_kept_checks_only_changed_boards_and_reports_what_the_full_check_does() {
    let board = |n: usize| BoardFrame {
        id: format!("b{n}"),
        number: n,
        ..clean_board()
    };
    let mut kept = Kept::default();
    let mut photos = facts();
    let mut both = |boards: Vec<BoardFrame>, photos: &HashMap<String, PhotoFacts>| {
        let keys: Vec<String> = boards.iter().map(|b| serde_json::to_string(b).unwrap()).collect();
        let frames = Frames { boards };
        let summary = Summary::default();
        let r = check_kept(&frames, &keys, &summary, photos, &mut installable(), &mut kept);
        assert_eq!(r, check_with(&frames, &summary, photos, &mut installable()));
        (kinds(&r), kept.checked())
    };
    let mixed = (Kind::MixedScript, Severity::Warning);
    assert_eq!(both(vec![board(1), board(2)], &photos).1, 2);
    assert_eq!(both(vec![board(1), board(2)], &photos).1, 0, "nothing changed");

    let mut edited = board(2);
    set_text(&mut edited, "caption", "■ 主題黨日活動現場，黨員們認真學習");
    let (found, checked) = both(vec![board(1), edited], &photos);
    assert!(found.contains(&mixed) && checked == 1, "{found:?}, {checked}");
    let (found, checked) = both(vec![board(1), board(2)], &photos);
    assert!(
        !found.contains(&mixed) && checked == 1,
        "the finding is gone: {found:?}, {checked}"
    );

    photos.get_mut("h1").unwrap().width = 600;
    let (found, checked) = both(vec![board(1), board(2)], &photos);
    assert!(
        found.contains(&(Kind::LowResolution, Severity::Error)) && checked == 2,
        "{found:?}"
    );
}
