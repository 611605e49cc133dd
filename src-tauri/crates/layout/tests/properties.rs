//! Property tests with the real typesetter over generated material — 1–40 photos of random aspect ratios, texts of
//! random length cut from the corpus — on every board preset and theme: no two content items overlap (theme
//! decoration — background, title band, rules, ornaments — is exempt: content sits on it by design), all text and
//! photos inside the safe area, each caption touching its photo, no text below its minimum size, photos at least
//! the board's smallest photo area (1/12 of the board, on roll-ups of a board 1.25 times as tall as wide), every
//! photo and every character placed exactly once or reported unplaced, and every photo at 100 ppi or better unless
//! reported as low-resolution (under 72 ppi only at the minimum photo area).

mod common;

use std::sync::OnceLock;

use proptest::prelude::*;
use zhanban_layout::*;

fn pool() -> &'static Vec<char> {
    static POOL: OnceLock<Vec<char>> = OnceLock::new();
    POOL.get_or_init(|| {
        let mut s = String::new();
        for f in [
            "qingdao-model-organs-2023.txt",
            "laixi-organ-party-building-2022.txt",
            "changdao-review-2024.txt",
        ] {
            for l in std::fs::read_to_string(common::corpus_dir().join(f)).unwrap().lines() {
                if l.chars().count() > 60 {
                    s.push_str(l.trim());
                }
            }
        }
        s.chars().collect()
    })
}

fn text(start: usize, len: usize) -> String {
    let p = pool();
    let start = start % (p.len() - len - 1);
    p[start..start + len].iter().collect::<String>().trim().to_string()
}

/// Aspect, caption (start, length) in the corpus pool, pixel count (index into [`PIXELS`]).
type GenPhoto = (f64, Option<(usize, usize)>, usize);

#[derive(Debug, Clone)]
struct Gen {
    preset: usize,
    theme: usize,
    photos: Vec<GenPhoto>,
    writeups: Vec<Vec<(u8, usize, usize)>>,
}

fn gen() -> impl Strategy<Value = Gen> {
    let photo = (
        0.33f64..3.0,
        proptest::option::of((0usize..100_000, 8usize..70)),
        0usize..PIXELS.len(),
    );
    let block = (0u8..10, 0usize..100_000, 8usize..900);
    (
        0usize..PRESETS.len(),
        0usize..4,
        proptest::collection::vec(photo, 1..=40),
        proptest::collection::vec(proptest::collection::vec(block, 1..12), 1..3),
    )
        .prop_map(|(preset, theme, photos, writeups)| Gen {
            preset,
            theme,
            photos,
            writeups,
        })
}

/// Pixel counts of real photos: a 640×480 WeChat copy, a 1365×1074 web photo, 2400×2400, a 4000×3000 camera.
const PIXELS: [f64; 4] = [640.0 * 480.0, 1365.0 * 1074.0, 2400.0 * 2400.0, 4000.0 * 3000.0];

fn material(g: &Gen) -> Material {
    let writeups = g
        .writeups
        .iter()
        .enumerate()
        .map(|(wi, blocks)| WriteUpInput {
            id: wi as i64 + 1,
            title: text(wi * 997, 16),
            blocks: blocks
                .iter()
                .map(|&(k, start, len)| match k {
                    0 => BlockInput {
                        kind: BlockKind::Heading1,
                        text: text(start, 12),
                    },
                    1 => BlockInput {
                        kind: BlockKind::Heading2,
                        text: text(start, 14),
                    },
                    _ => BlockInput {
                        kind: BlockKind::Paragraph,
                        text: text(start, len),
                    },
                })
                .collect(),
            key_figures: if wi == 0 {
                vec![KeyFigure {
                    value: "936人".into(),
                    label: "参与党员".into(),
                }]
            } else {
                vec![]
            },
        })
        .collect();
    let photos = g
        .photos
        .iter()
        .enumerate()
        .map(|(i, &(aspect, caption, px))| {
            let w = (PIXELS[px] * aspect).sqrt() as u32;
            let h = (PIXELS[px] / aspect).sqrt() as u32;
            PhotoInput {
                hash: format!("p{i}"),
                file_name: format!("DSC{i:04}.JPG"),
                width_px: w,
                height_px: h,
                orientation: 1,
                caption: caption.map(|(s, l)| text(s, l)),
                anchor: None,
                facts: Default::default(),
            }
        })
        .collect();
    Material {
        exhibition: ExhibitionDetails {
            title: None,
            organiser: Some("机关工委".into()),
            date: None,
            preface: None,
            closing: Some(text(4242, 120)),
            logo: None,
            background: None,
            gallery: None,
            title_board: None,
        },
        writeups,
        photos,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_invariant_holds_on_every_preset(g in gen()) {
        let m = material(&g);
        let p = PRESETS[g.preset];
        let settings = LayoutSettings { spec: BoardSpec::new(p.width, p.height), theme: ["党建红", "党建白", "政务蓝", "简约白"][g.theme].into() };
        let ov = Overrides::default();
        let r = common::engine().layout(&m, &settings, &ov).unwrap();
        let errs = common::check(&m, &ov, &r);
        prop_assert!(errs.is_empty(), "{} {}: {:#?}", p.name, settings.theme, errs);
    }
}

/// Every preset at least once, deterministically (the generated cases above pick presets at random).
#[test]
fn each_preset_with_forty_photos() {
    let eng = common::engine();
    for (k, p) in PRESETS.iter().enumerate() {
        let g = Gen {
            preset: k,
            theme: k % 4,
            photos: (0..40)
                .map(|i| {
                    (
                        0.4 + (i * 37 % 23) as f64 / 10.0,
                        (i % 4 != 0).then_some((i * 311, 20 + i)),
                        i % PIXELS.len(),
                    )
                })
                .collect(),
            writeups: vec![vec![
                (5, 100, 300),
                (0, 7, 0),
                (5, 900, 700),
                (1, 3, 0),
                (5, 2000, 500),
                (0, 77, 0),
                (5, 5000, 850),
            ]],
        };
        let m = material(&g);
        let settings = LayoutSettings {
            spec: BoardSpec::new(p.width, p.height),
            theme: "政务蓝".into(),
        };
        let ov = Overrides::default();
        let r = eng.layout(&m, &settings, &ov).unwrap();
        let errs = common::check(&m, &ov, &r);
        assert!(errs.is_empty(), "{}: {:#?}", p.name, errs);
        eprintln!(
            "{}: {} boards, {} unplaced",
            p.name,
            r.frames.boards.len(),
            r.summary.unplaced.len()
        );
    }
}

/// The checker itself is real: breaking a correct layout in each way is caught.
#[test]
fn the_checker_catches_broken_layouts() {
    use zhanban_frames::{ItemKind, Source, TextRole};
    let g = Gen {
        preset: 0,
        theme: 0,
        photos: vec![(1.5, Some((10, 30)), 2), (0.75, None, 3)],
        writeups: vec![vec![(5, 100, 400)]],
    };
    let m = material(&g);
    let ov = Overrides::default();
    let r = common::engine().layout(&m, &LayoutSettings::default(), &ov).unwrap();
    assert!(common::check(&m, &ov, &r).is_empty());
    let board = r
        .frames
        .boards
        .iter()
        .position(|b| b.items.iter().any(|i| matches!(i.source, Source::Photo { .. })))
        .unwrap();
    let break_it = |f: &dyn Fn(&mut zhanban_frames::BoardFrame)| {
        let mut bad = r.clone();
        f(&mut bad.frames.boards[board]);
        common::check(&m, &ov, &bad)
    };
    // A photo moved onto the text, a caption lifted off its photo, text shrunk, a photo dropped, text dropped.
    let overlap = break_it(&|b| {
        let text = b
            .items
            .iter()
            .find_map(|i| match &i.kind {
                ItemKind::Text(t) => Some(t.rect),
                _ => None,
            })
            .unwrap();
        for i in &mut b.items {
            if let ItemKind::Image(img) = &mut i.kind {
                if i.source != Source::Theme {
                    img.rect.x = text.x;
                    img.rect.y = text.y;
                }
            }
        }
    });
    assert!(overlap.iter().any(|e| e.contains("overlaps")), "{overlap:?}");
    let lifted = break_it(&|b| {
        for i in &mut b.items {
            if let ItemKind::Text(t) = &mut i.kind {
                if t.role == TextRole::Caption {
                    t.rect.y += 1.0;
                }
            }
        }
    });
    assert!(lifted.iter().any(|e| e.contains("does not touch")), "{lifted:?}");
    let small = break_it(&|b| {
        for i in &mut b.items {
            if let ItemKind::Text(t) = &mut i.kind {
                for run in &mut t.runs {
                    run.size_pt = 12.0;
                }
            }
        }
    });
    assert!(small.iter().any(|e| e.contains("below")), "{small:?}");
    let dropped = break_it(&|b| b.items.retain(|i| !matches!(i.kind, ItemKind::Image(_))));
    assert!(
        dropped.iter().any(|e| e.contains("placed or reported 0 times")),
        "{dropped:?}"
    );
    let lost = break_it(&|b| {
        b.items
            .retain(|i| !matches!(&i.kind, ItemKind::Text(t) if t.role == TextRole::Caption))
    });
    assert!(lost.iter().any(|e| e.contains("caption of")), "{lost:?}");
    let mut bad = r.clone();
    for b in &mut bad.frames.boards {
        b.items
            .retain(|i| !matches!(&i.kind, ItemKind::Text(t) if t.role == TextRole::Body));
    }
    let lost = common::check(&m, &ov, &bad);
    assert!(
        lost.iter().any(|e| e.contains("missing") || e.contains("expected")),
        "{lost:?}"
    );
    let outside = break_it(&|b| {
        for i in &mut b.items {
            if let ItemKind::Text(t) = &mut i.kind {
                if t.role == TextRole::BoardTitle {
                    t.rect.x = 5.0;
                }
            }
        }
    });
    assert!(outside.iter().any(|e| e.contains("safe area")), "{outside:?}");
    // A photo shown from a tenth of its pixels (as if enlarged beyond its resolution) without a report.
    let blurry = break_it(&|b| {
        for i in &mut b.items {
            if let ItemKind::Image(img) = &mut i.kind {
                if i.source != Source::Theme {
                    img.crop.w /= 10.0;
                    img.crop.h /= 10.0;
                }
            }
        }
    });
    assert!(blurry.iter().any(|e| e.contains("not reported")), "{blurry:?}");
}
