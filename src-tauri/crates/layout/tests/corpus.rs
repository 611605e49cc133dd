//! The whole corpus plus 30 photos of real sizes on 1200×900 and 800×2000 boards: every invariant, nothing
//! unplaced (open caption slots aside), photo areas covered ≥ 85 % and mean crop ≤ 15 %; every board rendered to
//! PNG for looking at, and small reference images compared.

mod common;

use zhanban_layout::*;

fn run(size: &str) -> LayoutResult {
    let m = common::corpus_material();
    let settings = LayoutSettings { spec: BoardSpec::parse(size).unwrap(), theme: "党建红".into() };
    let ov = Overrides::default();
    let eng = common::engine();
    let t = std::time::Instant::now();
    let r = eng.layout(&m, &settings, &ov).unwrap();
    eprintln!("{size}: {} boards in {:?}", r.frames.boards.len(), t.elapsed());
    eprintln!("{}", r.summary.to_text());
    let errs = common::check(&m, &ov, &r);
    assert!(errs.is_empty(), "{size}: {:#?}", errs);
    assert!(r.summary.unplaced.is_empty(), "{size}: unplaced {:#?}", r.summary.unplaced);
    assert_eq!(r.summary.open_slots.len(), 3, "three ■ captions are still waiting for photos");
    let dir = common::out_dir(size);
    for b in &r.frames.boards {
        std::fs::write(dir.join(format!("{:02}.png", b.number)), common::render_png(b, 0.5)).unwrap();
    }
    r
}

fn figures(r: &LayoutResult) -> (f64, f64, f64) {
    let with: Vec<_> = r.summary.boards.iter().filter(|b| b.coverage.is_some()).collect();
    let n = with.len() as f64;
    let cov_mean = with.iter().map(|b| b.coverage.unwrap()).sum::<f64>() / n;
    let cov_min = with.iter().map(|b| b.coverage.unwrap()).fold(1.0, f64::min);
    let photos: f64 = with.iter().map(|b| b.photos.len() as f64).sum();
    let crop = with.iter().map(|b| b.mean_crop.unwrap() * b.photos.len() as f64).sum::<f64>() / photos;
    (cov_mean, cov_min, crop)
}

#[test]
fn corpus_on_landscape_kt_boards() {
    let r = run("1200x900");
    let (cov, cov_min, crop) = figures(&r);
    eprintln!("1200×900: coverage mean {cov:.3} min {cov_min:.3}, mean crop {crop:.3}");
    assert!(cov_min >= 0.85, "photo areas covered {cov_min}");
    assert!(crop <= 0.15, "mean crop {crop}");
}

#[test]
fn corpus_on_roll_up_banners() {
    let r = run("800x2000");
    let (cov, cov_min, crop) = figures(&r);
    eprintln!("800×2000: coverage mean {cov:.3} min {cov_min:.3}, mean crop {crop:.3}");
    assert!(cov_min >= 0.85, "photo areas covered {cov_min}");
    assert!(crop <= 0.15, "mean crop {crop}");
}
