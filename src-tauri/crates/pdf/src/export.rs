//! The export folder: one PDF per board (`01-前言.pdf` …), in `审阅/` the combined review PDF (photos downsampled,
//! written board by board) and a proof JPEG per board (`01-前言.jpg`, drawn from the frame by zhanban-raster), and
//! the print list `打印清单.csv` and `打印清单.pdf`; with per-board progress and a cancel flag. Boards are worked on
//! by a bounded pool (at most [`MAX_WORKERS`] at once, in parallel unless asked not to), so memory stays flat with
//! the number of boards. Owns the folder's layout and order; must not draw pages itself.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use zhanban_frames::BoardFrame;

use crate::board::{build_board, stage_board, BoardReport, ExportOptions};
use crate::error::{PdfError, Result};
use crate::fonts::FontCache;
use crate::images::PhotoBytes;
use crate::merge::StreamingPdf;
use crate::names::{board_file_name, sanitize};

/// Name of the review subfolder.
pub const REVIEW_DIR: &str = "审阅";
/// Name of the subfolder of full-size board images (`--images`).
pub const IMAGES_DIR: &str = "图像";
/// Name of the print list.
pub const PRINT_LIST: &str = "打印清单.csv";

/// What the print shop is asked to make of a board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrintInfo {
    pub quantity: u32,
    /// e.g. KT板, 写真布, PVC板.
    pub material: String,
}

impl Default for PrintInfo {
    fn default() -> Self {
        PrintInfo {
            quantity: 1,
            material: "KT板".to_string(),
        }
    }
}

/// How the folder is exported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FolderOptions {
    pub board: ExportOptions,
    /// Write `审阅/<title>-审阅.pdf` with photos downsampled, and a proof JPEG per board beside it.
    pub review: bool,
    /// Long edge of the proof images in pixels.
    #[serde(default = "default_proof_px")]
    pub proof_long_edge_px: u32,
    /// Target resolution of the review copy's photos (ppi at printed size).
    pub review_ppi: f64,
    /// Base name of the review PDF (the exhibition's title).
    pub title: String,
    /// Export boards in parallel on a bounded pool (memory: one board's photos per worker, at most
    /// [`MAX_WORKERS`]); off, one board at a time.
    pub parallel: bool,
    /// Print-list entries by board id; boards not listed get `default_print`.
    pub print: HashMap<String, PrintInfo>,
    pub default_print: PrintInfo,
    /// Also write a full-size JPEG of each board (trim + bleed) at this resolution into `图像/` (`--images`, 150 ppi).
    #[serde(default)]
    pub images_ppi: Option<f64>,
}

fn default_proof_px() -> u32 {
    2000
}

impl Default for FolderOptions {
    fn default() -> Self {
        FolderOptions {
            board: ExportOptions::default(),
            review: true,
            proof_long_edge_px: default_proof_px(),
            review_ppi: 100.0,
            title: "展板".to_string(),
            parallel: true,
            print: HashMap::new(),
            default_print: PrintInfo::default(),
            images_ppi: None,
        }
    }
}

/// Which part of the export a progress report is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Board,
    Review,
    Image,
}

/// One step done: `done` of `total` in `stage`, the last one being `board`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Progress {
    pub stage: Stage,
    pub done: usize,
    pub total: usize,
    pub board: String,
}

/// What was written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct FolderReport {
    pub boards: Vec<BoardReport>,
    pub review: Option<PathBuf>,
    /// The proof images in `审阅/`, in board order (empty without review).
    pub proofs: Vec<PathBuf>,
    pub print_list: PathBuf,
    /// The print list as a PDF (`打印清单.pdf`), beside the CSV.
    #[serde(default)]
    pub print_list_pdf: Option<PathBuf>,
    /// The full-size board images in `图像/`, in board order (empty without `--images`).
    #[serde(default)]
    pub images: Vec<PathBuf>,
}

/// Boards worked on at once, at most: each holds its photos (and, in the review part, its page and proof) while it
/// is built, so this bounds the export's memory whatever the number of boards.
pub const MAX_WORKERS: usize = 4;

/// The export's own pool: one thread per core, at most [`MAX_WORKERS`], one when not parallel.
struct Pool {
    pool: Option<rayon::ThreadPool>,
    size: usize,
}

impl Pool {
    fn new(parallel: bool) -> Self {
        let size = if parallel {
            std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .clamp(1, MAX_WORKERS)
        } else {
            1
        };
        // Without a pool of its own (threads could not be started), rayon's global pool does the work.
        let pool = rayon::ThreadPoolBuilder::new().num_threads(size).build().ok();
        Pool { pool, size }
    }

    fn run<T: Send>(&self, f: impl FnOnce() -> T + Send) -> T {
        match &self.pool {
            Some(p) => p.install(f),
            None => f(),
        }
    }
}

fn check(cancel: &AtomicBool) -> Result<()> {
    if cancel.load(Ordering::Relaxed) {
        Err(PdfError::Cancelled)
    } else {
        Ok(())
    }
}

/// One CSV cell, safe for Excel and WPS (OWASP CSV injection): a cell that would start a formula (`=`, `+`, `-`, `@`,
/// also their full-width forms, which WPS and Excel's IME input accept, and tab or carriage return, also after
/// leading spaces) is prefixed with `'` so it shows as text, and such cells and any with a comma, quote or line
/// break are quoted, quotes doubled.
fn csv_field(s: &str) -> String {
    const FORMULA: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    let first = s.chars().find(|c| *c != ' ' && *c != '\u{3000}');
    let formula = s.starts_with(['\t', '\r']) || first.is_some_and(|c| FORMULA.contains(&c));
    let s = if formula { format!("'{s}") } else { s.to_string() };
    if formula || s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn mm(v: f64) -> String {
    let s = format!("{v:.1}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The print list's rows: number, board, width, height, bleed (mm), quantity, material, file.
pub(crate) fn print_rows(frames: &[BoardFrame], opts: &FolderOptions) -> Vec<[String; 8]> {
    frames
        .iter()
        .map(|f| {
            let p = opts.print.get(&f.id).unwrap_or(&opts.default_print);
            let bleed = opts.board.bleed.unwrap_or(f.bleed);
            [
                f.number.to_string(),
                f.name.clone(),
                mm(f.width),
                mm(f.height),
                mm(bleed),
                p.quantity.to_string(),
                p.material.clone(),
                board_file_name(f.number, &f.name),
            ]
        })
        .collect()
}

/// The print list as CSV text (UTF-8 with BOM so that Excel on Windows reads the Chinese).
pub fn print_list_csv(frames: &[BoardFrame], opts: &FolderOptions) -> String {
    let mut s = String::from("\u{feff}序号,展板,成品宽(mm),成品高(mm),出血(mm),数量,材质,文件\r\n");
    for row in print_rows(frames, opts) {
        s.push_str(&row.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","));
        s.push_str("\r\n");
    }
    s
}

/// Writes the print list as a PDF (A4 landscape, fonts embedded); None when no board has a font.
fn write_print_list_pdf(
    frames: &[BoardFrame],
    photos: &dyn PhotoBytes,
    opts: &FolderOptions,
    fonts: &FontCache,
    out_dir: &Path,
) -> Result<Option<PathBuf>> {
    let pages = crate::print_list::pages(frames, opts, fonts)?;
    if pages.is_empty() {
        return Ok(None);
    }
    let path = out_dir.join(crate::print_list::PRINT_LIST_PDF);
    let page_opts = ExportOptions {
        bleed: Some(0.0),
        crop_marks: false,
        target_ppi: None,
        date: opts.board.date.clone(),
        colour: opts.board.colour,
    };
    let mut w = StreamingPdf::create(&path)?;
    for page in &pages {
        match build_board(page, photos, &page_opts, fonts, None) {
            Ok((doc, _)) => w.add(doc)?,
            Err(e) => {
                w.abandon();
                return Err(e);
            }
        }
    }
    w.finish(&path)?;
    Ok(Some(path))
}

/// The temporary name a file is written under before it is renamed into place: hidden, in the same folder, and
/// recognised by [`clean_leftovers`] (`.<name>.<process id>.part`).
pub(crate) fn part_name(file_name: &str) -> String {
    format!(".{file_name}.{}.part", std::process::id())
}

/// Writes `bytes` to `path` through a temporary name in the same folder, flushed to the disk (so a power cut
/// cannot leave a renamed but empty file) and renamed into place when complete.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tmp = path.with_file_name(part_name(&name));
    let written = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(PdfError::io(path, e));
    }
    Ok(())
}

/// Removes the temporary files an interrupted export left (`.<name>.part`, `.<name>.<pid>.part`) in `dir` and its
/// review and image subfolders, and returns how many. Export calls it before writing; the app calls it at start
/// for the export folders it remembers. Never touches any other file; a missing folder is not an error.
pub fn clean_leftovers(dir: &Path) -> Result<usize> {
    let mut removed = 0;
    for d in [dir.to_path_buf(), dir.join(REVIEW_DIR), dir.join(IMAGES_DIR)] {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(PdfError::io(&d, e)),
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            if is_file && name.starts_with('.') && name.ends_with(".part") && name.len() > ".part".len() + 1 {
                std::fs::remove_file(entry.path()).map_err(|e| PdfError::io(entry.path(), e))?;
                removed += 1;
            }
        }
    }
    Ok(removed)
}

/// The folders of `dir` and above that do not exist yet, deepest first: what an export that fails must take away
/// again (nothing may be left of it, not even its folder).
fn missing_folders(dir: &Path) -> Vec<PathBuf> {
    dir.ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .map(Path::to_path_buf)
        .collect()
}

/// Builds every board (on the caller's pool) and writes each under its temporary name; renames them all into place only when
/// every board is written. A missing or damaged photo (the project verifies each original against its hash when it
/// is first read) or a cancel stops the export with no board written, the temporary files removed — so each photo
/// is read once, when its board is built, not first by a check of its own (issue 20).
fn write_boards(
    frames: &[BoardFrame],
    photos: &dyn PhotoBytes,
    opts: &FolderOptions,
    fonts: &FontCache,
    out_dir: &Path,
    progress: &(dyn Fn(&Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Vec<BoardReport>> {
    let total = frames.len();
    let done = AtomicUsize::new(0);
    // Set at the first failure, so that the boards not started yet are not built for nothing.
    let failed = AtomicBool::new(false);
    let one = |f: &BoardFrame| -> Option<Result<(BoardReport, PathBuf)>> {
        if failed.load(Ordering::Relaxed) {
            return None;
        }
        let path = out_dir.join(board_file_name(f.number, &f.name));
        let staged = check(cancel).and_then(|()| stage_board(f, photos, &opts.board, fonts, &path, Some(cancel)));
        match &staged {
            Ok(_) => progress(&Progress {
                stage: Stage::Board,
                done: done.fetch_add(1, Ordering::Relaxed) + 1,
                total,
                board: f.name.clone(),
            }),
            Err(_) => failed.store(true, Ordering::Relaxed),
        }
        Some(staged)
    };
    let staged: Vec<_> = frames.par_iter().map(one).collect();
    let mut boards = Vec::with_capacity(total);
    let mut parts = Vec::with_capacity(total);
    let mut first_error = None;
    for s in staged.into_iter().flatten() {
        match s {
            Ok((report, tmp)) => {
                parts.push(tmp);
                boards.push(report);
            }
            // A real failure before a cancel the failure itself caused nothing: the first in board order.
            Err(e) => {
                if first_error.is_none() || matches!(first_error, Some(PdfError::Cancelled)) {
                    first_error = Some(e);
                }
            }
        }
    }
    if let Some(e) = first_error {
        for tmp in &parts {
            let _ = std::fs::remove_file(tmp);
        }
        return Err(e);
    }
    for (i, (report, tmp)) in boards.iter().zip(&parts).enumerate() {
        if let Err(e) = std::fs::rename(tmp, &report.path) {
            for tmp in &parts[i..] {
                let _ = std::fs::remove_file(tmp);
            }
            return Err(PdfError::io(&report.path, e));
        }
    }
    Ok(boards)
}

/// Exports every board into `out_dir` (created if needed), then the review PDF and the print list.
pub fn export_folder(
    frames: &[BoardFrame],
    photos: &dyn PhotoBytes,
    opts: &FolderOptions,
    out_dir: &Path,
    progress: &(dyn Fn(&Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<FolderReport> {
    let pool = Pool::new(opts.parallel);
    let fonts = FontCache::new();
    fonts.plan(frames, &opts.board)?;
    let made = missing_folders(out_dir);
    std::fs::create_dir_all(out_dir).map_err(|e| PdfError::io(out_dir, e))?;
    let boards = clean_leftovers(out_dir)
        .and_then(|_| pool.run(|| fonts.build_planned()))
        .and_then(|()| pool.run(|| write_boards(frames, photos, opts, &fonts, out_dir, progress, cancel)));
    let boards = match boards {
        Ok(b) => b,
        Err(e) => {
            // Folders made for this export go again when they are empty (nothing else was in them).
            for d in &made {
                let _ = std::fs::remove_dir(d);
            }
            return Err(e);
        }
    };
    let total = frames.len();

    // Full-size images, one board at a time (each canvas is large).
    let mut images = Vec::new();
    if let Some(ppi) = opts.images_ppi {
        let dir = out_dir.join(IMAGES_DIR);
        std::fs::create_dir_all(&dir).map_err(|e| PdfError::io(&dir, e))?;
        for (i, f) in frames.iter().enumerate() {
            check(cancel)?;
            let mut board_fonts = zhanban_raster::FontCache::default();
            for face in &f.fonts {
                board_fonts.insert(&face.path, fonts.bytes(&face.path)?);
            }
            let jpg = zhanban_raster::print_jpeg_with(f, photos, ppi, &board_fonts)?;
            let path = dir.join(Path::new(&board_file_name(f.number, &f.name)).with_extension("jpg"));
            write_atomically(&path, &jpg)?;
            images.push(path);
            progress(&Progress {
                stage: Stage::Image,
                done: i + 1,
                total,
                board: f.name.clone(),
            });
        }
    }

    let mut proofs = Vec::new();
    let review = if opts.review && !frames.is_empty() {
        let dir = out_dir.join(REVIEW_DIR);
        std::fs::create_dir_all(&dir).map_err(|e| PdfError::io(&dir, e))?;
        let path = dir.join(format!("{}-审阅.pdf", sanitize(&opts.title)));
        let review_opts = ExportOptions {
            target_ppi: Some(opts.review_ppi),
            crop_marks: false,
            ..opts.board.clone()
        };
        let mut w = StreamingPdf::create(&path)?;
        // A review page and a proof per board: as many boards as the pool has threads are built at once, then their
        // pages are appended in board order, so no more than that many pages and proofs are held at any time.
        let review_one = |f: &BoardFrame| -> Result<(lopdf::Document, Vec<u8>)> {
            check(cancel)?;
            // The page hands the proof each photo it reads: one read and one decode of a photo for both.
            let px_per_mm = zhanban_raster::proof_px_per_mm(f, opts.proof_long_edge_px)?;
            let proof_photos = zhanban_raster::DecodedPhotos::new(photos, px_per_mm);
            let (doc, _) = build_board(f, photos, &review_opts, &fonts, Some(&proof_photos))?;
            check(cancel)?;
            // The font files the PDF writer has open already (one mapping per file for the process).
            let mut proof_fonts = zhanban_raster::FontCache::default();
            for face in &f.fonts {
                proof_fonts.insert(&face.path, fonts.bytes(&face.path)?);
            }
            let jpg = zhanban_raster::proof_jpeg_from(f, &proof_photos, &proof_fonts)?;
            Ok((doc, jpg))
        };
        let written = (|| -> Result<()> {
            let mut done = 0;
            for chunk in frames.chunks(pool.size) {
                let built: Vec<_> = pool.run(|| chunk.par_iter().map(review_one).collect::<Vec<_>>());
                for (f, b) in chunk.iter().zip(built) {
                    let (doc, jpg) = b?;
                    w.add(doc)?;
                    let name = Path::new(&board_file_name(f.number, &f.name)).with_extension("jpg");
                    let proof = dir.join(name);
                    write_atomically(&proof, &jpg)?;
                    proofs.push(proof);
                    done += 1;
                    progress(&Progress {
                        stage: Stage::Review,
                        done,
                        total,
                        board: f.name.clone(),
                    });
                }
            }
            check(cancel)
        })();
        match written {
            Ok(()) => {
                w.finish(&path)?;
                Some(path)
            }
            Err(e) => {
                w.abandon();
                return Err(e);
            }
        }
    } else {
        None
    };

    let print_list = out_dir.join(PRINT_LIST);
    write_atomically(&print_list, print_list_csv(frames, opts).as_bytes())?;
    let print_list_pdf = write_print_list_pdf(frames, photos, opts, &fonts, out_dir)?;
    Ok(FolderReport {
        boards,
        review,
        proofs,
        print_list,
        print_list_pdf,
        images,
    })
}
