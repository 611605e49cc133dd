//! Benchmark: full re-layout of a ~20-board exhibition after a one-word edit, against the first (cold) layout in
//! the same run. Goal: ≤ 16 ms per re-layout after first shaping.
//!
//! Run: `cargo bench -p zhanban-layout --bench relayout` (release build). Printed last: a hash of every layout's
//! frames and summary (a speed-only change must not move it). `ZHANBAN_RELAYOUT_EDITS=n` runs the edits n times
//! over and skips the recompose-everything part (for `perf record` of the edits alone).

#[path = "../tests/common/mod.rs"]
mod common;

use std::hash::{Hash, Hasher};
use std::time::Instant;

use zhanban_frames::Source;
use zhanban_layout::*;

fn main() {
    let mut m = common::corpus_material();
    // The 2023 article, the Laixi article and the case study, 24 photos: about twenty boards.
    m.writeups = vec![m.writeups[0].clone(), m.writeups[2].clone(), m.writeups[3].clone()];
    m.photos.truncate(24);
    let settings = LayoutSettings::default();
    let eng = common::engine();
    let t = Instant::now();
    let first = eng.layout(&m, &settings, &Overrides::default()).expect("layout");
    let cold = t.elapsed();
    let mut hash = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_vec(&first).expect("json").hash(&mut hash);
    let rounds: usize = std::env::var("ZHANBAN_RELAYOUT_EDITS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let boards = first.frames.boards.len();

    // The paragraph to edit: the longest of the 2023 article.
    let w = &m.writeups[0];
    let (bi, para) = w
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Paragraph && b.text.contains("机关"))
        .max_by_key(|(_, b)| b.text.len())
        .map(|(i, b)| (i, b.text.clone()))
        .expect("a paragraph");
    let words = [
        "单位", "部门", "系统", "支部", "组织", "队伍", "干部", "党员", "岗位", "窗口", "基层", "一线",
    ];
    let mut times = Vec::new();
    for (k, word) in words.iter().cycle().take(36).enumerate().cycle().take(36 * rounds) {
        let mut ov = Overrides::default();
        // A different word each time, so the edited paragraph is really set again.
        let edited = para.replacen("机关", &format!("{word}{}", "、".repeat(k / words.len())), 1);
        ov.texts.push(TextEdit {
            target: Source::Block {
                writeup: w.id,
                block: bi,
            },
            text: edited,
        });
        let t = Instant::now();
        let r = eng.layout(&m, &settings, &ov).expect("re-layout");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        serde_json::to_vec(&r).expect("json").hash(&mut hash);
        assert!(r.frames.boards.len() >= boards - 1);
    }
    // The same edits with every board recomposed (composition memo emptied; shaped and set text kept).
    let mut full = Vec::new();
    for (k, word) in words.iter().cycle().take(if rounds == 1 { 12 } else { 0 }).enumerate() {
        let mut ov = Overrides::default();
        let edited = para.replacen("机关", &format!("{word}{}", "。".repeat(k % 3)), 1);
        ov.texts.push(TextEdit {
            target: Source::Block {
                writeup: w.id,
                block: bi,
            },
            text: edited,
        });
        eng.forget_boards();
        let t = Instant::now();
        let r = eng.layout(&m, &settings, &ov).expect("re-layout");
        serde_json::to_vec(&r).expect("json").hash(&mut hash);
        full.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    full.sort_by(f64::total_cmp);
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let worst = times[times.len() - 1];
    println!("relayout: {boards} boards, 1200×900, {} photos", m.photos.len());
    println!(
        "  first (cold) layout, shaping included: {:.1} ms",
        cold.as_secs_f64() * 1000.0
    );
    println!(
        "  re-layout after a one-word edit: median {median:.2} ms, worst {worst:.2} ms over {} edits",
        times.len()
    );
    println!("  goal ≤ 16 ms: {}", if median <= 16.0 { "met" } else { "NOT met" });
    if !full.is_empty() {
        println!(
            "  every board recomposed (text already set): median {:.1} ms",
            full[full.len() / 2]
        );
    }
    println!("  hash of every layout: {:016x}", hash.finish());
}
