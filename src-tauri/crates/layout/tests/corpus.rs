//! The whole corpus plus 30 photos of real sizes on 1200×900 and 800×2000 boards: every invariant, nothing
//! unplaced (open caption slots aside), photo areas covered ≥ 85 % and mean crop ≤ 15 %; every board rendered to
//! PNG for looking at, and small reference images compared.

mod common;

use zhanban_layout::presets::STAND_BASE;
use zhanban_layout::*;

fn run(size: &str) -> LayoutResult {
    let m = common::corpus_material();
    let settings = LayoutSettings {
        spec: BoardSpec::parse(size).unwrap(),
        theme: "党建红".into(),
    };
    let ov = Overrides::default();
    let eng = common::engine();
    let t = std::time::Instant::now();
    let r = eng.layout(&m, &settings, &ov).unwrap();
    eprintln!("{size}: {} boards in {:?}", r.frames.boards.len(), t.elapsed());
    eprintln!("{}", r.summary.to_text());
    let errs = common::check(&m, &ov, &r);
    assert!(errs.is_empty(), "{size}: {:#?}", errs);
    assert!(
        r.summary.unplaced.is_empty(),
        "{size}: unplaced {:#?}",
        r.summary.unplaced
    );
    assert_eq!(
        r.summary.open_slots.len(),
        3,
        "three ■ captions are still waiting for photos"
    );
    let dir = common::out_dir(size);
    for b in &r.frames.boards {
        std::fs::write(dir.join(format!("{:02}.png", b.number)), common::render_png(b, 0.5)).unwrap();
    }
    r
}

/// Compares small renderings of chosen boards with the reference PNGs in tests/reference (regenerate with
/// ZHANBAN_UPDATE_REFERENCES=1). Tolerance: mean absolute difference ≤ 3 (of 255) per channel and at most 2 % of
/// pixels differing by more than 48 — enough for anti-aliasing and font-version noise, not for a moved block.
fn check_references(r: &LayoutResult, name: &str, numbers: &[usize]) {
    let dir = common::repo_root().join("src-tauri/crates/layout/tests/reference");
    let update = std::env::var("ZHANBAN_UPDATE_REFERENCES").is_ok_and(|v| v == "1");
    for &n in numbers {
        let b = &r.frames.boards[n - 1];
        let png = common::render_png(b, 0.12);
        let path = dir.join(format!("{name}-{n:02}.png"));
        if update || !path.exists() {
            std::fs::write(&path, &png).unwrap();
            continue;
        }
        let want = zhanban_raster::Raster::from_png(&std::fs::read(&path).unwrap()).unwrap();
        let got = zhanban_raster::Raster::from_png(&png).unwrap();
        let (mean, share) = got.diff(&want, 48).expect("same size as the reference");
        assert!(
            mean <= 3.0 && share <= 0.02,
            "{name} board {n} differs from {path:?}: mean {mean:.2}, {:.2}% pixels",
            share * 100.0
        );
    }
}

/// The floors for the share of a board's body that content covers (text blocks at their column width, photos,
/// captions, key figures): on average over all boards, on every board with photos (photos no larger than their
/// resolution allows leave room), and on every text-only board of 300 characters or more (a 69-character closing
/// is a short centred block by design).
const FILL_MEAN: f64 = 0.42;
const FILL_MIN_PHOTOS: f64 = 0.15;
const FILL_MIN_TEXT: f64 = 0.3;

fn check_fill(r: &LayoutResult, size: &str) {
    let (mean, _, _) = fill(r);
    assert!(mean >= FILL_MEAN, "{size}: boards filled {mean:.3} on average");
    for b in &r.summary.boards {
        if !b.photos.is_empty() {
            assert!(b.fill >= FILL_MIN_PHOTOS, "{size}: {} filled {:.3}", b.name, b.fill);
        } else if b.characters >= 300 {
            assert!(b.fill >= FILL_MIN_TEXT, "{size}: {} filled {:.3}", b.name, b.fill);
        }
    }
}

/// The board whose photo area is least covered (name, coverage, photos).
fn least_covered(r: &LayoutResult) -> String {
    r.summary
        .boards
        .iter()
        .filter_map(|b| Some((b, b.coverage?)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(String::new(), |(b, c)| {
            format!("{} {} ({c:.3}, {} photos)", b.id, b.name, b.photos.len())
        })
}

fn figures(r: &LayoutResult) -> (f64, f64, f64) {
    let with: Vec<_> = r.summary.boards.iter().filter(|b| b.coverage.is_some()).collect();
    let n = with.len() as f64;
    let cov_mean = with.iter().map(|b| b.coverage.unwrap()).sum::<f64>() / n;
    let cov_min = with.iter().map(|b| b.coverage.unwrap()).fold(1.0, f64::min);
    let photos: f64 = with.iter().map(|b| b.photos.len() as f64).sum();
    let crop = with
        .iter()
        .map(|b| b.mean_crop.unwrap() * b.photos.len() as f64)
        .sum::<f64>()
        / photos;
    (cov_mean, cov_min, crop)
}

/// Share of each board's body covered by text, photos, captions and key figures: mean and minimum, and the
/// lowest photo resolution.
fn fill(r: &LayoutResult) -> (f64, f64, f64) {
    let b = &r.summary.boards;
    let mean = b.iter().map(|b| b.fill).sum::<f64>() / b.len() as f64;
    let min = b.iter().map(|b| b.fill).fold(1.0, f64::min);
    let ppi = b.iter().filter_map(|b| b.min_ppi).fold(f64::MAX, f64::min);
    (mean, min, ppi)
}

/// On a roll-up nothing essential sits in the bottom 150 mm, behind the stand's base (issue 15, point 4): every
/// item but the theme's decoration ends above it, on every board.
fn check_stand_base(r: &LayoutResult) {
    for b in &r.frames.boards {
        for i in &b.items {
            if i.source == zhanban_frames::Source::Theme {
                continue;
            }
            let rect = match &i.kind {
                zhanban_frames::ItemKind::Text(t) => t.rect,
                zhanban_frames::ItemKind::Image(img) => img.rect,
                zhanban_frames::ItemKind::Rect(r) => r.rect,
                zhanban_frames::ItemKind::Path(_) => continue,
            };
            let bottom = rect.bottom();
            assert!(
                bottom <= b.height - STAND_BASE + 0.01,
                "board {} {}: {} ends at {bottom:.1} mm, in the bottom {STAND_BASE} mm of {}",
                b.number,
                b.name,
                i.id,
                b.height
            );
        }
    }
}

#[test]
fn corpus_on_landscape_kt_boards() {
    let r = run("1200x900");
    let (cov, cov_min, crop) = figures(&r);
    let (fill_mean, fill_min, ppi) = fill(&r);
    eprintln!("1200×900: coverage mean {cov:.3} min {cov_min:.3}, mean crop {crop:.3}; fill mean {fill_mean:.3} min {fill_min:.3}; lowest ppi {ppi:.0}");
    assert!(cov_min >= 0.85, "photo areas covered {cov_min}: {}", least_covered(&r));
    assert!(crop <= 0.15, "mean crop {crop}");
    check_fill(&r, "1200x900");
    check_references(&r, "1200x900", &[1, 2, 3, 7, 8]);
}

#[test]
fn corpus_on_roll_up_banners() {
    let r = run("800x2000");
    let (cov, cov_min, crop) = figures(&r);
    let (fill_mean, fill_min, ppi) = fill(&r);
    eprintln!("800×2000: coverage mean {cov:.3} min {cov_min:.3}, mean crop {crop:.3}; fill mean {fill_mean:.3} min {fill_min:.3}; lowest ppi {ppi:.0}");
    assert!(cov_min >= 0.85, "photo areas covered {cov_min}: {}", least_covered(&r));
    assert!(crop <= 0.15, "mean crop {crop}");
    check_fill(&r, "800x2000");
    check_stand_base(&r);
    check_references(&r, "800x2000", &[2, 3, 9]);
}

/// The three built-in themes on the same board, for looking at (written next to the other PNGs).
#[test]
fn themes_render() {
    let m = common::corpus_material();
    let eng = common::engine();
    let dir = common::out_dir("themes");
    for (theme, name) in [
        ("党建红", "red"),
        ("党建白", "light"),
        ("政务蓝", "blue"),
        ("简约白", "plain"),
    ] {
        let settings = LayoutSettings {
            spec: BoardSpec::new(1200.0, 900.0),
            theme: theme.into(),
        };
        let r = eng.layout(&m, &settings, &Overrides::default()).unwrap();
        let b = &r.frames.boards[2];
        assert_eq!(b.background, Theme::by_id(theme).unwrap().background);
        std::fs::write(dir.join(format!("{theme}.png")), common::render_png(b, 0.6)).unwrap();
        // Each theme's 前言 panel and a content board with a section heading, photos and captions.
        check_references(&r, &format!("1200x900-{name}"), &[1, 3]);
    }
}
