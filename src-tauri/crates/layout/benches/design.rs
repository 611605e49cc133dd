//! Benchmark of design quality (not of time): the design critic's scores over the five corpus articles × all
//! presets × 4/8/16/24 real photos, each article its own exhibition (preface from its opening, a closing, themes in
//! turn). The photos are the JPEGs of the wallpaper packages `scripts/setup` installs (/usr/share/backgrounds,
//! /usr/share/wallpapers), their pixel sizes read from the files; every third is a WeChat-size copy (800 px on the
//! long side — layout sees only pixel sizes, so the copy is its size) and portrait photos are among them.
//!
//! Every article carries the key figures the import's figure finder (`zhanban_writeup::figures::find`) reads in its
//! text, as an imported article would.
//!
//! Printed: per preset, content boards and the largest empty rectangle of their body (median, max, over 15 %),
//! boards with misaligned outer edges (and the worst offset), thin （续） boards, and the least-used 前言/结束语;
//! then the key figures found, those shown as tiles, and the boards with tiles; then the same scores on short reports
//! (the genre's commonest page: one paragraph, one to four photos; see [`short_reports`]).
//! Acceptance (issue 15): hole median ≤ 8 %, max ≤ 15 %, 0 thin boards, 前言/结束语 ≥ 35 % used, 0 misaligned.
//!
//! Run: `bash scripts/bench design` (release build; `cargo test -p zhanban-layout --bench design` runs it in debug
//! in a few minutes); `ZHANBAN_DESIGN_BOARDS=1` also prints one line per board, `ZHANBAN_DESIGN_PRESET=1200×900`
//! runs one preset, `ZHANBAN_DESIGN_PNG=dir` renders every content board over 15 % into `dir` (photos as placeholders), and with
//! `ZHANBAN_DESIGN_PNG_MISALIGNED=1` every board with a misaligned edge, with `ZHANBAN_DESIGN_PNG_TILES=1` every board
//! with key-figure tiles, and with `ZHANBAN_DESIGN_PNG_ONLY=a,b` the boards whose line (`A0 海报 841×1189 24 w1-b15`:
//! preset, photos, board) contains one of those (`only-…`). `ZHANBAN_DESIGN_HASH=1` also prints a hash of every
//! layout's frames and summary (and of all of them): a speed-only change must leave every line the same.
//! `ZHANBAN_DESIGN_JSON=dir` writes the frame of every board with a misaligned edge to `dir` as JSON, and
//! `ZHANBAN_DESIGN_CASE=a,n` runs article `a` (0–4) with `n` photos only; `ZHANBAN_DESIGN_SHORT=1` runs the short
//! reports' table only (its board lines, with `ZHANBAN_DESIGN_BOARDS=1`, start with `short`).

#[path = "../tests/common/mod.rs"]
mod common;

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use zhanban_layout::critic::{self, HOLE_MAX};
use zhanban_layout::*;

fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let corpus = common::corpus_material();
    let sizes = common::photo_sizes();
    let portraits = sizes.iter().filter(|(_, w, h)| h > w).count();
    let wechat = sizes.iter().filter(|(n, ..)| n.starts_with("wechat")).count();
    let eng = common::engine();
    let themes = ["党建红", "党建白", "政务蓝", "简约白"];
    // ZHANBAN_DESIGN_BOARDS=1: one line per board as well.
    let verbose = std::env::var_os("ZHANBAN_DESIGN_BOARDS").is_some();
    let (mut all_holes, mut all_over, mut all_thin, mut all_mis, mut all_boards) = (Vec::new(), 0, 0, 0, 0);
    // Boards with a row of unequal heights (a photo standing short under a void: `Critique::stepped`).
    let mut all_stepped = 0;
    let mut all_opening = f64::INFINITY;
    let mut worst_board = (0.0, String::new());
    // Key figures: found in the articles' text, shown as tiles, boards with tiles.
    let (mut found, mut tiles, mut tiled) = (0, 0, 0);
    // Boards with a pull quote.
    let mut quoted = 0;
    // ZHANBAN_DESIGN_PRESET=1200×900: that preset only (names as printed).
    let only = std::env::var("ZHANBAN_DESIGN_PRESET").ok();
    let png_dir = std::env::var_os("ZHANBAN_DESIGN_PNG").map(PathBuf::from);
    // ZHANBAN_DESIGN_PNG_MISALIGNED=1: boards with a misaligned edge are rendered too (`mis-…`).
    let png_misaligned = std::env::var_os("ZHANBAN_DESIGN_PNG_MISALIGNED").is_some();
    // ZHANBAN_DESIGN_JSON=dir: the frame of every board with a misaligned edge, as JSON, for a closer look.
    let json_dir = std::env::var_os("ZHANBAN_DESIGN_JSON").map(PathBuf::from);
    // ZHANBAN_DESIGN_HASH=1: a hash of each layout's frames and summary, byte for byte.
    let hashes = std::env::var_os("ZHANBAN_DESIGN_HASH").is_some();
    let mut all_hash = std::collections::hash_map::DefaultHasher::new();
    // ZHANBAN_DESIGN_PNG_ONLY=a,b: the boards whose line contains one of those are rendered too (`only-…`).
    let png_only: Vec<String> = std::env::var("ZHANBAN_DESIGN_PNG_ONLY")
        .map(|v| v.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    // ZHANBAN_DESIGN_PNG_TILES=1: boards with key-figure tiles too (`tiles-…`).
    let png_tiles = std::env::var_os("ZHANBAN_DESIGN_PNG_TILES").is_some();
    let short = || {
        short_reports(
            &eng,
            &corpus,
            &sizes,
            only.as_deref(),
            png_dir.as_ref(),
            verbose,
            &png_only,
        )
    };
    // ZHANBAN_DESIGN_SHORT=1: the short reports' table only.
    if std::env::var_os("ZHANBAN_DESIGN_SHORT").is_some() {
        short();
        return;
    }
    println!(
        "design: 5 corpus articles × {} presets × 4/8/16/24 photos (of 24: {portraits} portrait, {wechat} WeChat copies)",
        PRESETS.len()
    );
    println!("preset              | boards | content | hole median | hole max | >15 % | misaligned (worst mm) | thin （续） | 前言/结束语 min used | stepped");
    let mut violations: Vec<String> = Vec::new();
    for preset in PRESETS {
        if only.as_deref().is_some_and(|o| !preset.name.contains(o)) {
            continue;
        }
        let spec = BoardSpec::new(preset.width, preset.height);
        let (mut holes, mut over, mut thin, mut mis, mut worst, mut boards) = (Vec::new(), 0, 0, 0, 0.0f64, 0);
        let mut stepped = 0;
        let mut opening = f64::INFINITY;
        for (a, w) in corpus.writeups.iter().enumerate() {
            for n in [4usize, 8, 16, 24] {
                if std::env::var("ZHANBAN_DESIGN_CASE").is_ok_and(|c| c != format!("{a},{n}")) {
                    continue;
                }
                let mut m = corpus.clone();
                m.writeups = vec![w.clone()];
                m.writeups[0].key_figures = common::found_figures(w);
                found += m.writeups[0].key_figures.len();
                m.photos = common::bench_photos(&sizes, a, n);
                let settings = LayoutSettings {
                    spec,
                    theme: themes[(a + n) % themes.len()].into(),
                };
                let r = eng.layout(&m, &settings, &Overrides::default()).expect("layout");
                // Every invariant of the layout tests (a photo under the print floor, text lost, an overlap…).
                for e in common::check(&m, &Overrides::default(), &r) {
                    violations.push(format!("{} {a} {n}: {e}", preset.name));
                }
                if hashes {
                    let json = serde_json::to_vec(&r).expect("json");
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    json.hash(&mut h);
                    json.hash(&mut all_hash);
                    println!("  hash {} {a} {n}: {:016x}", preset.name, h.finish());
                }
                for (b, s) in r.frames.boards.iter().zip(&r.summary.boards) {
                    boards += 1;
                    let c = critic::critique(b);
                    stepped += usize::from(c.stepped > 0);
                    tiles += c.figure_tiles;
                    tiled += usize::from(c.figure_tiles > 0);
                    quoted += usize::from(b.items.iter().any(|i| i.id == "pull-quote"));
                    if verbose {
                        println!(
                            "  {} {n} {} «{}»: hole {:.1} % {:?}, fill {:.0} %, misaligned {}/{} {:?}, {} chars, {} photos, {} tiles, body {:.0} pt{}{}{}{}",
                            preset.name,
                            b.id,
                            b.name,
                            100.0 * c.hole_share,
                            c.hole,
                            100.0 * c.fill,
                            c.misaligned,
                            c.edges,
                            c.misaligned_at,
                            c.characters,
                            c.photos,
                            c.figure_tiles,
                            s.body_pt,
                            if c.thin { ", THIN" } else { "" },
                            if b.items.iter().any(|i| i.id == "pull-quote") { ", quote" } else { "" },
                            if b.items.iter().any(|i| i.id == "photo-mat") { ", mat" } else { "" },
                            if c.stepped > 0 { ", stepped" } else { "" }
                        );
                    }
                    let line = format!("{} {n} {}", preset.name, b.id);
                    if let (Some(d), true) = (&png_dir, png_only.iter().any(|o| line.contains(o.as_str()))) {
                        let name = format!("only-{}.png", line.replace([' ', '#'], "_"));
                        std::fs::create_dir_all(d).expect("png dir");
                        std::fs::write(d.join(name), common::render_png(b, 0.5)).expect("png");
                    }
                    if c.misaligned > 0 {
                        mis += 1;
                        if let Some(d) = &json_dir {
                            let name = format!("{}.json", line.replace([' ', '#'], "_"));
                            std::fs::create_dir_all(d).expect("json dir");
                            std::fs::write(d.join(name), serde_json::to_vec(b).expect("json")).expect("json");
                        }
                        worst = worst.max(c.worst_offset);
                        if let (Some(d), true) = (&png_dir, png_misaligned) {
                            let name = format!(
                                "mis-{}-{n}-{}.png",
                                preset.name.replace(' ', "_"),
                                b.id.replace('#', "_")
                            );
                            std::fs::create_dir_all(d).expect("png dir");
                            std::fs::write(d.join(name), common::render_png(b, 0.25)).expect("png");
                        }
                    }
                    if c.thin {
                        thin += 1;
                    }
                    if let (Some(d), true) = (&png_dir, png_tiles && c.figure_tiles > 0) {
                        let name = format!(
                            "tiles-{}-{n}-{}.png",
                            preset.name.replace(' ', "_"),
                            b.id.replace('#', "_")
                        );
                        std::fs::create_dir_all(d).expect("png dir");
                        std::fs::write(d.join(name), common::render_png(b, 0.25)).expect("png");
                    }
                    if s.group == "preface" || s.group == "closing" {
                        opening = opening.min(c.fill);
                        continue;
                    }
                    if c.hole_share > HOLE_MAX {
                        over += 1;
                        if let Some(d) = &png_dir {
                            let name = format!("{}-{n}-{}.png", preset.name.replace(' ', "_"), b.id.replace('#', "_"));
                            std::fs::create_dir_all(d).expect("png dir");
                            std::fs::write(d.join(name), common::render_png(b, 0.25)).expect("png");
                        }
                    }
                    if c.hole_share > worst_board.0 {
                        worst_board = (
                            c.hole_share,
                            format!("{} {} photos: {} «{}»", preset.name, n, b.id, b.name),
                        );
                    }
                    holes.push(c.hole_share);
                }
            }
        }
        let content = holes.len();
        let max = holes.iter().copied().fold(0.0, f64::max);
        println!(
            "{:<20}| {boards:>6} | {content:>7} | {:>10.1} % | {:>6.1} % | {over:>5} | {mis:>10} ({worst:>5.1}) | {thin:>10} | {:>6.0} %            | {stepped:>7}",
            preset.name,
            100.0 * median(&mut holes.clone()),
            100.0 * max,
            100.0 * opening
        );
        all_holes.extend(holes);
        all_over += over;
        all_thin += thin;
        all_mis += mis;
        all_boards += boards;
        all_stepped += stepped;
        all_opening = all_opening.min(opening);
    }
    let max = all_holes.iter().copied().fold(0.0, f64::max);
    println!(
        "all                 | {all_boards:>6} | {:>7} | {:>10.1} % | {:>6.1} % | {all_over:>5} | {all_mis:>10}         | {all_thin:>10} | {:>6.0} %            | {all_stepped:>7}",
        all_holes.len(),
        100.0 * median(&mut all_holes),
        100.0 * max,
        100.0 * all_opening
    );
    println!("key figures: {found} found in the text, {tiles} shown on {tiled} boards; pull quotes on {quoted} boards");
    println!("invariants broken (common::check): {}", violations.len());
    for v in violations.iter().take(10) {
        println!("  {v}");
    }
    println!("largest hole: {:.1} % on {}", 100.0 * worst_board.0, worst_board.1);
    if hashes {
        println!("hash of every layout: {:016x}", all_hash.finish());
    }
    short();
}

/// The genre's commonest page: a short report (one paragraph of 80–400 characters) with one to four photos. Each
/// exhibition holds three of them (the 前言 given), their paragraphs whole sentences of the corpus articles and their
/// photos the bench's (wallpaper sizes and WeChat copies) in turn; per preset the content boards' holes and
/// misaligned boards, as above. `ZHANBAN_DESIGN_PNG=dir` renders those over 15 % (`short-…`).
fn short_reports(
    eng: &LayoutEngine<TypesetSetter>,
    corpus: &Material,
    sizes: &[(String, u32, u32)],
    only: Option<&str>,
    png_dir: Option<&PathBuf>,
    verbose: bool,
    png_only: &[String],
) {
    println!("short reports: 3 a board series × 80/150/250/400 characters × 1–4 photos each, the 前言 given");
    println!("preset              | content | hole median | hole max | >15 % | misaligned | stepped");
    let (mut all_holes, mut all_over, mut all_mis, mut all_stepped) = (Vec::new(), 0, 0, 0);
    let mut violations: Vec<String> = Vec::new();
    for preset in PRESETS {
        if only.is_some_and(|o| !preset.name.contains(o)) {
            continue;
        }
        let (mut holes, mut over, mut mis, mut stepped) = (Vec::new(), 0, 0, 0);
        for (ci, chars) in [80usize, 150, 250, 400].into_iter().enumerate() {
            for np in 1..=4usize {
                let m = common::short_report_exhibition(corpus, sizes, ci, chars, np);
                let settings = LayoutSettings {
                    spec: BoardSpec::new(preset.width, preset.height),
                    theme: "党建红".into(),
                };
                let r = eng.layout(&m, &settings, &Overrides::default()).expect("layout");
                for e in common::check(&m, &Overrides::default(), &r) {
                    violations.push(format!("{} {chars} {np}: {e}", preset.name));
                }
                for (b, s) in r.frames.boards.iter().zip(&r.summary.boards) {
                    if !s.group.starts_with('w') {
                        continue;
                    }
                    let c = critic::critique(b);
                    let line = format!("short {} {chars} {np} {}", preset.name, b.id);
                    if verbose {
                        println!(
                            "  {line} «{}»: hole {:.1} % {:?}, misaligned {}/{} {:?}, {} chars, {} photos, min {:.0} ppi, body {:.0} pt{}{}{}",
                            b.name,
                            100.0 * c.hole_share,
                            c.hole,
                            c.misaligned,
                            c.edges,
                            c.misaligned_at,
                            c.characters,
                            c.photos,
                            s.min_ppi.unwrap_or(0.0),
                            s.body_pt,
                            if b.items.iter().any(|i| i.id == "pull-quote") { ", quote" } else { "" },
                            if b.items.iter().any(|i| i.id == "photo-mat") { ", mat" } else { "" },
                            if c.stepped > 0 { ", stepped" } else { "" }
                        );
                    }
                    if let (Some(d), true) = (png_dir, png_only.iter().any(|o| line.contains(o.as_str()))) {
                        let name = format!("only-{}.png", line.replace([' ', '#'], "_"));
                        std::fs::create_dir_all(d).expect("png dir");
                        std::fs::write(d.join(name), common::render_png(b, 0.5)).expect("png");
                    }
                    mis += usize::from(c.misaligned > 0);
                    stepped += usize::from(c.stepped > 0);
                    if c.hole_share > HOLE_MAX {
                        over += 1;
                        if let Some(d) = png_dir {
                            let name = format!("short-{}-{chars}-{np}-{}.png", preset.name.replace(' ', "_"), b.id);
                            std::fs::create_dir_all(d).expect("png dir");
                            std::fs::write(d.join(name), common::render_png(b, 0.25)).expect("png");
                        }
                    }
                    holes.push(c.hole_share);
                }
            }
        }
        println!(
            "{:<20}| {:>7} | {:>10.1} % | {:>6.1} % | {over:>5} | {mis:>10} | {stepped:>7}",
            preset.name,
            holes.len(),
            100.0 * median(&mut holes.clone()),
            100.0 * holes.iter().copied().fold(0.0, f64::max)
        );
        all_holes.extend(holes);
        all_over += over;
        all_mis += mis;
        all_stepped += stepped;
    }
    println!(
        "all                 | {:>7} | {:>10.1} % | {:>6.1} % | {all_over:>5} | {all_mis:>10} | {all_stepped:>7}",
        all_holes.len(),
        100.0 * median(&mut all_holes.clone()),
        100.0 * all_holes.iter().copied().fold(0.0, f64::max)
    );
    println!("invariants broken (common::check): {}", violations.len());
    for v in violations.iter().take(10) {
        println!("  {v}");
    }
}
