//! Shared test helpers: the real typesetter, the corpus as layout material, real photo sizes, the invariant
//! checker, and PNG rendering of boards.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use zhanban_frames::{BoardFrame, ItemKind, Rect, Source, TextRole};
use zhanban_layout::*;
use zhanban_typeset::{FontLibrary, FontSources, Typesetter};

pub fn typesetter() -> Arc<Typesetter> {
    static TS: OnceLock<Arc<Typesetter>> = OnceLock::new();
    TS.get_or_init(|| {
        Arc::new(Typesetter::with_library(
            FontLibrary::discover(&FontSources::default()).unwrap(),
        ))
    })
    .clone()
}

pub fn engine() -> LayoutEngine<TypesetSetter> {
    LayoutEngine::new(TypesetSetter::new(typesetter()))
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

pub fn corpus_dir() -> PathBuf {
    // A worktree elsewhere than beside `shared/` names the corpus with ZHANBAN_CORPUS_DIR.
    std::env::var_os("ZHANBAN_CORPUS_DIR").map_or_else(|| repo_root().join("../shared/corpus"), PathBuf::from)
}

/// Real photo sizes (pixels as displayed): phone and camera photos in both orientations, scans and screenshots.
pub const REAL_SIZES: [(u32, u32); 30] = [
    (4032, 3024),
    (3024, 4032),
    (4000, 3000),
    (6000, 4000),
    (1920, 1080),
    (1080, 1440),
    (2048, 1536),
    (5472, 3648),
    (3648, 5472),
    (4608, 3456),
    (1280, 960),
    (1600, 1200),
    (3000, 2000),
    (2560, 1440),
    (1080, 1920),
    (4000, 2250),
    (2736, 1824),
    (4096, 2304),
    (3264, 2448),
    (2448, 3264),
    (1440, 1080),
    (5184, 3456),
    (800, 600),
    (2000, 1333),
    (1200, 1600),
    (4160, 3120),
    (3120, 4160),
    (1024, 768),
    (2592, 1944),
    (6016, 4016),
];

fn strip_pinyin(s: &str) -> String {
    // "學(xué)習(xí)" → "學習": drop parentheses holding only Latin letters with tone marks.
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('(') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find(')') {
            Some(j)
                if j > 0
                    && after[..j]
                        .chars()
                        .all(|c| c.is_alphabetic() && !('\u{4e00}'..='\u{9fff}').contains(&c)) =>
            {
                rest = &after[j + 1..];
            }
            _ => {
                out.push('(');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_junk(l: &str) -> bool {
    const JUNK: [&str; 12] = [
        "APP",
        "打开",
        "精彩推荐",
        "查看更多",
        "责任编辑",
        "責任編輯",
        "Produced By",
        "信息来源",
        "作者:",
        "点击率",
        "□",
        "记者",
    ];
    JUNK.iter().any(|j| l.contains(j)) || l.starts_with("20") && l.len() < 40
}

/// One corpus article as a write-up: title, level-1 headings (一、… or short lines), paragraphs, ■ captions.
pub fn corpus_writeup(file: &str, id: i64) -> WriteUpInput {
    let text = std::fs::read_to_string(corpus_dir().join(file)).unwrap();
    let mut w = WriteUpInput {
        id,
        title: String::new(),
        blocks: Vec::new(),
        key_figures: Vec::new(),
    };
    for raw in text.lines() {
        let l = strip_pinyin(raw.trim());
        if l.is_empty() || is_junk(&l) {
            continue;
        }
        if l == "最新评论" {
            break;
        }
        let n = l.chars().count();
        if w.title.is_empty() && n > 40 {
            w.blocks.push(BlockInput {
                kind: BlockKind::Paragraph,
                text: l,
            });
            continue;
        }
        if w.title.is_empty() || l.starts_with('【') || (w.blocks.is_empty() && w.title.chars().count() < 8) {
            if w.title.is_empty() || w.title.chars().count() < 8 {
                w.title = l;
            }
            continue;
        }
        let kind = if let Some(c) = l.strip_prefix('■') {
            w.blocks.push(BlockInput {
                kind: BlockKind::Caption,
                text: c.trim().to_string(),
            });
            continue;
        } else if l.starts_with("——") && w.blocks.is_empty() {
            continue; // subtitle
        } else if ["一、", "二、", "三、", "四、", "五、"]
            .iter()
            .any(|p| l.starts_with(p))
        {
            BlockKind::Heading1
        } else if n <= 30 && !l.ends_with(['。', '！', '？', '；', '”']) {
            if w.blocks.is_empty() {
                continue; // a second title line
            }
            BlockKind::Heading1
        } else {
            BlockKind::Paragraph
        };
        w.blocks.push(BlockInput { kind, text: l });
    }
    w
}

/// The five corpus articles and 30 photos of real sizes: 8 anchored to the ■ captions of the 2023 article (three
/// captions left open), the rest spread.
pub fn corpus_material() -> Material {
    let files = [
        "qingdao-model-organs-2023.txt",
        "changdao-review-2024.txt",
        "laixi-organ-party-building-2022.txt",
        "qingdao-case-four-threes-traditional.txt",
        "qingdao-party-leads-2021.txt",
    ];
    let mut writeups: Vec<WriteUpInput> = files
        .iter()
        .enumerate()
        .map(|(i, f)| corpus_writeup(f, i as i64 + 1))
        .collect();
    writeups[0].key_figures = vec![
        KeyFigure {
            value: "108个".into(),
            label: "模范机关建设突出集体".into(),
        },
        KeyFigure {
            value: "68个".into(),
            label: "五星级示范党支部".into(),
        },
        KeyFigure {
            value: "2500余场".into(),
            label: "主题宣讲、专题党课".into(),
        },
    ];
    let captions: Vec<usize> = writeups[0]
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Caption)
        .map(|(i, _)| i)
        .collect();
    let photos = REAL_SIZES
        .iter()
        .enumerate()
        .map(|(i, &(w, h))| {
            let anchor = (i < 8).then(|| Anchor {
                writeup: 0,
                block: captions[i],
            });
            let caption = (i >= 8 && i % 3 != 0).then(|| format!("第{}张：机关党员志愿服务队走进社区开展活动", i + 1));
            PhotoInput {
                hash: format!("{i:02}{:x}", w * 31 + h),
                file_name: format!("IMG_{:04}.jpg", 2100 + i),
                width_px: w,
                height_px: h,
                orientation: 1,
                caption,
                anchor,
                facts: Default::default(),
            }
        })
        .collect();
    Material {
        exhibition: ExhibitionDetails {
            title: Some("模范机关建设成果展".into()),
            organiser: Some("市委市直机关工委".into()),
            date: Some("2024年6月".into()),
            preface: None,
            closing: Some(
                "风劲帆满图新志，重任千钧再出发。我们将坚持以高质量党建引领保障高质量发展，持续深化模范机关建设，为奋力谱写中国式现代化新篇章贡献机关力量。"
                    .into(),
            ),
            logo: None,
            background: None,
            gallery: None,
            title_board: None,
        },
        writeups,
        photos,
    }
}

/// Texts that must appear exactly once in body text, by source: paragraphs and level-2 headings of write-ups
/// (minus the default preface's, which appear as preface text), the preface and closing lines.
/// `photos`: how many the boards show (the drafted 前言 counts them).
pub fn expected_texts(m: &Material, ov: &Overrides, photos: usize) -> HashMap<String, String> {
    let mut out: HashMap<String, String> = HashMap::new();
    for w in &m.writeups {
        for (bi, b) in w.blocks.iter().enumerate() {
            if matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading2) {
                let src = Source::Block {
                    writeup: w.id,
                    block: bi,
                };
                // Text that looks like web chrome is set aside by layout (noted), unless the user typed it.
                if ov.text(&src).is_none() && zhanban_writeup::looks_like_chrome(&b.text).is_some() {
                    continue;
                }
                // A heading loses its lead-in dash and closing 。 unless the user typed it.
                let t = match ov.text(&src) {
                    Some(t) => t.to_string(),
                    None if b.kind == BlockKind::Heading2 => zhanban_layout::tidy_heading(&b.text).to_string(),
                    None => b.text.clone(),
                };
                if !t.trim().is_empty() {
                    out.insert(format!("{src:?}"), t);
                }
            }
        }
    }
    for a in &ov.added {
        let t: String = ov
            .text(&a.text_source())
            .unwrap_or(&a.text)
            .lines()
            .map(str::trim)
            .collect();
        if !t.is_empty() {
            out.insert(format!("{:?}", a.text_source()), t);
        }
    }
    for field in ["preface", "closing"] {
        let t = match field {
            // (no preface of the user's and no opening that states the work: the offered draft stands in)
            "preface" => m
                .exhibition
                .preface
                .clone()
                .filter(|p| !p.trim().is_empty())
                .or_else(|| {
                    m.default_preface_blocks()
                        .is_none()
                        .then(|| zhanban_layout::preface::draft_preface(m, photos))
                }),
            _ => m.exhibition.closing.clone(),
        };
        if let Some(t) = t {
            let lines: String = t.lines().map(str::trim).collect();
            if !lines.is_empty() {
                out.insert(format!("{:?}", Source::Exhibition { field: field.into() }), lines);
            }
        }
    }
    out
}

fn sorted(s: &str) -> Vec<char> {
    let mut v: Vec<char> = s.chars().collect();
    v.sort_unstable();
    v
}

/// Checks every invariant of the issue on a layout; returns a list of violations (empty when all hold).
pub fn check(m: &Material, ov: &Overrides, r: &LayoutResult) -> Vec<String> {
    let mut errs = Vec::new();
    let mut placed: HashMap<String, String> = HashMap::new();
    let mut photo_count: HashMap<String, usize> = HashMap::new();
    let mut caption_count: HashMap<String, usize> = HashMap::new();
    for b in &r.frames.boards {
        let min = BoardSpec::new(b.width, b.height).min_sizes();
        let mut ids = std::collections::HashSet::new();
        for i in &b.items {
            if !ids.insert(i.id.as_str()) {
                errs.push(format!("{}: item id {} twice", b.name, i.id));
            }
        }
        let safe = b.safe_area();
        let content: Vec<(&str, Rect)> = b
            .items
            .iter()
            .filter(|i| i.source != Source::Theme)
            .filter_map(|i| match &i.kind {
                ItemKind::Text(t) => Some((i.id.as_str(), t.rect)),
                ItemKind::Image(img) => Some((i.id.as_str(), img.rect)),
                _ => None,
            })
            .collect();
        for (k, (ia, ra)) in content.iter().enumerate() {
            if !safe.contains(ra) {
                errs.push(format!("{} {ia} {ra:?} outside the safe area {safe:?}", b.name));
            }
            for (ib, rb) in &content[k + 1..] {
                if ra.overlaps(rb) {
                    errs.push(format!("{}: {ia} overlaps {ib}", b.name));
                }
            }
        }
        for i in &b.items {
            match &i.kind {
                ItemKind::Image(img) if i.source != Source::Theme && i.id != "logo" => {
                    *photo_count.entry(img.photo.clone()).or_default() += 1;
                    if img.rect.area() < BoardSpec::new(b.width, b.height).min_photo_area() - 1e-6 {
                        errs.push(format!(
                            "{}: photo {} smaller than the board's smallest photo area",
                            b.name, img.photo
                        ));
                    }
                }
                ItemKind::Text(t) => {
                    let floor = match t.role {
                        TextRole::Body => min.body,
                        TextRole::Caption
                        | TextRole::Organiser
                        | TextRole::KeyFigureLabel
                        | TextRole::ExhibitionTitle => min.caption,
                        TextRole::Heading1 | TextRole::Heading2 | TextRole::KeyFigure => min.heading,
                        TextRole::BoardTitle => min.title,
                        TextRole::Footer => 0.0,
                    };
                    for run in &t.runs {
                        if run.size_pt + 1e-9 < floor || run.size_pt + 1e-9 < t.min_size_pt {
                            errs.push(format!("{}: {:?} at {} pt below {floor}", b.name, t.role, run.size_pt));
                        }
                        for g in &run.glyphs {
                            let x = run.origin.x + g.x;
                            if x < t.rect.x - 0.5
                                || x + g.advance > t.rect.right() + 0.5
                                || run.origin.y < t.rect.y
                                || run.origin.y > t.rect.bottom() + 1e-6
                            {
                                errs.push(format!("{}: glyph {:?} of {} outside its block", b.name, g.text, i.id));
                                break;
                            }
                        }
                    }
                    let text: String = t.runs.iter().map(|r| r.text()).collect();
                    match (&i.source, t.role) {
                        (Source::Caption { hash }, _) => {
                            *caption_count.entry(hash.clone()).or_default() += 1;
                            let photo = b.items.iter().find_map(|x| match &x.kind {
                                ItemKind::Image(img) if &img.photo == hash => Some(img.rect),
                                _ => None,
                            });
                            match photo {
                                // Under its photo, or beside it (level with it, a gap away, its last line
                                // on the photo's bottom).
                                Some(p)
                                    if (t.rect.y - p.bottom()).abs() < 1e-6
                                        && t.rect.x < p.right()
                                        && p.x < t.rect.right() => {}
                                Some(p)
                                    if (t.rect.x > p.right() && t.rect.x - p.right() <= 30.0
                                        || t.rect.right() < p.x && p.x - t.rect.right() <= 30.0)
                                        && t.rect.y >= p.y - 1e-6
                                        && t.rect.bottom() <= p.bottom() + 1.0 => {}
                                _ => errs.push(format!("{}: caption of {hash} does not touch its photo", b.name)),
                            }
                        }
                        (src, TextRole::Body | TextRole::Heading2) => {
                            placed.entry(format!("{src:?}")).or_default().push_str(&text);
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
    }
    // Resolution: every photo at 100 ppi or better, else reported (and under 72 ppi only when it is at about the
    // minimum photo area: enlarging it further was not allowed).
    for b in &r.frames.boards {
        for i in &b.items {
            let (ItemKind::Image(img), Source::Photo { hash }) = (&i.kind, &i.source) else {
                continue;
            };
            if i.id == "logo" {
                continue;
            }
            let ppi = img.effective_ppi();
            let reported = r
                .summary
                .low_resolution
                .iter()
                .any(|l| &l.hash == hash && l.board == b.id && (l.ppi - ppi).abs() < 0.5);
            if ppi < 99.5 && !reported {
                errs.push(format!("{}: photo {hash} at {ppi:.1} ppi, not reported", b.name));
            }
            // Layout never crops or enlarges a photo below the print floor (export would stop on it) when the
            // photo whole at the board's smallest photo area prints at the floor or better (the composer's
            // tolerance, 0.05 ppi; preflight's error is under 71.5).
            let spec = BoardSpec::new(b.width, b.height);
            if let Some(p) = m.photos.iter().find(|p| &p.hash == hash) {
                let whole = zhanban_layout::select::ppi_at_min_area(p.width_px, p.height_px, &spec);
                if ppi < 72.0 - 0.05 && whole >= 72.0 && !ov.photos.contains_key(hash) {
                    errs.push(format!(
                        "{}: photo {hash} laid out at {ppi:.1} ppi, under the 72 ppi floor (whole at the smallest \
                         photo area: {whole:.1} ppi)",
                        b.name
                    ));
                }
            }
            if ppi < 72.0 && img.rect.area() > spec.min_photo_area() * 1.3 {
                errs.push(format!(
                    "{}: photo {hash} at {ppi:.1} ppi is larger than the minimum photo area needs",
                    b.name
                ));
            }
        }
    }
    let mut unplaced_photos: HashMap<String, usize> = HashMap::new();
    let mut unplaced_chars = 0usize;
    for u in &r.summary.unplaced {
        match u {
            Unplaced::Photo { hash, .. } => *unplaced_photos.entry(hash.clone()).or_default() += 1,
            Unplaced::Text { text, .. } => unplaced_chars += text.chars().count(),
            Unplaced::Figures { .. } => {}
        }
    }
    // Photos selection left out (copies, burst shots, hidden, too low a resolution) are reported there instead.
    for l in &r.summary.left_out {
        *unplaced_photos.entry(l.hash.clone()).or_default() += 1;
    }
    for p in &m.photos {
        let n = photo_count.get(&p.hash).copied().unwrap_or(0) + unplaced_photos.get(&p.hash).copied().unwrap_or(0);
        // Every photo is placed once or reported once (one the user took off the boards is listed as left out, so
        // the inspector can say why).
        if n != 1 {
            errs.push(format!("photo {} placed or reported {n} times", p.file_name));
        }
    }
    for p in &m.photos {
        if p.caption.is_some() && photo_count.contains_key(&p.hash) && !caption_count.contains_key(&p.hash) {
            errs.push(format!("caption of {} is missing", p.file_name));
        }
    }
    for (hash, n) in caption_count {
        if n != 1 {
            errs.push(format!("caption of {hash} placed {n} times"));
        }
    }
    let expected = expected_texts(m, ov, r.summary.photos_shown());
    let mut missing = 0usize;
    for (src, want) in &expected {
        // The default preface moves the first write-up's opening paragraphs onto the preface board: same source.
        let got = placed.get(src).map(String::as_str).unwrap_or("");
        if got != want.as_str() {
            if unplaced_chars == 0 || sorted(got).len() > sorted(want).len() {
                errs.push(format!(
                    "text of {src} placed as «{}…» ({} chars), expected {} chars",
                    got.chars().take(12).collect::<String>(),
                    got.chars().count(),
                    want.chars().count()
                ));
            }
            missing += want.chars().count().saturating_sub(got.chars().count());
        }
    }
    // A merged section's title (a level-1 heading) appears as a heading inside the previous section — merged by
    // the user, or by layout when the previous section was too short for a board of its own.
    let titles: Vec<String> = m
        .writeups
        .iter()
        .flat_map(|w| {
            w.blocks
                .iter()
                .enumerate()
                .filter(|(_, b)| b.kind == BlockKind::Heading1)
                .map(move |(i, _)| {
                    format!(
                        "{:?}",
                        Source::Block {
                            writeup: w.id,
                            block: i
                        }
                    )
                })
        })
        .collect();
    // A short write-up's title opens its part of the board before it when two write-ups share one.
    let writeup_titles: Vec<String> = m
        .writeups
        .iter()
        .map(|w| {
            format!(
                "{:?}",
                Source::Exhibition {
                    field: format!("writeup-title-{}", w.id)
                }
            )
        })
        .collect();
    for src in placed.keys() {
        let merged_title = titles.contains(src) || writeup_titles.contains(src);
        if !expected.contains_key(src) && !merged_title {
            errs.push(format!("unexpected body text from {src}"));
        }
    }
    if missing != unplaced_chars {
        errs.push(format!(
            "{missing} characters missing but {unplaced_chars} reported unplaced"
        ));
    }
    errs
}

/// A file in the local cargo registry's unpacked crate packages (e.g. the rustface package's group photo).
pub fn crate_file(krate: &str, file: &str) -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    let mut regs: Vec<PathBuf> = std::fs::read_dir(home.join("registry/src"))
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    regs.sort();
    regs.into_iter().map(|r| r.join(krate).join(file)).find(|p| p.is_file())
}

/// What the import's analysis finds in a real photograph (faces, subject centre, sharpness), as layout's facts.
pub fn facts_of(path: &std::path::Path) -> PhotoFacts {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e} (run scripts/setup)", path.display()));
    let a = zhanban_photos::process(&bytes, "p.png", &Default::default())
        .unwrap()
        .analysis;
    PhotoFacts {
        faces: a
            .faces
            .iter()
            .map(|f| [f64::from(f.x), f64::from(f.y), f64::from(f.w), f64::from(f.h)])
            .collect(),
        centre: Some((f64::from(a.saliency.0), f64::from(a.saliency.1))),
        sharpness: f64::from(a.sharpness),
        ..Default::default()
    }
}

/// The crop (pixels of a `w`×`h` picture) keeps all of `keep` (fractions `[x0, y0, x1, y1]`).
pub fn crop_keeps(crop: &Rect, keep: [f64; 4], w: f64, h: f64) -> bool {
    let e = 1e-6 * w.max(h);
    crop.x <= keep[0] * w + e
        && crop.y <= keep[1] * h + e
        && crop.x + crop.w >= keep[2] * w - e
        && crop.y + crop.h >= keep[3] * h - e
}

/// Renders a board to PNG (photos as grey placeholders) at `px_per_mm`.
pub fn render_png(b: &BoardFrame, px_per_mm: f64) -> Vec<u8> {
    let opts = zhanban_raster::RasterOptions {
        px_per_mm,
        include_bleed: false,
    };
    zhanban_raster::render_board(b, &opts, &zhanban_raster::NoImages)
        .unwrap()
        .to_png()
        .unwrap()
}

pub fn out_dir(name: &str) -> PathBuf {
    let d = PathBuf::from(
        std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| repo_root().join("target").to_string_lossy().into_owned()),
    )
    .join("layout-boards")
    .join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Pixel size of a baseline/progressive JPEG (its SOF marker) or a PNG (IHDR).
pub fn image_size(path: &Path) -> Option<(u32, u32)> {
    let mut f = std::fs::File::open(path).ok()?;
    let mut buf = Vec::new();
    f.by_ref().take(1 << 20).read_to_end(&mut buf).ok()?;
    if buf.starts_with(b"\x89PNG") && buf.len() >= 24 {
        let w = u32::from_be_bytes(buf[16..20].try_into().ok()?);
        let h = u32::from_be_bytes(buf[20..24].try_into().ok()?);
        return Some((w, h));
    }
    if !buf.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut i = 2;
    while i + 9 < buf.len() {
        if buf[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = buf[i + 1];
        let len = usize::from(u16::from_be_bytes([buf[i + 2], buf[i + 3]]));
        if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            let h = u32::from(u16::from_be_bytes([buf[i + 5], buf[i + 6]]));
            let w = u32::from(u16::from_be_bytes([buf[i + 7], buf[i + 8]]));
            return Some((w, h));
        }
        i += 2 + len;
    }
    None
}

fn jpegs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            jpegs(&p, out);
        } else if p
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jpg") || e.eq_ignore_ascii_case("jpeg"))
        {
            out.push(p);
        }
    }
}

/// The design benchmark's photos (shared with tests that check its boards): the real photos' displayed pixel sizes: landscape and portrait camera photos, every third a WeChat copy.
pub fn photo_sizes() -> Vec<(String, u32, u32)> {
    let mut files = Vec::new();
    for d in ["/usr/share/backgrounds", "/usr/share/wallpapers"] {
        jpegs(Path::new(d), &mut files);
    }
    let mut sizes: Vec<(String, u32, u32)> = Vec::new();
    for f in &files {
        if let Some((w, h)) = image_size(f) {
            let name = f
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            // Distinct photos only (the wallpaper packages ship the same picture at several sizes).
            let stem = name.split(['_', '.']).next().unwrap_or("").to_string();
            if w >= 1000 && h >= 1000 && !sizes.iter().any(|(n, ..)| n.split(['_', '.']).next() == Some(&stem)) {
                sizes.push((name, w, h));
            }
        }
    }
    assert!(sizes.len() >= 8, "scripts/setup installs the wallpaper photos");
    // Portraits first among the landscapes: one in four.
    let (portrait, landscape): (Vec<_>, Vec<_>) = sizes.into_iter().partition(|(_, w, h)| h > w);
    let mut out = Vec::new();
    let (mut p, mut l) = (portrait.into_iter().cycle(), landscape.into_iter().cycle());
    for k in 0..24 {
        let (name, w, h) = if k % 4 == 1 { p.next() } else { l.next() }.expect("photos");
        if k % 3 == 2 {
            // The WeChat copy: 800 px on the long side.
            let s = 800.0 / f64::from(w.max(h));
            out.push((
                format!("wechat-{name}"),
                (f64::from(w) * s).round() as u32,
                (f64::from(h) * s).round() as u32,
            ));
        } else {
            out.push((name, w, h));
        }
    }
    out
}

/// A write-up's key figures as the import finds them (`zhanban_writeup::figures::find`, the value as printed and
/// its clause), so that every corpus article has the figures its text holds.
pub fn found_figures(w: &WriteUpInput) -> Vec<KeyFigure> {
    use zhanban_writeup::{Block, BlockKind as K};
    let blocks: Vec<Block> = w
        .blocks
        .iter()
        .map(|b| {
            let kind = match b.kind {
                BlockKind::Heading1 | BlockKind::Heading2 => K::Heading,
                BlockKind::Paragraph => K::Paragraph,
                BlockKind::Caption => K::Caption,
                BlockKind::Photo => K::Photo,
            };
            Block::new(kind, None, b.text.clone(), Vec::new())
        })
        .collect();
    zhanban_writeup::figures::find(&blocks)
        .into_iter()
        .map(|f| KeyFigure {
            value: f.text,
            label: f.label,
        })
        .collect()
}

/// The design benchmark's `n` photos for article `a`: every other one captioned, none anchored.
pub fn bench_photos(sizes: &[(String, u32, u32)], a: usize, n: usize) -> Vec<PhotoInput> {
    sizes[..n]
        .iter()
        .enumerate()
        .map(|(i, (name, pw, ph))| PhotoInput {
            hash: format!("{a}-{i:02}"),
            file_name: name.clone(),
            width_px: *pw,
            height_px: *ph,
            orientation: 1,
            caption: (i % 2 == 0).then(|| format!("第{}张：机关党员志愿服务队走进社区开展活动", i + 1)),
            anchor: None,
            facts: Default::default(),
        })
        .collect()
}

/// One exhibition of the design benchmark: corpus article `a` alone with its `n` photos on `size`, the themes in
/// turn.
pub fn bench_exhibition(a: usize, n: usize, size: &str) -> (Material, LayoutSettings) {
    let corpus = corpus_material();
    let mut m = corpus.clone();
    m.writeups = vec![corpus.writeups[a].clone()];
    m.photos = bench_photos(&photo_sizes(), a, n);
    let themes = ["党建红", "党建白", "政务蓝", "简约白"];
    let s = LayoutSettings {
        spec: BoardSpec::parse(size).expect("size"),
        theme: themes[(a + n) % themes.len()].into(),
    };
    (m, s)
}

/// One exhibition of the design benchmark's short reports (`benches/design.rs`, `short_reports`): three reports of
/// one paragraph, `chars` (+40 each) characters of whole corpus sentences, `np` photos each (the bench's photos in
/// turn from series `ci`'s place among them), the 前言 given — the genre's commonest page.
pub fn short_report_exhibition(
    corpus: &Material,
    sizes: &[(String, u32, u32)],
    ci: usize,
    chars: usize,
    np: usize,
) -> Material {
    // Whole sentences of the corpus's paragraphs, in order (cut where the layout cuts a paragraph between boards).
    let sentences: Vec<String> = corpus
        .writeups
        .iter()
        .flat_map(|w| &w.blocks)
        .filter(|b| b.kind == BlockKind::Paragraph)
        .flat_map(|b| {
            let mut from = 0;
            let mut out = Vec::new();
            for cut in zhanban_layout::exhibition::sentence_cuts(&b.text)
                .into_iter()
                .chain([b.text.len()])
            {
                out.push(b.text[from..cut].to_string());
                from = cut;
            }
            out
        })
        .collect();
    // `chars` or a little more of whole sentences from the `from`-th on (every preset sees the same material).
    let report = |chars: usize, from: usize| -> String {
        let mut t = String::new();
        let mut next = from;
        while t.chars().count() < chars {
            t.push_str(&sentences[next % sentences.len()]);
            next += 1;
        }
        t
    };
    let mut m = corpus.clone();
    m.exhibition.preface = Some(report(200, 0));
    m.writeups.truncate(3);
    for (k, w) in m.writeups.iter_mut().enumerate() {
        w.title = format!("机关党员志愿服务队走进第{}社区开展主题党日活动", k + 1);
        w.key_figures.clear();
        w.blocks = vec![BlockInput {
            kind: BlockKind::Paragraph,
            text: report(chars + 40 * k, 5 + 13 * (4 * ci + np) + 4 * k),
        }];
    }
    // (the bench's photos in turn, each series from its own place among them)
    let rotated: Vec<(String, u32, u32)> = sizes.iter().cycle().skip(5 * ci + np).take(3 * np).cloned().collect();
    m.photos = bench_photos(&rotated, 10 * ci + np, 3 * np);
    m
}
