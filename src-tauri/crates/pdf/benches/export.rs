//! Issue 7 benchmark, `cargo bench -p zhanban-pdf` (release, harness = false). In one run, on real material:
//! - a 1200×900 board with 12 photos of ≈ 12 MP (≈ 44 MB of JPEG, made by `benches/prepare.sh` into
//!   /tmp/zhanban-pdf-bench with a PROVENANCE.tsv), a title band, corpus text in Noto Sans CJK SC and captions;
//! - an exhibition of 10 boards with 4 photos each, standing in for the corpus exhibition (export folder, with the
//!   review PDF and proof images).
//!
//! It reports export time against the I/O floor (the same photo bytes read and written to a new file, fsync'd like
//! the export), against Typst compiling an equivalent page (PyPI `typst`, a fresh process per compile, the same photos
//! and fonts), the peak memory (VmHWM) of a child process doing only the export, font bytes per board, and the
//! folder export's peak memory with 3 and with 10 boards. Results also go to /tmp/zhanban-pdf-bench/results.json.
//! Owns only the benchmark; it must not be run as a test.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use zhanban_frames::*;
use zhanban_pdf::{export_board_with, export_folder, ExportOptions, FolderOptions, FontCache};

const DIR: &str = "/tmp/zhanban-pdf-bench";
const SANS: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const SANS_BOLD: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
const NOTO_DIR: &str = "/usr/share/fonts/opentype/noto";
const SC: u32 = 2;
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../../shared/corpus");
const REPEATS: usize = 5;

type Photos = HashMap<String, PathBuf>;

fn main() {
    if let Ok(mode) = std::env::var("ZB_BENCH_CHILD") {
        child(&mode);
        return;
    }
    let dir = PathBuf::from(DIR);
    if !dir.join("PROVENANCE.tsv").exists() {
        eprintln!("preparing bench material in {DIR} (ImageMagick, once)…");
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/prepare.sh");
        let ok = Command::new("sh").arg(script).arg(DIR).status().map(|s| s.success());
        assert!(matches!(ok, Ok(true)), "prepare.sh failed");
    }
    let photos: Photos = (1..=12)
        .map(|i| (format!("photo{i:02}"), dir.join(format!("photos/{i:02}.jpg"))))
        .collect();
    let shaper = Shaper::new();
    let corpus = Corpus::load();
    let big = board12(&shaper, &corpus, &photos);
    let exhibition: Vec<BoardFrame> = (0..10).map(|k| board4(&shaper, &corpus, &photos, k)).collect();
    let work = dir.join("work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("work dir");
    write_json(&work.join("board12.json"), &vec![big.clone()]);
    write_json(&work.join("exhibition.json"), &exhibition);
    // Three boards already use all twelve photos (board k uses photos 4k+1…4k+4 mod 12): compared with ten, only the
    // number of boards differs, not the heaviest photo.
    write_json(&work.join("exhibition3.json"), &exhibition[..3].to_vec());
    write_json(&work.join("photos.json"), &photos);
    let mut results = serde_json::Map::new();
    let mut report = String::new();

    // ---- One board, 12 photos -------------------------------------------------------------------------------
    let paths = board_photo_paths(&big, &photos);
    let photo_bytes: u64 = paths.iter().map(|p| file_len(p)).sum();
    let _ = writeln!(
        report,
        "board of 12 photos: {} JPEGs, {:.1} MB (largest board's photo bytes)",
        paths.len(),
        mb(photo_bytes)
    );
    let opts = ExportOptions {
        date: Some("2024-05-01".into()),
        ..Default::default()
    };
    let warm = FontCache::new();
    let (mut floor, mut cold, mut hot) = (Vec::new(), Vec::new(), Vec::new());
    let mut font_bytes = 0;
    let mut pdf_bytes = 0;
    // Warm the page cache and the font cache once, then alternate so that load on the machine hits all alike.
    let _ = copy_floor(&paths, &work.join("floor.bin"));
    let _ = export_board_with(&big, &photos, &opts, &warm, &work.join("board12.pdf"), None);
    for _ in 0..REPEATS {
        floor.push(copy_floor(&paths, &work.join("floor.bin")));
        let t = Instant::now();
        let r = export_board_with(&big, &photos, &opts, &FontCache::new(), &work.join("board12.pdf"), None)
            .expect("export");
        cold.push(t.elapsed().as_secs_f64());
        font_bytes = r.font_bytes;
        pdf_bytes = r.file_bytes;
        let t = Instant::now();
        export_board_with(&big, &photos, &opts, &warm, &work.join("board12.pdf"), None).expect("export");
        hot.push(t.elapsed().as_secs_f64());
    }
    let (floor_s, cold_s, hot_s) = (median(&floor), median(&cold), median(&hot));
    let typst = typst_times(&big, &photos, &work, "board12", 3);
    let typst_s = median(&typst.0);
    let mem = child_hwm("board", &work.join("board12.json"), &work);
    let base = child_hwm("baseline", &work.join("board12.json"), &work);
    let mem_goal = photo_bytes as f64 + 100.0 * 1024.0 * 1024.0;
    let _ = writeln!(
        report,
        "  I/O floor (read + write + fsync)   {floor_s:8.3} s   (median of {REPEATS})"
    );
    let _ = writeln!(
        report,
        "  export, fresh font cache           {cold_s:8.3} s   {:5.2}× floor   goal ≤ 2×   {}",
        cold_s / floor_s,
        verdict(cold_s <= 2.0 * floor_s)
    );
    let _ = writeln!(
        report,
        "  export, fonts already loaded       {hot_s:8.3} s   {:5.2}× floor",
        hot_s / floor_s
    );
    let _ = writeln!(
        report,
        "  Typst {} (fresh process)     {typst_s:8.3} s   export is {:4.1}× faster   goal ≥ 8×   {}",
        typst.2,
        typst_s / cold_s,
        verdict(typst_s >= 8.0 * cold_s)
    );
    let _ = writeln!(
        report,
        "  peak memory (VmHWM, child)         {:8.1} MB  goal ≤ {:.1} MB   {}   (child doing nothing: {:.1} MB; Typst: {:.1} MB)",
        mb(mem),
        mb(mem_goal as u64),
        verdict((mem as f64) <= mem_goal),
        mb(base),
        mb(typst.1)
    );
    let _ = writeln!(
        report,
        "  font bytes in the PDF              {:8.1} kB  (PDF {:.1} MB)",
        font_bytes as f64 / 1024.0,
        mb(pdf_bytes)
    );
    results.insert(
        "board12".into(),
        serde_json::json!({
            "photo_bytes": photo_bytes, "floor_s": floor, "export_cold_s": cold, "export_warm_fonts_s": hot,
            "typst_s": typst.0, "typst_version": typst.2, "typst_vmhwm_bytes": typst.1,
            "export_vmhwm_bytes": mem, "baseline_vmhwm_bytes": base, "font_bytes": font_bytes, "pdf_bytes": pdf_bytes,
        }),
    );

    // ---- Exhibition: 10 boards of 4 photos ---------------------------------------------------------------------
    let per_board: Vec<Vec<PathBuf>> = exhibition.iter().map(|b| board_photo_paths(b, &photos)).collect();
    let largest = per_board
        .iter()
        .map(|ps| ps.iter().map(|p| file_len(p)).sum::<u64>())
        .max()
        .unwrap_or(0);
    let total: u64 = per_board.iter().flatten().map(|p| file_len(p)).sum();
    let _ = writeln!(
        report,
        "\nexhibition of {} boards × 4 photos: {:.1} MB of JPEG (largest board {:.1} MB)",
        exhibition.len(),
        mb(total),
        mb(largest)
    );
    let cancel = AtomicBool::new(false);
    let folder = |review: bool, parallel: bool| -> (f64, Vec<usize>) {
        let out = work.join(format!("folder-{review}-{parallel}"));
        let _ = std::fs::remove_dir_all(&out);
        let fo = FolderOptions {
            board: opts.clone(),
            review,
            parallel,
            title: "模范机关建设成果展".into(),
            ..Default::default()
        };
        let t = Instant::now();
        let r = export_folder(&exhibition, &photos, &fo, &out, &|_| {}, &cancel).expect("folder export");
        (
            t.elapsed().as_secs_f64(),
            r.boards.iter().map(|b| b.font_bytes).collect(),
        )
    };
    let (mut ffloor, mut fseq, mut fpar, mut frev) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut fonts_per_board = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        for (i, ps) in per_board.iter().enumerate() {
            copy_floor(ps, &work.join(format!("floor{i}.bin")));
        }
        ffloor.push(t.elapsed().as_secs_f64());
        let (s, f) = folder(false, false);
        fseq.push(s);
        fonts_per_board = f;
        fpar.push(folder(false, true).0);
        frev.push(folder(true, false).0);
    }
    let n = exhibition.len() as f64;
    let (ff, fs, fp, fr) = (median(&ffloor), median(&fseq), median(&fpar), median(&frev));
    let typst10 = typst_times_multi(&exhibition, &photos, &work, 2);
    let t10 = median(&typst10.0);
    let m2 = child_hwm("folder", &work.join("exhibition3.json"), &work);
    let m10 = child_hwm("folder", &work.join("exhibition.json"), &work);
    let goal10 = largest as f64 + 100.0 * 1024.0 * 1024.0;
    let _ = writeln!(
        report,
        "  I/O floor, all boards              {ff:8.3} s   ({:.3} s per board)",
        ff / n
    );
    let _ = writeln!(
        report,
        "  board PDFs, one after another      {fs:8.3} s   ({:.3} s per board, {:.2}× floor)   {}",
        fs / n,
        fs / ff,
        verdict(fs <= 2.0 * ff)
    );
    let _ = writeln!(
        report,
        "  board PDFs, parallel               {fp:8.3} s   ({:.2}× floor)",
        fp / ff
    );
    let _ = writeln!(
        report,
        "  board PDFs + 审阅 (review PDF, proofs) {fr:6.3} s   (review part ≈ {:.3} s per board)",
        (fr - fs) / n
    );
    let _ = writeln!(
        report,
        "  Typst, the 10 pages in one document {t10:7.3} s   export is {:4.1}× faster   {}",
        t10 / fs,
        verdict(t10 >= 8.0 * fs)
    );
    let _ = writeln!(
        report,
        "  peak memory of the folder export with review: 3 boards {:.1} MB, 10 boards {:.1} MB (growth {:+.1} MB); goal ≤ {:.1} MB   {}",
        mb(m2),
        mb(m10),
        mb(m10) - mb(m2),
        mb(goal10 as u64),
        verdict((m10 as f64) <= goal10 && m10 as f64 <= m2 as f64 + 8.0 * 1024.0 * 1024.0)
    );
    let _ = writeln!(
        report,
        "  font bytes per board (kB): {}",
        fonts_per_board
            .iter()
            .map(|b| format!("{:.0}", *b as f64 / 1024.0))
            .collect::<Vec<_>>()
            .join(" ")
    );
    results.insert(
        "exhibition10".into(),
        serde_json::json!({
            "photo_bytes": total, "largest_board_photo_bytes": largest, "floor_s": ffloor, "boards_seq_s": fseq,
            "boards_parallel_s": fpar, "boards_and_review_s": frev, "typst_s": typst10.0,
            "typst_vmhwm_bytes": typst10.1, "folder_vmhwm_3_boards": m2, "folder_vmhwm_10_boards": m10,
            "font_bytes_per_board": fonts_per_board,
        }),
    );
    println!("\n{report}");
    write_json(&dir.join("results.json"), &serde_json::Value::Object(results));
    println!("results: {DIR}/results.json; material and provenance: {DIR}/PROVENANCE.tsv");
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "MISSED"
    }
}

fn mb(b: u64) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

fn file_len(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn write_json<T: serde::Serialize>(path: &Path, v: &T) {
    std::fs::write(path, serde_json::to_vec_pretty(v).expect("json")).expect("write json");
}

/// The distinct photo files a board uses, in order.
fn board_photo_paths(b: &BoardFrame, photos: &Photos) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    for it in &b.items {
        if let ItemKind::Image(img) = &it.kind {
            let p = photos[&img.photo].clone();
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// The I/O floor: the photos' bytes read and written to one new file, flushed to disk as the export does.
fn copy_floor(paths: &[PathBuf], out: &Path) -> f64 {
    let t = Instant::now();
    let mut w = BufWriter::with_capacity(1 << 20, File::create(out).expect("create"));
    for p in paths {
        let b = std::fs::read(p).expect("read photo");
        w.write_all(&b).expect("write");
    }
    w.flush().expect("flush");
    let f = w.into_inner().expect("into_inner");
    f.sync_all().expect("fsync");
    t.elapsed().as_secs_f64()
}

fn vmhwm_bytes() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0)
        * 1024
}

/// Runs this binary again as a child doing only `mode`, and returns its VmHWM.
fn child_hwm(mode: &str, frames: &Path, work: &Path) -> u64 {
    let exe = std::env::current_exe().expect("current exe");
    let out = Command::new(exe)
        .env("ZB_BENCH_CHILD", mode)
        .env("ZB_FRAMES", frames)
        .env("ZB_PHOTOS", work.join("photos.json"))
        .env("ZB_OUT", work.join(format!("child-{mode}")))
        .output()
        .expect("child");
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "child {mode}: {s}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    s.lines()
        .find_map(|l| l.strip_prefix("vmhwm="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Child process: only the export, then its peak resident memory.
fn child(mode: &str) {
    let env = |k: &str| PathBuf::from(std::env::var_os(k).expect(k));
    let frames: Vec<BoardFrame> =
        serde_json::from_slice(&std::fs::read(env("ZB_FRAMES")).expect("frames")).expect("json");
    let photos: Photos = serde_json::from_slice(&std::fs::read(env("ZB_PHOTOS")).expect("photos")).expect("json");
    let out = env("ZB_OUT");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("out");
    let opts = ExportOptions {
        date: Some("2024-05-01".into()),
        ..Default::default()
    };
    match mode {
        "board" => {
            export_board_with(&frames[0], &photos, &opts, &FontCache::new(), &out.join("b.pdf"), None).expect("export");
        }
        "folder" => {
            let fo = FolderOptions {
                board: opts,
                review: true,
                parallel: false,
                ..Default::default()
            };
            export_folder(&frames, &photos, &fo, &out, &|_| {}, &AtomicBool::new(false)).expect("folder");
        }
        // For profiling (`perf record`): the board PDFs of the folder export, one after another, `ZB_REPEAT` times.
        "boards" => {
            let fo = FolderOptions {
                board: opts,
                review: false,
                parallel: false,
                ..Default::default()
            };
            let n = std::env::var("ZB_REPEAT")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(1);
            for _ in 0..n {
                export_folder(&frames, &photos, &fo, &out, &|_| {}, &AtomicBool::new(false)).expect("folder");
            }
        }
        _ => {}
    }
    println!("vmhwm={}", vmhwm_bytes());
}

// ---- Typst peer ----------------------------------------------------------------------------------------------

const TYPST_PY: &str = r#"
import sys, time, json, typst
inp, out, root, fonts = sys.argv[1:5]
t = time.perf_counter()
typst.compile(inp, output=out, root=root, font_paths=[fonts], ignore_system_fonts=True)
dt = time.perf_counter() - t
hwm = 0
for l in open('/proc/self/status'):
    if l.startswith('VmHWM:'):
        hwm = int(l.split()[1]) * 1024
print(json.dumps({"s": dt, "vmhwm": hwm, "version": getattr(typst, '__version__', '?')}))
"#;

fn typst_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            _ => o.push(c),
        }
    }
    o.push('"');
    o
}

fn rgb(c: &Color) -> String {
    format!("rgb(\"{}\")", c.to_hex())
}

/// An equivalent Typst page: the same rectangles, lines, text lines (same font, size, position) and photos (same
/// files, cropped to the same boxes with `fit: "cover"`).
fn typst_page(b: &BoardFrame, photos: &Photos, root: &Path) -> String {
    let bl = b.bleed;
    let mut s = format!(
        "#page(width: {}mm, height: {}mm, margin: 0pt, fill: {})[\n",
        b.width + 2.0 * bl,
        b.height + 2.0 * bl,
        rgb(&b.background)
    );
    for it in &b.items {
        match &it.kind {
            ItemKind::Rect(r) => {
                let fill = r.fill.map(|c| rgb(&c)).unwrap_or("none".into());
                let stroke = r
                    .stroke
                    .map(|st| format!("{}mm + {}", st.width, rgb(&st.color)))
                    .unwrap_or("none".into());
                let _ = writeln!(
                    s,
                    "#place(top + left, dx: {}mm, dy: {}mm, rect(width: {}mm, height: {}mm, fill: {fill}, stroke: {stroke}, radius: {}mm))",
                    r.rect.x + bl, r.rect.y + bl, r.rect.w, r.rect.h, r.radius
                );
            }
            ItemKind::Path(p) => {
                if let (Some(PathOp::MoveTo { x: x1, y: y1 }), Some(PathOp::LineTo { x: x2, y: y2 }), Some(st)) =
                    (p.ops.first(), p.ops.get(1), p.stroke)
                {
                    let _ = writeln!(
                        s,
                        "#place(top + left, line(start: ({}mm, {}mm), end: ({}mm, {}mm), stroke: {}mm + {}))",
                        x1 + bl,
                        y1 + bl,
                        x2 + bl,
                        y2 + bl,
                        st.width,
                        rgb(&st.color)
                    );
                }
            }
            ItemKind::Image(img) => {
                let rel = photos[&img.photo]
                    .strip_prefix(root)
                    .unwrap_or(&photos[&img.photo])
                    .to_path_buf();
                let _ = writeln!(
                    s,
                    "#place(top + left, dx: {}mm, dy: {}mm, box(width: {}mm, height: {}mm, clip: true, image({}, width: 100%, height: 100%, fit: \"cover\")))",
                    img.rect.x + bl, img.rect.y + bl, img.rect.w, img.rect.h, typst_str(&format!("/{}", rel.display()))
                );
            }
            ItemKind::Text(t) => {
                for run in &t.runs {
                    let face = &b.fonts[run.font];
                    let weight = if face.path.contains("Bold") {
                        "\"bold\""
                    } else {
                        "\"regular\""
                    };
                    let asc = run.size_pt * MM_PER_PT * 0.88;
                    let _ = writeln!(
                        s,
                        "#place(top + left, dx: {}mm, dy: {}mm, text(font: {}, weight: {weight}, size: {}pt, fill: {}, {}))",
                        run.origin.x + bl,
                        run.origin.y + bl - asc,
                        typst_str(&face.family),
                        run.size_pt,
                        rgb(&run.color),
                        typst_str(&run.text())
                    );
                }
            }
        }
    }
    s.push_str("]\n");
    s
}

fn run_typst(typ: &Path, pdf: &Path, runs: usize) -> (Vec<f64>, u64, String) {
    let script = typ.with_extension("py");
    std::fs::write(&script, TYPST_PY).expect("py");
    let mut times = Vec::new();
    let (mut hwm, mut version) = (0, String::new());
    for _ in 0..runs {
        let out = Command::new("python3")
            .arg(&script)
            .arg(typ)
            .arg(pdf)
            .arg(DIR)
            .arg(NOTO_DIR)
            .output()
            .expect("python3");
        let s = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "typst: {s}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_str(s.trim()).expect("typst json");
        times.push(v["s"].as_f64().unwrap_or(f64::NAN));
        hwm = hwm.max(v["vmhwm"].as_u64().unwrap_or(0));
        version = v["version"].as_str().unwrap_or("?").to_string();
    }
    (times, hwm, version)
}

fn typst_times(b: &BoardFrame, photos: &Photos, work: &Path, name: &str, runs: usize) -> (Vec<f64>, u64, String) {
    let typ = work.join(format!("{name}.typ"));
    std::fs::write(&typ, typst_page(b, photos, Path::new(DIR))).expect("typ");
    run_typst(&typ, &work.join(format!("{name}-typst.pdf")), runs)
}

fn typst_times_multi(bs: &[BoardFrame], photos: &Photos, work: &Path, runs: usize) -> (Vec<f64>, u64, String) {
    let typ = work.join("exhibition.typ");
    let src: String = bs.iter().map(|b| typst_page(b, photos, Path::new(DIR))).collect();
    std::fs::write(&typ, src).expect("typ");
    run_typst(&typ, &work.join("exhibition-typst.pdf"), runs)
}

// ---- Frames ---------------------------------------------------------------------------------------------------

/// Simple shaping for the bench (as the crate's tests do): cmap glyph ids and the font's advances.
struct Shaper {
    regular: Vec<u8>,
    bold: Vec<u8>,
}

impl Shaper {
    fn new() -> Self {
        Shaper {
            regular: std::fs::read(SANS).expect("Noto Sans CJK"),
            bold: std::fs::read(SANS_BOLD).expect("Noto Sans CJK Bold"),
        }
    }
    fn run(&self, font: usize, size_pt: f64, x: f64, y: f64, text: &str, color: Color) -> TextRun {
        let data = if font == 1 { &self.bold } else { &self.regular };
        let face = ttf_parser::Face::parse(data, SC).expect("face");
        let size_mm = size_pt * MM_PER_PT;
        let mut pen = 0.0;
        let glyphs = text
            .chars()
            .filter_map(|c| {
                let gid = face.glyph_index(c)?;
                let adv = face.glyph_hor_advance(gid).unwrap_or(0) as f64 / face.units_per_em() as f64 * size_mm;
                let g = Glyph {
                    id: gid.0,
                    x: pen,
                    advance: adv,
                    text: c.to_string(),
                };
                pen += adv;
                Some(g)
            })
            .collect();
        TextRun {
            font,
            size_pt,
            color,
            origin: Point { x, y },
            glyphs,
        }
    }
    /// Lines of `text` that fit `width` mm at `size_pt` (one em per character, as CJK text sets).
    fn lines(&self, text: &str, size_pt: f64, width: f64, max: usize) -> Vec<String> {
        let per = (width / (size_pt * MM_PER_PT)).floor().max(1.0) as usize;
        let chars: Vec<char> = text.chars().collect();
        chars.chunks(per).take(max).map(|c| c.iter().collect()).collect()
    }
}

struct Corpus {
    /// (title, paragraphs) per article.
    articles: Vec<(String, Vec<String>)>,
    captions: Vec<String>,
}

impl Corpus {
    fn load() -> Self {
        let mut names: Vec<PathBuf> = std::fs::read_dir(CORPUS)
            .expect("corpus")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        names.sort();
        let mut articles = Vec::new();
        let mut captions = Vec::new();
        for p in names {
            let text = std::fs::read_to_string(&p).expect("corpus file");
            let lines: Vec<String> = text
                .lines()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect();
            let title = lines
                .first()
                .and_then(|l| l.split_whitespace().next())
                .unwrap_or("成果展示")
                .to_string();
            captions.extend(lines.iter().filter(|l| l.starts_with('■')).cloned());
            let paras = lines.iter().filter(|l| l.chars().count() > 60).cloned().collect();
            articles.push((title, paras));
        }
        if captions.is_empty() {
            captions.push("■ 模范机关建设工作成果展示".into());
        }
        Corpus { articles, captions }
    }
}

fn item(id: String, source: Source, kind: ItemKind) -> Item {
    Item { id, source, kind }
}

fn text_block(rect: Rect, role: TextRole, min: f64, runs: Vec<TextRun>) -> ItemKind {
    ItemKind::Text(TextBlock {
        rect,
        role,
        min_size_pt: min,
        runs,
    })
}

/// The photo placed in `rect`, cropped centrally to the rect's aspect (displayed pixels, after orientation).
fn photo_item(hash: &str, path: &Path, rect: Rect) -> ItemKind {
    let bytes = std::fs::read(path).expect("photo");
    let info = zhanban_pdf::jpeg::info(&bytes).expect("jpeg");
    let orientation = exif_orientation(&bytes);
    let (dw, dh) = zhanban_pdf::displayed_size(orientation, info.width, info.height);
    let aspect = rect.w / rect.h;
    let (cw, ch) = if dw as f64 / dh as f64 > aspect {
        (dh as f64 * aspect, dh as f64)
    } else {
        (dw as f64, dw as f64 / aspect)
    };
    ItemKind::Image(ImageItem {
        photo: hash.into(),
        rect,
        crop: Rect::new((dw as f64 - cw) / 2.0, (dh as f64 - ch) / 2.0, cw, ch),
        orientation,
        pixel_width: dw,
        pixel_height: dh,
    })
}

/// EXIF orientation from IFD0 (the project store knows it; here only prepare.sh's photo 05 has one).
fn exif_orientation(bytes: &[u8]) -> u8 {
    // Look for the Orientation tag (0x0112, SHORT) in the APP1 segment, both byte orders.
    let Some(app1) = bytes.windows(6).position(|w| w == b"Exif\0\0") else {
        return 1;
    };
    let tiff = &bytes[app1 + 6..bytes.len().min(app1 + 6 + 4096)];
    let le = tiff.starts_with(b"II");
    let rd16 = |i: usize| -> u16 {
        let b = [tiff.get(i).copied().unwrap_or(0), tiff.get(i + 1).copied().unwrap_or(0)];
        if le {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        }
    };
    let rd32 = |i: usize| -> u32 {
        let b: [u8; 4] = std::array::from_fn(|k| tiff.get(i + k).copied().unwrap_or(0));
        if le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        }
    };
    let ifd = rd32(4) as usize;
    let n = rd16(ifd) as usize;
    (0..n)
        .map(|k| ifd + 2 + 12 * k)
        .find(|&e| rd16(e) == 0x0112)
        .map(|e| rd16(e + 8) as u8)
        .filter(|o| (1..=8).contains(o))
        .unwrap_or(1)
}

fn base_board(id: &str, number: usize, name: &str, shaper: &Shaper, title: &str) -> BoardFrame {
    let fonts = vec![
        FontFace {
            family: "Noto Sans CJK SC".into(),
            path: SANS.into(),
            index: SC,
            synthetic_bold: false,
        },
        FontFace {
            family: "Noto Sans CJK SC".into(),
            path: SANS_BOLD.into(),
            index: SC,
            synthetic_bold: false,
        },
    ];
    let red = Color::rgb(0xc8, 0x10, 0x2e);
    let items = vec![
        item(
            "band".into(),
            Source::Theme,
            ItemKind::Rect(RectItem {
                rect: Rect::new(-3.0, -3.0, 1206.0, 133.0),
                fill: Some(red),
                stroke: None,
                radius: 0.0,
            }),
        ),
        item(
            "title".into(),
            Source::Exhibition { field: "title".into() },
            text_block(
                Rect::new(40.0, 50.0, 1120.0, 60.0),
                TextRole::BoardTitle,
                72.0,
                vec![shaper.run(1, 72.0, 40.0, 92.0, title, Color::WHITE)],
            ),
        ),
        item(
            "rule".into(),
            Source::Theme,
            ItemKind::Path(PathItem {
                ops: vec![
                    PathOp::MoveTo { x: 40.0, y: 870.0 },
                    PathOp::LineTo { x: 1160.0, y: 870.0 },
                ],
                fill: None,
                stroke: Some(Stroke { color: red, width: 2.0 }),
            }),
        ),
    ];
    BoardFrame {
        id: id.into(),
        number,
        name: name.into(),
        width: 1200.0,
        height: 900.0,
        bleed: 3.0,
        safe: 20.0,
        background: Color::rgb(0xfb, 0xf7, 0xef),
        fonts,
        items,
    }
}

fn body(b: &mut BoardFrame, shaper: &Shaper, text: &str, top: f64, max_lines: usize) -> f64 {
    let lines = shaper.lines(text, 28.0, 1120.0, max_lines);
    let n = lines.len();
    let runs = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            shaper.run(
                0,
                28.0,
                40.0,
                top + 10.0 + i as f64 * 16.0,
                l,
                Color::rgb(0x20, 0x20, 0x20),
            )
        })
        .collect();
    b.items.push(item(
        "body".into(),
        Source::Block { writeup: 1, block: 3 },
        text_block(
            Rect::new(40.0, top, 1120.0, n as f64 * 16.0),
            TextRole::Body,
            28.0,
            runs,
        ),
    ));
    top + n as f64 * 16.0
}

/// Photos in a grid of `cols` × `rows` inside `area`, each with a one-line caption under it.
#[allow(clippy::too_many_arguments)]
fn grid(
    b: &mut BoardFrame,
    shaper: &Shaper,
    corpus: &Corpus,
    photos: &Photos,
    hashes: &[String],
    cols: usize,
    area: Rect,
    cap0: usize,
) {
    let rows = hashes.len().div_ceil(cols);
    let gap = 20.0;
    let cap_h = 14.0;
    let w = (area.w - gap * (cols as f64 - 1.0)) / cols as f64;
    let h = (area.h - gap * (rows as f64 - 1.0)) / rows as f64 - cap_h;
    for (i, hash) in hashes.iter().enumerate() {
        let (c, r) = (i % cols, i / cols);
        let x = area.x + c as f64 * (w + gap);
        let y = area.y + r as f64 * (h + cap_h + gap);
        let rect = Rect::new(x, y, w, h);
        b.items.push(item(
            format!("p{i}"),
            Source::Photo { hash: hash.clone() },
            photo_item(hash, &photos[hash], rect),
        ));
        let cap = &corpus.captions[(cap0 + i) % corpus.captions.len()];
        let line = shaper.lines(cap, 24.0, w, 1).into_iter().next().unwrap_or_default();
        b.items.push(item(
            format!("c{i}"),
            Source::Caption { hash: hash.clone() },
            text_block(
                Rect::new(x, y + h + 2.0, w, cap_h - 2.0),
                TextRole::Caption,
                24.0,
                vec![shaper.run(0, 24.0, x, y + h + 11.0, &line, Color::rgb(0x40, 0x40, 0x40))],
            ),
        ));
    }
}

/// The 12-photo board: title band, five body lines from the corpus, a 4 × 3 photo grid with captions.
fn board12(shaper: &Shaper, corpus: &Corpus, photos: &Photos) -> BoardFrame {
    let (title, paras) = &corpus.articles[0];
    let mut b = base_board("b12", 1, "创新党建与业务融合模式", shaper, title);
    let text: String = paras.iter().take(3).cloned().collect();
    let bottom = body(&mut b, shaper, &text, 150.0, 5);
    let hashes: Vec<String> = (1..=12).map(|i| format!("photo{i:02}")).collect();
    grid(
        &mut b,
        shaper,
        corpus,
        photos,
        &hashes,
        4,
        Rect::new(40.0, bottom + 15.0, 1120.0, 855.0 - bottom - 15.0),
        0,
    );
    b
}

/// One of the exhibition's boards: title, up to twelve body lines, four photos in a row with captions.
fn board4(shaper: &Shaper, corpus: &Corpus, photos: &Photos, k: usize) -> BoardFrame {
    let (title, paras) = &corpus.articles[k % corpus.articles.len()];
    let mut b = base_board(
        &format!("e{k}"),
        k + 1,
        &format!("{}（{}）", title, k + 1),
        shaper,
        title,
    );
    let text: String = paras
        .iter()
        .skip(k / corpus.articles.len() * 3)
        .take(4)
        .cloned()
        .collect();
    let bottom = body(&mut b, shaper, &text, 150.0, 12);
    let hashes: Vec<String> = (0..4).map(|i| format!("photo{:02}", (k * 4 + i) % 12 + 1)).collect();
    grid(
        &mut b,
        shaper,
        corpus,
        photos,
        &hashes,
        4,
        Rect::new(40.0, bottom + 20.0, 1120.0, 855.0 - bottom - 20.0),
        k * 4,
    );
    b
}
