//! The streaming import pipeline: walks dropped files and folders, reads, hashes and processes them on worker
//! threads, and hands each outcome to the caller's sink on the caller's thread, in the walked order (so the same
//! drop gives the same project, whichever worker finishes first).
//!
//! Memory is bounded: a worker starts a file only when it is fewer than `threads + queue` places after the last one
//! delivered, so at most that many originals are held, whatever the number of files. Owns walking, scheduling,
//! cancellation and in-batch de-duplication; it must not store anything (the caller does, one transaction per photo) and knows nothing of the project file.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};
use std::time::Duration;

use crate::analysis::Analysis;
use crate::error::{ErrorKind, PhotoError};
use crate::hash::content_hash;
use crate::probe::PhotoInfo;
use crate::sniff::sniff;
use crate::thumbnail::Thumbnail;
use crate::{process, ProcessOptions};

/// Options of an import run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    pub process: ProcessOptions,
    /// Refuse files larger than this many bytes (read nothing of them).
    pub max_file_bytes: u64,
    /// Worker threads; 0 = one per core.
    pub threads: usize,
    /// Finished results allowed to wait for the sink; 0 = as many as workers.
    pub queue: usize,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            process: ProcessOptions::default(),
            max_file_bytes: 512 << 20,
            threads: 0,
            queue: 0,
        }
    }
}

/// One photo ready to be stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Processed {
    /// Position of the file in the walked list (0-based), for callers that want the original order.
    pub index: usize,
    /// The source file's base name, e.g. `IMG_0001.jpg`.
    pub file_name: String,
    pub path: PathBuf,
    /// The original file, byte for byte.
    pub bytes: Vec<u8>,
    /// BLAKE3 of `bytes`, 64 hex digits.
    pub hash: String,
    pub info: PhotoInfo,
    /// Upright, long edge ~512 px.
    pub thumb: Thumbnail,
    /// Upright, long edge ~160 px.
    pub thumb_small: Thumbnail,
    /// Fingerprint, faces, subject centre and sharpness, from the main thumbnail.
    pub analysis: Analysis,
}

/// What the pipeline tells the sink, on the caller's thread.
#[derive(Debug)]
pub enum ImportEvent {
    /// The walk is done: `total` files will be tried, `skipped` (hidden, system or non-image files found in folders)
    /// were passed over quietly.
    Started { total: usize, skipped: usize },
    /// A file is finished (its outcome follows immediately): `done` of `total`.
    Progress {
        done: usize,
        total: usize,
        current: PathBuf,
    },
    /// A new photo: store it.
    Processed(Box<Processed>),
    /// The same bytes are already in the project (`known` said so) or earlier in this batch: nothing to store.
    Duplicate {
        index: usize,
        file_name: String,
        path: PathBuf,
        hash: String,
    },
    /// The file could not be imported; `error` names it and says what to do.
    Failed {
        index: usize,
        path: PathBuf,
        error: PhotoError,
    },
}

/// Counts at the end of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportSummary {
    pub total: usize,
    pub processed: usize,
    pub duplicates: usize,
    pub failed: usize,
    pub skipped: usize,
    /// The run stopped early because `cancel` was set; files not reported were not touched.
    pub cancelled: bool,
}

/// File name extensions taken from folders without looking inside (other files are sniffed).
const IMAGE_EXTENSIONS: [&str; 13] = [
    "jpg", "jpeg", "jpe", "jfif", "png", "webp", "tif", "tiff", "bmp", "gif", "heic", "heif", "hif",
];

/// Expands dropped paths into the files to import (folders recursively, sorted by name) and the number skipped.
/// Paths named explicitly are always tried, whatever their extension, so a wrong file gets a clear message.
pub fn walk(paths: &[PathBuf]) -> (Vec<PathBuf>, usize) {
    let mut files = Vec::new();
    let mut skipped = 0;
    for p in paths {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => walk_dir(p, &mut files, &mut skipped),
            _ => files.push(p.clone()),
        }
    }
    (files, skipped)
}

fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>, skipped: &mut usize) {
    let Ok(rd) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let Ok(meta) = fs::symlink_metadata(&path) else {
            *skipped += 1;
            continue;
        };
        if is_hidden(&path, &meta) {
            *skipped += 1;
        } else if meta.is_dir() {
            walk_dir(&path, files, skipped);
        } else if meta.is_file() && looks_like_image(&path) {
            files.push(path);
        } else {
            *skipped += 1;
        }
    }
}

fn is_hidden(path: &Path, meta: &fs::Metadata) -> bool {
    let dot = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'));
    #[cfg(windows)]
    {
        use std::os::windows::fs::MetadataExt;
        const HIDDEN: u32 = 0x2;
        const SYSTEM: u32 = 0x4;
        if meta.file_attributes() & (HIDDEN | SYSTEM) != 0 {
            return true;
        }
    }
    #[cfg(not(windows))]
    let _ = meta;
    dot
}

fn looks_like_image(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase());
    if ext.as_deref().is_some_and(|e| IMAGE_EXTENSIONS.contains(&e)) {
        return true;
    }
    // Unknown extension: look at the first bytes (cameras and chat apps sometimes drop extensions).
    let mut head = [0u8; 32];
    let n = fs::File::open(path).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
    sniff(&head[..n]).is_some()
}

/// The name a user knows a file by.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

/// Reads a whole file, refusing empty, oversized and unreadable ones with their own messages.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, PhotoError> {
    let name = display_name(path);
    let mut f = fs::File::open(path).map_err(|e| PhotoError::from_io(&name, &e))?;
    let meta = f.metadata().map_err(|e| PhotoError::from_io(&name, &e))?;
    if meta.is_dir() {
        return Err(PhotoError::from_io(
            &name,
            &std::io::Error::from(std::io::ErrorKind::IsADirectory),
        ));
    }
    if meta.len() > max_bytes {
        return Err(PhotoError::new(
            name,
            ErrorKind::FileTooLarge {
                bytes: meta.len(),
                limit: max_bytes,
            },
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    f.read_to_end(&mut bytes).map_err(|e| PhotoError::from_io(&name, &e))?;
    if bytes.is_empty() {
        return Err(PhotoError::new(name, ErrorKind::Empty));
    }
    Ok(bytes)
}

enum Outcome {
    Processed(Box<Processed>),
    Duplicate {
        index: usize,
        file_name: String,
        path: PathBuf,
        hash: String,
    },
    Failed {
        index: usize,
        path: PathBuf,
        error: PhotoError,
    },
}

/// Imports `paths` (files and folders). Each finished file is reported to `sink` on this thread, in the walked order,
/// preceded by a `Progress` event. `known(hash)` tells whether the project already holds those bytes: such files
/// are reported as `Duplicate` without making thumbnails. Setting `cancel` stops the run after the files in hand
/// (at most one per worker); a sink error stops it likewise and is returned.
pub fn import_paths<E>(
    paths: &[PathBuf],
    opts: &ImportOptions,
    cancel: &AtomicBool,
    known: &(dyn Fn(&str) -> bool + Sync),
    mut sink: impl FnMut(ImportEvent) -> Result<(), E>,
) -> Result<ImportSummary, E> {
    let (files, skipped) = walk(paths);
    let total = files.len();
    let mut summary = ImportSummary {
        total,
        skipped,
        ..Default::default()
    };
    sink(ImportEvent::Started { total, skipped })?;
    if total == 0 {
        return Ok(summary);
    }
    let threads = if opts.threads == 0 {
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
    } else {
        opts.threads
    }
    .min(total);
    let queue = if opts.queue == 0 { threads } else { opts.queue };
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let window = Window {
        delivered: Mutex::new(0),
        moved: Condvar::new(),
        size: threads + queue,
    };
    let seen = Seen::default();
    let (tx, rx) = mpsc::sync_channel::<Outcome>(queue);

    let result = std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (files, next, stop, seen, window) = (&files, &next, &stop, &seen, &window);
            scope.spawn(move || loop {
                if stop.load(Ordering::Relaxed) || cancel.load(Ordering::Relaxed) {
                    break;
                }
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(index) else {
                    break;
                };
                if !window.admit(index, || stop.load(Ordering::Relaxed) || cancel.load(Ordering::Relaxed)) {
                    break;
                }
                let outcome = import_one(index, path, opts, known, seen);
                if tx.send(outcome).is_err() {
                    break;
                }
            });
        }
        drop(tx);

        let mut result = Ok(());
        // Outcomes that arrived before the ones in front of them wait here for their turn.
        let (mut waiting, mut turn) = (BTreeMap::new(), 0);
        let in_order = rx.iter().flat_map(|outcome| {
            waiting.insert(outcome.index(), outcome);
            std::iter::from_fn(|| {
                let next = waiting.remove(&turn)?;
                turn += 1;
                Some(next)
            })
            .collect::<Vec<_>>()
        });
        for (i, outcome) in in_order.enumerate() {
            window.deliver(i + 1);
            if cancel.load(Ordering::Relaxed) {
                summary.cancelled = true;
                break;
            }
            let done = i + 1;
            let current = match &outcome {
                Outcome::Processed(p) => p.path.clone(),
                Outcome::Duplicate { path, .. } | Outcome::Failed { path, .. } => path.clone(),
            };
            let event = match outcome {
                Outcome::Processed(p) => {
                    summary.processed += 1;
                    ImportEvent::Processed(p)
                }
                Outcome::Duplicate {
                    index,
                    file_name,
                    path,
                    hash,
                } => {
                    summary.duplicates += 1;
                    ImportEvent::Duplicate {
                        index,
                        file_name,
                        path,
                        hash,
                    }
                }
                Outcome::Failed { index, path, error } => {
                    summary.failed += 1;
                    ImportEvent::Failed { index, path, error }
                }
            };
            result = sink(ImportEvent::Progress { done, total, current }).and_then(|()| sink(event));
            if result.is_err() {
                break;
            }
        }
        // Let the workers finish the file in hand and go; results not yet delivered are dropped unseen.
        stop.store(true, Ordering::Relaxed);
        window.moved.notify_all();
        drop(rx);
        result
    });
    if cancel.load(Ordering::Relaxed) && summary.processed + summary.duplicates + summary.failed < total {
        summary.cancelled = true;
    }
    result.map(|()| summary)
}

/// How far the sink has got: workers wait before starting a file too far ahead of it.
struct Window {
    delivered: Mutex<usize>,
    moved: Condvar,
    size: usize,
}

impl Window {
    fn deliver(&self, count: usize) {
        *self.delivered.lock().unwrap_or_else(|e| e.into_inner()) = count;
        self.moved.notify_all();
    }

    /// Waits until `index` is inside the window; false when `stopped` says to give up first.
    fn admit(&self, index: usize, stopped: impl Fn() -> bool) -> bool {
        let mut delivered = self.delivered.lock().unwrap_or_else(|e| e.into_inner());
        while index >= *delivered + self.size {
            if stopped() {
                return false;
            }
            // Cancellation is an outside flag nobody signals us for: look at it now and then.
            delivered = self
                .moved
                .wait_timeout(delivered, Duration::from_millis(50))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        true
    }
}

impl Outcome {
    fn index(&self) -> usize {
        match self {
            Outcome::Processed(p) => p.index,
            Outcome::Duplicate { index, .. } | Outcome::Failed { index, .. } => *index,
        }
    }
}

/// The hashes met in this batch: `false` while the first copy is being processed, `true` once it was processed
/// (and so will be stored). A later copy waits while the first is in flight: it is a duplicate only if the first
/// succeeded, and is tried itself if the first failed, so no copy is ever called a duplicate of a photo never stored.
#[derive(Default)]
struct Seen {
    hashes: Mutex<HashMap<String, bool>>,
    settled: Condvar,
}

impl Seen {
    /// `Some` when this copy is the one to process; `None` when an earlier copy was processed.
    fn claim<'a>(&'a self, hash: &str) -> Option<Claim<'a>> {
        let claim = || {
            Some(Claim {
                seen: self,
                hash: hash.to_string(),
                processed: false,
            })
        };
        let Ok(mut hashes) = self.hashes.lock() else {
            return claim();
        };
        loop {
            match hashes.get(hash) {
                Some(true) => return None,
                Some(false) => match self.settled.wait(hashes) {
                    Ok(h) => hashes = h,
                    Err(_) => return claim(),
                },
                None => {
                    hashes.insert(hash.to_string(), false);
                    return claim();
                }
            }
        }
    }
}

/// The right to process one hash; dropping it records the outcome (failed unless `processed` was set), also when
/// a decoder panics, so waiting copies never hang.
struct Claim<'a> {
    seen: &'a Seen,
    hash: String,
    processed: bool,
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        if let Ok(mut hashes) = self.seen.hashes.lock() {
            if self.processed {
                hashes.insert(std::mem::take(&mut self.hash), true);
            } else {
                hashes.remove(&self.hash);
            }
        }
        self.seen.settled.notify_all();
    }
}

fn import_one(
    index: usize,
    path: &Path,
    opts: &ImportOptions,
    known: &(dyn Fn(&str) -> bool + Sync),
    seen: &Seen,
) -> Outcome {
    let file_name = display_name(path);
    let bytes = match read_file(path, opts.max_file_bytes) {
        Ok(b) => b,
        Err(error) => {
            return Outcome::Failed {
                index,
                path: path.to_path_buf(),
                error,
            }
        }
    };
    let hash = content_hash(&bytes);
    let claim = seen.claim(&hash);
    let Some(mut claim) = claim else {
        return Outcome::Duplicate {
            index,
            file_name,
            path: path.to_path_buf(),
            hash,
        };
    };
    if known(&hash) {
        claim.processed = true;
        return Outcome::Duplicate {
            index,
            file_name,
            path: path.to_path_buf(),
            hash,
        };
    }
    let processed = process(&bytes, &file_name, &opts.process);
    claim.processed = processed.is_ok();
    drop(claim);
    match processed {
        Ok(t) => Outcome::Processed(Box::new(Processed {
            index,
            file_name,
            path: path.to_path_buf(),
            bytes,
            hash,
            info: t.info,
            thumb: t.thumb,
            thumb_small: t.thumb_small,
            analysis: t.analysis,
        })),
        Err(error) => Outcome::Failed {
            index,
            path: path.to_path_buf(),
            error,
        },
    }
}
