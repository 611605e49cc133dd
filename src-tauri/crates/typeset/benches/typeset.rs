//! Benchmark: typeset the whole corpus at a board column width; characters per second; re-breaking a 20-board
//! exhibition's text after an edit once shaped; and Typst on the same text as the peer.
//! Run: `cargo bench -p zhanban-typeset` (release). The peer needs `pip install typst`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use zhanban_frames::Point;
use zhanban_typeset::{FontLibrary, FontSources, FontTable, ParagraphStyle, Prepared, Typesetter};

const COLUMN_MM: f64 = 360.0; // a third of a 1200 mm board, less gutters
const SIZE_PT: f64 = 28.0; // KT-board body size

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let corpus = root.join("../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let paras: Vec<String> = files
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(f)
                .unwrap_or_default()
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|l| !l.trim().is_empty())
        .collect();
    let chars: usize = paras.iter().map(|p| p.chars().count()).sum();
    let style = ParagraphStyle::body("思源黑体", SIZE_PT);

    let t = Instant::now();
    let lib = FontLibrary::discover(&FontSources::default()).expect("fonts");
    let ts = Typesetter::with_library(lib);
    ts.prepare("模范机关", &style).expect("warm fonts");
    let t_fonts = t.elapsed();

    // 1. Shape + break + set everything, cold cache.
    let t = Instant::now();
    let prepared: Vec<Prepared> = paras.iter().map(|p| ts.prepare(p, &style).expect("prepare")).collect();
    let t_prepare = t.elapsed();
    let t = Instant::now();
    let mut lines_total = 0;
    let mut fonts = FontTable::default();
    for p in &prepared {
        let lines = p.break_at(COLUMN_MM, SIZE_PT, &style);
        lines_total += lines.len();
        std::hint::black_box(p.set_lines(&lines, &style, SIZE_PT, Point::default(), &mut fonts));
    }
    let t_break_set = t.elapsed();
    let full = t_prepare + t_break_set;

    // 2. Re-break only (shaped), many times.
    let runs: Vec<Duration> = (0..30)
        .map(|_| {
            let t = Instant::now();
            for p in &prepared {
                std::hint::black_box(p.break_at(COLUMN_MM, SIZE_PT, &style));
            }
            t.elapsed()
        })
        .collect();
    let t_rebreak = median(runs);

    // 3. After an edit: re-shape the edited paragraph, re-break and re-set every paragraph.
    let mid = paras.len() / 2;
    let edits: Vec<Duration> = (0..30)
        .map(|i| {
            let mut edited = paras[mid].clone();
            edited.push_str(&"改".repeat(i + 1));
            let t = Instant::now();
            let e = ts.prepare(&edited, &style).expect("prepare edit");
            let mut fonts = FontTable::default();
            for (k, p) in prepared.iter().enumerate() {
                let p = if k == mid { &e } else { p };
                let lines = p.break_at(COLUMN_MM, SIZE_PT, &style);
                std::hint::black_box(p.set_lines(&lines, &style, SIZE_PT, Point::default(), &mut fonts));
            }
            t.elapsed()
        })
        .collect();
    let t_edit = median(edits);

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "corpus: {} paragraphs, {chars} characters, {lines_total} lines at {COLUMN_MM} mm / {SIZE_PT} pt",
        paras.len()
    );
    println!("font discovery + first load: {:.1} ms", ms(t_fonts));
    println!(
        "cold: shape {:.1} ms + break & set {:.1} ms = {:.1} ms → {:.0} chars/s",
        ms(t_prepare),
        ms(t_break_set),
        ms(full),
        chars as f64 / full.as_secs_f64()
    );
    println!(
        "re-break all (shaped), median of 30: {:.2} ms → {:.0} chars/s",
        ms(t_rebreak),
        chars as f64 / t_rebreak.as_secs_f64()
    );
    println!(
        "edit one paragraph → re-shape it, re-break & re-set all, median of 30: {:.2} ms (goal ≤ 16 ms)",
        ms(t_edit)
    );

    // Peer: Typst via Python.
    let dir = std::env::temp_dir().join("zhanban-typeset-bench");
    let _ = std::fs::create_dir_all(dir.join("fonts"));
    let font = PathBuf::from("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    let link = dir.join("fonts/NotoSansCJK-Regular.ttc");
    if !link.exists() {
        let _ = std::fs::copy(&font, &link);
    }
    let text_path = dir.join("paragraphs.txt");
    let _ = std::fs::write(&text_path, paras.join("\n"));
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/typst_peer.py");
    match std::process::Command::new("python3")
        .arg(&script)
        .arg(&text_path)
        .arg(dir.join("fonts"))
        .arg(COLUMN_MM.to_string())
        .arg(SIZE_PT.to_string())
        .output()
    {
        Ok(out) if out.status.success() => {
            let s = String::from_utf8_lossy(&out.stdout);
            println!("typst peer: {}", s.trim());
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(s.trim()) {
                let cold = v["cold_compile_s"].as_f64().unwrap_or(f64::NAN);
                let edit = v["edit_compile_s"].as_f64().unwrap_or(f64::NAN);
                println!(
                    "typst: cold {:.1} ms → {:.0} chars/s; after an edit {:.1} ms",
                    cold * 1e3,
                    chars as f64 / cold,
                    edit * 1e3
                );
                println!(
                    "ratio: zhanban cold {:.1}× faster; after an edit {:.1}× faster",
                    cold / full.as_secs_f64(),
                    edit / t_edit.as_secs_f64()
                );
            }
        }
        Ok(out) => println!(
            "typst peer failed: {}",
            String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("")
        ),
        Err(e) => println!("typst peer unavailable (python3): {e}"),
    }
}
