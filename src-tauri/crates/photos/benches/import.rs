//! Photo import benchmark: `cargo bench -p zhanban-photos` (release build, harness = false).
//!
//! Prepares a set of real photos under $ZHANBAN_BENCH_DIR (default /tmp/zhanban-photo-bench), then reports, in one
//! run and on the same cores: thumbnails with this crate vs `vipsthumbnail` (libvips, shrink-on-load), the whole
//! import (read + BLAKE3 + thumbnails + originals and thumbnails written to a SQLite file, one transaction per photo,
//! WAL) vs the same vipsthumbnail run, and the peak memory (VmHWM) of a process that only imports the set.

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use rayon::prelude::*;
use zhanban_photos::{import_paths, process, ImportEvent, ImportOptions, ProcessOptions};

const SOURCES: [&str; 2] = ["/usr/share/backgrounds", "/usr/share/wallpapers"];

fn main() {
    // `cargo bench` passes --bench; the child import process is marked by an environment variable.
    if let Ok(dir) = std::env::var("ZHANBAN_BENCH_IMPORT_ONLY") {
        import_only(Path::new(&dir));
        return;
    }
    let dir = PathBuf::from(std::env::var("ZHANBAN_BENCH_DIR").unwrap_or_else(|_| "/tmp/zhanban-photo-bench".into()));
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let set = prepare(&dir.join("set"));
    let files: Vec<PathBuf> = set.iter().map(|e| e.path.clone()).collect();
    let mp: f64 = set.iter().map(|e| e.megapixels).sum();
    let progressive = set.iter().filter(|e| e.progressive).count();
    println!(
        "set: {} photos, {:.0} MP in all, {} ≥ 8 MP, {} progressive, {} cores (provenance: {})",
        files.len(),
        mp,
        set.iter().filter(|e| e.megapixels >= 8.0).count(),
        progressive,
        cores,
        dir.join("set/PROVENANCE.tsv").display()
    );

    // Warm the page cache so that every contender reads from memory.
    for f in &files {
        let _ = fs::read(f);
    }

    let vips = vips_time(&files, &dir.join("vips-out"), cores);
    let ours = thumbs_time(&files, cores, true);
    let no_faces = thumbs_time(&files, cores, false);
    let (import, rss_mb) = import_time(&dir);

    println!();
    match vips {
        Some(v) => {
            println!(
                "vipsthumbnail -s 512, {cores} processes × VIPS_CONCURRENCY=1: {:.2} s ({:.1} ms/photo/core)",
                v,
                v * 1e3 * cores as f64 / files.len() as f64
            );
            println!(
                "zhanban thumbnails (512 + 160), {cores} threads:          {:.2} s = {:.2}× vips (goal ≤ 1.0)",
                ours,
                ours / v
            );
            println!(
                "  of which face detection:                  {:.2} s (thumbnails + fingerprints without it: {:.2}× vips)",
                ours - no_faces,
                no_faces / v
            );
            println!(
                "zhanban whole import into SQLite, {cores} workers:         {:.2} s = {:.2}× vips (goal ≤ 1.2)",
                import,
                import / v
            );
        }
        None => {
            println!("vipsthumbnail not found (apt-get install libvips-tools): no reference time");
            println!("zhanban thumbnails: {:.2} s; whole import: {:.2} s", ours, import);
        }
    }
    println!("peak memory (VmHWM) of the import process: {rss_mb:.0} MB (goal ≤ 300)");

    // Where the time goes: one core, per kind of file.
    println!();
    println!("one core, per photo (ours vs vipsthumbnail):");
    let mut groups: BTreeMap<&str, Vec<PathBuf>> = BTreeMap::new();
    for e in &set {
        groups.entry(e.kind).or_default().push(e.path.clone());
    }
    for (kind, list) in &groups {
        let t0 = Instant::now();
        for f in list {
            let bytes = fs::read(f).unwrap();
            process(&bytes, "x", &ProcessOptions::default()).unwrap();
        }
        let ours1 = t0.elapsed().as_secs_f64() / list.len() as f64;
        let vips1 = vips_time(list, &dir.join("vips-out"), 1).map(|t| t / list.len() as f64);
        println!(
            "  {kind:<28} {:>3} files  ours {:>6.1} ms  vips {}",
            list.len(),
            ours1 * 1e3,
            vips1
                .map(|v| format!("{:>6.1} ms  ({:.2}×)", v * 1e3, ours1 / v))
                .unwrap_or("-".into())
        );
    }
}

struct Entry {
    path: PathBuf,
    kind: &'static str,
    megapixels: f64,
    progressive: bool,
}

/// Builds the set (idempotent): real JPEGs of 4–24 MP from the wallpaper packages, EXIF-rotated copies (lossless
/// jpegtran rotation + Orientation tag so they display like the source) and 12 MP upscaled copies (phone stand-ins).
fn prepare(dir: &Path) -> Vec<Entry> {
    fs::create_dir_all(dir).unwrap();
    let mut sources = Vec::new();
    for root in SOURCES {
        collect(Path::new(root), &mut sources);
    }
    sources.sort();
    let mut entries = Vec::new();
    let mut prov = String::from("file\tkind\twidth\theight\tprogressive\tprovenance\n");
    let mut seen_hashes = std::collections::HashSet::new();
    for src in &sources {
        let Ok(bytes) = fs::read(src) else { continue };
        let Ok(info) = zhanban_photos::probe(&bytes, "x", u64::MAX) else {
            continue;
        };
        let mp = info.width as f64 * info.height as f64 / 1e6;
        if !(4.0..=24.0).contains(&mp) || !seen_hashes.insert(zhanban_photos::content_hash(&bytes)) {
            continue;
        }
        let name = src
            .strip_prefix("/usr/share")
            .unwrap()
            .to_string_lossy()
            .replace('/', "_");
        let dst = dir.join(&name);
        if !dst.exists() {
            fs::write(&dst, &bytes).unwrap();
        }
        let kind = if info.progressive {
            "original progressive"
        } else {
            "original baseline"
        };
        prov.push_str(&format!(
            "{name}\t{kind}\t{}\t{}\t{}\t{}\n",
            info.width,
            info.height,
            info.progressive,
            src.display()
        ));
        entries.push(Entry {
            path: dst,
            kind,
            megapixels: mp,
            progressive: info.progressive,
        });
    }
    let originals: Vec<(PathBuf, f64, bool)> = entries
        .iter()
        .map(|e| (e.path.clone(), e.megapixels, e.progressive))
        .collect();

    // EXIF-rotated copies of every fifth original: pixels turned losslessly, tag set so they display as before.
    let have_jpegtran = Command::new("jpegtran").arg("-version").output().is_ok();
    for (i, (src, mp, prog)) in originals.iter().enumerate().filter(|(i, _)| i % 5 == 0) {
        let (rot, tag) = [("90", 8u16), ("180", 3), ("270", 6)][i % 3];
        let name = format!("rotated{rot}_tag{tag}_{}", src.file_name().unwrap().to_string_lossy());
        let dst = dir.join(&name);
        if !dst.exists() {
            if !have_jpegtran {
                continue;
            }
            let out = Command::new("jpegtran")
                .args(["-rotate", rot, "-trim", "-copy", "all"])
                .arg(src)
                .output()
                .unwrap();
            if !out.status.success() {
                continue;
            }
            fs::write(&dst, common::with_orientation(&out.stdout, tag)).unwrap();
        }
        prov.push_str(&format!("{name}\tEXIF-rotated copy\t\t\t{prog}\tjpegtran -rotate {rot} -trim -copy all of {}, then Orientation={tag}\n", src.display()));
        entries.push(Entry {
            path: dst,
            kind: "EXIF-rotated copy",
            megapixels: *mp,
            progressive: *prog,
        });
    }

    // 12 MP phone stand-ins: smaller originals upscaled to 4000×3000-ish, baseline q92 with an Orientation=1 tag.
    for (src, mp, _) in originals.iter().filter(|(_, mp, _)| *mp < 8.0).take(8) {
        let name = format!("phone12mp_{}", src.file_name().unwrap().to_string_lossy());
        let dst = dir.join(&name);
        if !dst.exists() {
            let (rgb, w, h) = common::decode_rgb(&fs::read(src).unwrap());
            let s = (12e6 / (w as f64 * h as f64)).sqrt();
            let (nw, nh) = ((w as f64 * s) as u32, (h as f64 * s) as u32);
            let up = common::resize_rgb(rgb, w, h, nw, nh);
            let jpeg = common::encode_rgb(&up, nw, nh, 92, false);
            fs::write(&dst, common::with_orientation(&jpeg, 1)).unwrap();
        }
        let _ = mp;
        prov.push_str(&format!(
            "{name}\t12 MP phone stand-in\t\t\tfalse\tLanczos3 upscale of {} to 12 MP, JPEG q92 baseline\n",
            src.display()
        ));
        entries.push(Entry {
            path: dst,
            kind: "12 MP phone stand-in",
            megapixels: 12.0,
            progressive: false,
        });
    }
    fs::write(dir.join("PROVENANCE.tsv"), prov).unwrap();
    entries
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("jpg") || e.eq_ignore_ascii_case("jpeg"))
        {
            out.push(p);
        }
    }
}

/// Wall time of `vipsthumbnail -s 512` over `files`, split round-robin over `procs` processes of one thread each.
fn vips_time(files: &[PathBuf], out: &Path, procs: usize) -> Option<f64> {
    Command::new("vipsthumbnail").arg("--version").output().ok()?;
    fs::create_dir_all(out).ok()?;
    let t0 = Instant::now();
    let children: Vec<_> = (0..procs)
        .map(|p| {
            let mut cmd = Command::new("vipsthumbnail");
            cmd.stderr(std::process::Stdio::null())
                .env("VIPS_CONCURRENCY", "1")
                .args(["-s", "512", "-o"])
                .arg(format!("{}/%s.jpg[Q=82]", out.display()));
            for f in files.iter().skip(p).step_by(procs) {
                cmd.arg(f);
            }
            cmd.spawn().ok()
        })
        .collect();
    for c in children {
        let status = c?.wait().ok()?;
        if !status.success() {
            return None;
        }
    }
    Some(t0.elapsed().as_secs_f64())
}

/// Wall time of reading and thumbnailing every file, in parallel over `cores` threads.
fn thumbs_time(files: &[PathBuf], cores: usize, faces: bool) -> f64 {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(cores).build().unwrap();
    let opts = ProcessOptions {
        faces,
        ..Default::default()
    };
    let t0 = Instant::now();
    pool.install(|| {
        files.par_iter().with_max_len(1).for_each(|f| {
            let bytes = fs::read(f).unwrap();
            process(&bytes, "x", &opts).unwrap();
        })
    });
    t0.elapsed().as_secs_f64()
}

/// Runs the import in a child process (so its peak memory is the import's alone); returns (seconds, VmHWM MB).
fn import_time(dir: &Path) -> (f64, f64) {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(exe)
        .env("ZHANBAN_BENCH_IMPORT_ONLY", dir)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        panic!("import child failed: {text}{}", String::from_utf8_lossy(&out.stderr));
    }
    let field = |key: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(f64::NAN)
    };
    (field("import_seconds="), field("vmhwm_mb="))
}

/// The child: imports the set into a fresh SQLite file shaped like a project's photos table.
fn import_only(dir: &Path) {
    let db_path = dir.join("bench-project.sqlite");
    for ext in ["", "-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{ext}", db_path.display()));
    }
    let mut db = rusqlite::Connection::open(&db_path).unwrap();
    db.pragma_update(None, "journal_mode", "WAL").unwrap();
    db.pragma_update(None, "synchronous", "NORMAL").unwrap();
    db.execute_batch(
        "CREATE TABLE photos (hash TEXT PRIMARY KEY, file_name TEXT NOT NULL, bytes BLOB NOT NULL,
           thumb BLOB NOT NULL, thumb_small BLOB NOT NULL, meta TEXT NOT NULL)",
    )
    .unwrap();
    let cancel = AtomicBool::new(false);
    let t0 = Instant::now();
    let summary = import_paths(
        &[dir.join("set")],
        &ImportOptions::default(),
        &cancel,
        &|_| false,
        |ev| {
            if let ImportEvent::Processed(p) = ev {
                let tx = db.transaction()?;
                tx.execute(
                "INSERT INTO photos (hash, file_name, bytes, thumb, thumb_small, meta) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![
                    p.hash,
                    p.file_name,
                    p.bytes,
                    p.thumb.jpeg,
                    p.thumb_small.jpeg,
                    serde_json::to_string(&p.info).unwrap()
                ],
            )?;
                tx.commit()?;
            }
            Ok::<(), rusqlite::Error>(())
        },
    )
    .unwrap();
    let secs = t0.elapsed().as_secs_f64();
    assert_eq!(summary.failed, 0, "{summary:?}");
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm_kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(f64::NAN);
    let mut o = std::io::stdout();
    writeln!(o, "import_seconds={secs}").unwrap();
    writeln!(o, "vmhwm_mb={}", hwm_kb / 1024.0).unwrap();
    writeln!(o, "imported={} duplicates={}", summary.processed, summary.duplicates).unwrap();
}
